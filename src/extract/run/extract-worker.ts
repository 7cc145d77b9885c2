import { parentPort, workerData } from "node:worker_threads";
import { type FileTask, processFile } from "./process-file";
import { ResultCache } from "./result-cache";

// Worker-thread entry: the same processFile as in-process runs, one task
// per message, the outcome posted back with the records' bytes transferred,
// not copied (they are already serialised, so the main thread only writes them).
const { cacheRoot, version } = workerData as { cacheRoot: string | null; version: string };
const cache = cacheRoot === null ? null : new ResultCache(cacheRoot, version);

parentPort?.on("message", (message: { id: number; task: FileTask }) => {
  const outcome = processFile(message.task, cache);
  if (!outcome.ok) {
    parentPort?.postMessage({ id: message.id, outcome });
    return;
  }
  let records = outcome.result.records;
  // Only a buffer of its own can be handed over (a cache read may be a view into a larger one).
  if (records.byteOffset !== 0 || records.byteLength !== records.buffer.byteLength) records = new Uint8Array(records);
  const result = { ...outcome.result, records };
  parentPort?.postMessage({ id: message.id, outcome: { ...outcome, result } }, [records.buffer as ArrayBuffer]);
});
