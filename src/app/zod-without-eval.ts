import { config } from "zod";

// The app's Content-Security-Policy forbids eval. Zod would otherwise probe
// `new Function` when the schema module defines its objects; the probe fails
// harmlessly but the browser reports it as a CSP violation on every load.
// Imported first by main.tsx so it runs before the schema module.
config({ jitless: true });
