import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractorVersion } from "../../../src/extract/run/extractor-version";
import { type FileOutcome, processFile } from "../../../src/extract/run/process-file";
import { compiledProcessFile, processFileBundle, workerBundle } from "../../../src/extract/run/worker-bundle";
import { WorkerPool } from "../../../src/extract/run/worker-pool";

// Workers start from the bundled worker file, or through tsx when there is
// none; either way a file comes back exactly as processFile gives it here
// (the records as UTF-8 bytes instead of a string).
const SAMPLE = fileURLToPath(new URL("../../../data/raw/000_a349228e6c3992d1.txt", import.meta.url));
const task = { path: SAMPLE, file: "data/raw/000_a349228e6c3992d1.txt" };

/** The outcome with its records as text, however they travelled. */
function asText(outcome: FileOutcome): FileOutcome {
  if (!outcome.ok) return outcome;
  const { records } = outcome.result;
  const text = typeof records === "string" ? records : Buffer.from(records).toString("utf8");
  return { ...outcome, result: { ...outcome.result, records: text } };
}

async function viaPool(entry: Promise<string | null>) {
  const pool = new WorkerPool(1, { cacheRoot: null, version: "" }, entry);
  try {
    expect(pool.ready).toBe(0);
    const outcome = await pool.run(task);
    expect(outcome.ok && outcome.result.records instanceof Uint8Array).toBe(true);
    return asText(outcome);
  } finally {
    await pool.close();
  }
}

describe("WorkerPool", () => {
  const local = processFile(task, null);

  it("builds the worker bundle once per extractor version", async () => {
    const version = extractorVersion();
    const first = await workerBundle(version);
    expect(first).toMatch(new RegExp(`extract-worker-${version}\\.mjs$`, "u"));
    expect(await workerBundle(version)).toBe(first);
  }, 60_000);

  it("runs a file on a worker started from the bundle", async () => {
    expect(local.ok).toBe(true);
    expect(await viaPool(workerBundle(extractorVersion()))).toEqual(local);
  }, 60_000);

  it("runs a file on a worker started through tsx when there is no bundle", async () => {
    expect(await viaPool(Promise.resolve(null))).toEqual(local);
  }, 60_000);

  it("builds processFile's own bundle once per version and gives the same outcome from it", async () => {
    const version = extractorVersion();
    const path = await processFileBundle(version);
    expect(path).toMatch(new RegExp(`process-file-${version}\\.mjs$`, "u"));
    expect(await processFileBundle(version)).toBe(path);
    const compiled = await compiledProcessFile(version);
    expect(compiled).not.toBeNull();
    // A function of the bundle, not the module this test imported.
    expect(compiled).not.toBe(processFile);
    expect(compiled?.(task, null)).toEqual(local);
  }, 60_000);
});
