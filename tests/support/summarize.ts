import { existsSync, readFileSync } from "node:fs";

// Adds up the unit/component (Vitest JSON) and end-to-end (Playwright JSON)
// counts into the one plain line CI reads: "N passed, N failed".
interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests?: number;
}
interface PlaywrightJson {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

function read<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : null;
}

const vitest = read<VitestJson>("test-results/vitest.json");
const playwright = read<PlaywrightJson>("test-results/playwright.json");
const passed = (vitest?.numPassedTests ?? 0) + (playwright ? playwright.stats.expected + playwright.stats.flaky : 0);
const failed = (vitest?.numFailedTests ?? 0) + (playwright?.stats.unexpected ?? 0);
const skipped = (vitest?.numPendingTests ?? 0) + (playwright?.stats.skipped ?? 0);
if (!vitest) process.stderr.write("no Vitest results (test-results/vitest.json): unit tests did not run\n");
if (!playwright) process.stderr.write("no Playwright results (test-results/playwright.json): e2e tests did not run\n");
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
