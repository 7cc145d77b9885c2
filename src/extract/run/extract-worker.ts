import { parentPort, workerData } from "node:worker_threads";
import { type FileOutcome, type FileTask, processFile } from "./process-file";
import { ResultCache } from "./result-cache";

// Worker-thread entry: the same processFile as in-process runs, one task
// per message, the outcome posted back with the records already encoded as
// UTF-8 and their buffer transferred, not copied: the main thread only
// writes the bytes, and never holds the records as a (two-byte) string.
const { cacheRoot, version } = workerData as { cacheRoot: string | null; version: string };
const cache = cacheRoot === null ? null : new ResultCache(cacheRoot, version);

const SCRATCH_BYTES = 4 << 20;
const scratch = Buffer.allocUnsafe(SCRATCH_BYTES);

/** UTF-8 in an ArrayBuffer of its own (a pooled or shared one cannot be transferred). */
function ownBytes(records: string | Uint8Array): Uint8Array {
  if (typeof records !== "string") {
    return records.byteOffset === 0 && records.byteLength === records.buffer.byteLength
      ? records
      : new Uint8Array(records);
  }
  // Up to 3 bytes per UTF-16 unit: usual sizes are encoded once into the scratch buffer and copied out.
  if (records.length * 3 <= SCRATCH_BYTES) return new Uint8Array(scratch.subarray(0, scratch.write(records)));
  const out = Buffer.allocUnsafeSlow(Buffer.byteLength(records));
  out.write(records);
  return out;
}

parentPort?.on("message", (message: { id: number; task: FileTask }) => {
  const outcome: FileOutcome = processFile(message.task, cache);
  if (!outcome.ok) {
    parentPort?.postMessage({ id: message.id, outcome });
    return;
  }
  const records = ownBytes(outcome.result.records);
  const result = { ...outcome.result, records };
  parentPort?.postMessage({ id: message.id, outcome: { ...outcome, result } }, [records.buffer as ArrayBuffer]);
});
// Everything is loaded: tasks may come.
parentPort?.postMessage("ready");
