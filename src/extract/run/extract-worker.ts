import { parentPort, workerData } from "node:worker_threads";
import { type FileTask, processFile } from "./process-file";
import { ResultCache } from "./result-cache";

// Worker-thread entry: the same processFile as in-process runs, one task
// per message, the outcome posted back (records already serialised, so the
// main thread only writes them).
const { cacheRoot, version } = workerData as { cacheRoot: string | null; version: string };
const cache = cacheRoot === null ? null : new ResultCache(cacheRoot, version);

parentPort?.on("message", (message: { id: number; task: FileTask }) => {
  parentPort?.postMessage({ id: message.id, outcome: processFile(message.task, cache) });
});
// Everything is loaded: tasks may come.
parentPort?.postMessage("ready");
