import { config } from "zod";

// The app's Content-Security-Policy forbids eval. Zod would otherwise probe
// `new Function` when the schema module defines its objects; the probe fails
// harmlessly but the browser reports it as a CSP violation on every load.
// Imported first by data/dataset-schema.ts, the app's only way to the schema,
// so it runs before the schema module (and stays out of the main bundle).
config({ jitless: true });
