import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { DatasetWriter } from "./dataset-writer";
import { extractorVersion } from "./extractor-version";
import { IdleCores } from "./idle-cores";
import { inOrder } from "./in-order";
import { type InputFile, listInputs } from "./list-inputs";
import { type FileOutcome, processFile } from "./process-file";
import { ResultCache } from "./result-cache";
import { InputsDigest, MAX_STAMP_LINES, readStamp, writeStamp } from "./run-stamp";
import { Utf8Scratch } from "./utf8-scratch";
import { compiledProcessFile, workerBundle } from "./worker-bundle";
import { WorkerPool } from "./worker-pool";

export interface ExtractOptions {
  /** Files or folders; relative paths are resolved against `cwd`. */
  inputs: readonly string[];
  out: string;
  /** Write nothing when any input fails. */
  strict: boolean;
  /** Folder for cached per-file results, relative to `cwd`; null turns the cache off. */
  cacheDir: string | null;
  /** Worker threads: 0 decides from the machine and the amount of work, 1 runs in-process. */
  jobs: number;
  cwd: string;
  /** Larger files are refused before being read, so one runaway file cannot exhaust memory. */
  maxFileBytes?: number;
}

/** Side effects, injected so tests run silent (Observable Framework's LoadEffects pattern). */
export interface ExtractEffects {
  /** One line for the user: errors, warnings, the summary (stderr in the CLI). */
  log(line: string): void;
  /** A transient status line; absent when nobody is watching a terminal. "" clears it. */
  progress?: (line: string) => void;
  /** Aborting removes the temporary files at once and stops after the file in hand. */
  signal?: AbortSignal;
}

export interface ExtractSummary {
  /** 0 success, 1 some input failed or nothing could be written; aborted runs report `aborted`. */
  exitCode: 0 | 1;
  aborted: boolean;
  written: boolean;
  files: number;
  documents: number;
  records: number;
  failed: number;
  cached: number;
  /** The dataset in place was already what this run would write, so it was left alone. */
  upToDate: boolean;
  bytes: number;
  workers: number;
  ms: number;
}

export const DEFAULT_MAX_FILE_BYTES = 32 * 1024 * 1024;
/** Below this much uncached work, starting worker threads costs more than it saves. */
const MIN_WORKER_FILES = 8;
const MIN_WORKER_BYTES = 2 * 1024 * 1024;
/** Below this much uncached work, loading the compiled processFile (and building it once) costs more than it saves. */
const MIN_COMPILED_BYTES = 1024 * 1024;
const MAX_WARNING_LINES = 20;
/**
 * Files that may be finished ahead of the one being written: enough that the
 * main thread keeps working while a worker is on a long file, few enough that
 * the outcomes held stay small (a few MB) whatever the corpus size.
 */
const WINDOW_FILES = 32;
/** Files queued per started worker: enough to keep it busy while the main thread is on a file of its own. */
const WORKER_QUEUE = 6;
/** Idle processors (on average, while this thread works) that make starting workers worth it. */
const MIN_IDLE_CORES = 0.75;

/**
 * The extract command without its command line: list the inputs, process
 * each file (from the cache, in-process or on worker threads), write the
 * dataset atomically, and report through `effects`. Documents are emitted
 * in input order whatever finishes first, so the output is deterministic.
 */
export async function runExtract(options: ExtractOptions, effects: ExtractEffects): Promise<ExtractSummary> {
  const started = performance.now();
  const runStartedAt = Date.now();
  const summary: ExtractSummary = {
    exitCode: 0,
    aborted: false,
    written: false,
    files: 0,
    documents: 0,
    records: 0,
    failed: 0,
    cached: 0,
    upToDate: false,
    bytes: 0,
    workers: 0,
    ms: 0,
  };
  const fail = (file: string, reason: string): void => {
    effects.log(`${file}: ${reason}`);
    summary.failed++;
  };

  const listed = listInputs(options.inputs, options.cwd);
  for (const p of listed.problems) fail(p.file, p.reason);
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const files: InputFile[] = [];
  for (const f of listed.files) {
    if (f.size > maxBytes) fail(f.file, `file too large (${mb(f.size)} MB; the limit is ${mb(maxBytes)} MB per file)`);
    else files.push(f);
  }
  summary.files = files.length;
  if (files.length === 0) {
    effects.log("nothing written: no article file could be read");
    return finish(summary, started, 1);
  }

  const cache =
    options.cacheDir === null ? null : new ResultCache(resolve(options.cwd, options.cacheDir), extractorVersion());
  const known = files.map((f) => cache?.knownHash(f.file, f.size, f.mtimeMs));
  const cacheRoot = resolve(options.cwd, options.cacheDir ?? "");
  const outPath = resolve(options.cwd, options.out);
  if (cache && summary.failed === 0 && known.every((h) => h !== undefined)) {
    const stamp = readStamp(cacheRoot, outPath);
    const inputs = new InputsDigest();
    for (const [i, f] of files.entries()) inputs.add(f.file, known[i] as string);
    if (stamp && stamp.version === cache.version && stamp.inputs === inputs.value()) {
      for (const line of stamp.lines) effects.log(line);
      Object.assign(summary, {
        written: true,
        upToDate: true,
        documents: stamp.documents,
        records: stamp.records,
        cached: files.length,
        bytes: stamp.bytes,
      });
      effects.log(
        `${options.out} is up to date: ${summary.records} records from ${summary.documents} documents, ` +
          `no input changed (${((performance.now() - started) / 1000).toFixed(2)} s)`,
      );
      return finish(summary, started, 0);
    }
  }
  const missing = files.filter((_, i) => known[i] === undefined);
  const missingBytes = missing.reduce((n, f) => n + f.size, 0);
  const jobs = options.jobs > 0 ? options.jobs : availableParallelism();
  const useWorkers = jobs > 1 && missing.length >= MIN_WORKER_FILES && missingBytes >= MIN_WORKER_BYTES;
  // This thread extracts too, so jobs − 1 workers make `jobs` extractions at once.
  const maxWorkers = useWorkers ? Math.min(jobs - 1, missing.length) : 0;
  // Set once workers start (a holder: they may start later, from inside the loop).
  const workers: { pool: WorkerPool | null } = { pool: null };
  const startWorkers = (count: number): void => {
    workers.pool = new WorkerPool(
      count,
      { cacheRoot: cache ? cacheRoot : null, version: cache?.version ?? "" },
      workerBundle(cache?.version ?? extractorVersion()),
    );
    summary.workers = count;
  };
  // --jobs N asks for N threads. Left to decide (0), workers start only on
  // processors seen idle while this thread works: on a machine other work
  // keeps busy they would only compete with this thread.
  const idle = maxWorkers > 0 && options.jobs === 0 ? new IdleCores() : null;
  if (maxWorkers > 0 && idle === null) startWorkers(maxWorkers);
  const remoteCapacity = (): number => {
    if (workers.pool === null && idle !== null) {
      const free = idle.sample();
      if (free !== null && free >= MIN_IDLE_CORES) startWorkers(Math.min(maxWorkers, Math.floor(free + 0.25)));
    }
    return workers.pool ? workers.pool.ready * WORKER_QUEUE : 0;
  };

  const writer = new DatasetWriter(outPath, new Date().toISOString());
  const onAbort = (): void => writer.abort();
  effects.signal?.addEventListener("abort", onAbort, { once: true });

  const task = (i: number) => {
    const f = files[i] as InputFile;
    return { path: f.path, file: f.file };
  };
  // This thread's own share runs from the compiled bundle when there is enough of it (see processFileBundle).
  const compiled =
    missingBytes >= MIN_COMPILED_BYTES ? await compiledProcessFile(cache?.version ?? extractorVersion()) : null;
  const run = compiled ?? processFile;
  const local = (i: number): FileOutcome => run(task(i), cache);
  const outcomes = inOrder(
    files.length,
    {
      isCached: (i) => known[i] !== undefined,
      onTurn: (i) => {
        const f = files[i] as InputFile;
        const hash = known[i];
        const hit = hash === undefined ? undefined : cache?.get(f.file, hash);
        if (hit) return { ok: true, file: f.file, bytes: f.size, cached: true, result: hit };
        return local(i);
      },
      local,
      remote: maxWorkers > 0 ? (i) => (workers.pool ?? unstarted()).run(task(i)) : undefined,
    },
    {
      window: Math.max(WINDOW_FILES, jobs * 4),
      remoteCapacity,
      signal: effects.signal,
    },
  );

  const utf8 = new Utf8Scratch();
  const firstByHash = new Map<string, string>();
  const inputs = new InputsDigest();
  // Lines printed about files, kept (up to a bound) for the run stamp.
  const printed: string[] = [];
  const say = (line: string): void => {
    effects.log(line);
    if (printed.length <= MAX_STAMP_LINES) printed.push(line);
  };
  const warnings: string[] = [];
  let warningCount = 0;
  let lastProgress = 0;
  let next = 0;
  try {
    for await (const outcome of outcomes) {
      if (effects.signal?.aborted) break;
      const f = files[next] as InputFile;
      next++;
      summary.bytes += outcome.bytes;
      if (!outcome.ok) {
        fail(outcome.file, outcome.reason);
      } else {
        // Encoded once for both the cache and the dataset.
        const records = utf8.of(outcome.result.records);
        const result = { ...outcome.result, records };
        if (outcome.cached) summary.cached++;
        else cache?.set(f.file, result);
        cache?.rememberStat(f.file, f.size, f.mtimeMs, result.hash, runStartedAt);
        inputs.add(f.file, result.hash);
        const first = firstByHash.get(result.hash);
        if (first !== undefined) {
          say(`${f.file}: warning: skipped, same content as ${first}`);
        } else {
          firstByHash.set(result.hash, f.file);
          for (const note of result.notes) say(`${f.file}: warning: ${note}`);
          writer.add(result.document, result.records, result.recordCount, result.warnings);
          summary.documents++;
          for (const w of result.warnings) {
            // Only the lines that will be shown are kept: memory stays flat however many there are.
            if (warnings.length < MAX_WARNING_LINES) warnings.push(`${f.file}: warning: ${w.kind}: ${w.message}`);
            warningCount++;
          }
        }
      }
      const now = performance.now();
      if (effects.progress && now - lastProgress > 100) {
        lastProgress = now;
        const rate = summary.bytes / 1e6 / Math.max((now - started) / 1000, 1e-3);
        effects.progress(`extract: ${next}/${files.length} files, ${rate.toFixed(1)} MB/s`);
      }
    }
  } catch (error) {
    // Only infrastructure fails here (a worker crashed, the disk is full):
    // files' own problems are outcomes. Keep the previous dataset.
    writer.abort();
    effects.progress?.("");
    effects.log(`extraction failed: ${error instanceof Error ? error.message : String(error)}`);
    await workers.pool?.close();
    return finish(summary, started, 1);
  } finally {
    effects.signal?.removeEventListener("abort", onAbort);
    // Whatever becomes of the dataset, the results extracted so far are kept
    // (their pack is only found through the index): a stopped or failed run
    // is not extracted again from the start.
    cache?.save();
  }
  await workers.pool?.close();
  effects.progress?.("");

  if (effects.signal?.aborted) {
    writer.abort();
    summary.aborted = true;
    return finish(summary, started, 1);
  }
  if (summary.documents === 0) {
    writer.abort();
    effects.log("nothing written: no document could be read");
    return finish(summary, started, 1);
  }
  if (options.strict && summary.failed > 0) {
    writer.abort();
    effects.log(`nothing written (--strict): ${summary.failed} input(s) failed`);
    return finish(summary, started, 1);
  }
  try {
    writer.commit();
  } catch (error) {
    writer.abort();
    effects.log(`${options.out}: cannot write the dataset: ${error instanceof Error ? error.message : String(error)}`);
    return finish(summary, started, 1);
  }
  summary.written = true;
  summary.records = writer.records;
  for (const line of warnings) say(line);
  if (warningCount > warnings.length) {
    say(`… and ${warningCount - warnings.length} more warnings (all in the dataset's "warnings")`);
  }
  if (cache && summary.failed === 0 && printed.length <= MAX_STAMP_LINES) {
    writeStamp(cacheRoot, outPath, {
      version: cache.version,
      inputs: inputs.value(),
      documents: summary.documents,
      records: summary.records,
      bytes: summary.bytes,
      lines: printed,
    });
  }
  const seconds = (performance.now() - started) / 1000;
  effects.log(
    `extracted ${summary.records} records from ${summary.documents} documents` +
      (summary.failed > 0 ? ` (${summary.failed} input(s) failed)` : "") +
      ` → ${options.out} in ${seconds.toFixed(2)} s (${(summary.bytes / 1e6 / Math.max(seconds, 1e-3)).toFixed(1)} MB/s` +
      (summary.cached > 0 ? `, ${summary.cached} from cache` : "") +
      ")",
  );
  return finish(summary, started, summary.failed > 0 ? 1 : 0);
}

function finish(summary: ExtractSummary, started: number, exitCode: 0 | 1): ExtractSummary {
  summary.exitCode = exitCode;
  summary.ms = performance.now() - started;
  return summary;
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

/** Work goes to workers only once remoteCapacity() has started them. */
function unstarted(): never {
  throw new Error("no extraction worker was started");
}
