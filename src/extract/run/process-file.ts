import { createHash } from "node:crypto";
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import {
  describeIssues,
  documentSchema,
  type IndicatorRecord,
  recordSchema,
  warningSchema,
} from "../../schema/dataset";
import { checkConsistency } from "../consistency";
import { extractDocument } from "../document";
import { loadDocument } from "../load/load-document";
import { LoadError } from "../load/load-error";
import { compileSchemaWriter } from "./compile-schema-writer";
import { describeFsError } from "./describe-fs-error";
import type { FileResult, ResultCache } from "./result-cache";

export interface FileTask {
  /** Absolute path to read. */
  path: string;
  /** Path as shown in the dataset and in messages. */
  file: string;
}

export type FileOutcome =
  | { ok: true; file: string; bytes: number; cached: boolean; result: FileResult }
  | { ok: false; file: string; bytes: number; hash?: string; reason: string };

/** Stable document id: a hash of the file's path as shown, so re-runs and caches agree. */
export function documentId(file: string): string {
  return createHash("sha256").update(file).digest("hex").slice(0, 12);
}

/**
 * One file, start to finish: read, hash, reuse a cached result or load,
 * extract, check consistency, validate every piece with the shared schema
 * and serialise. New results are not cached here: the thread writing the
 * dataset caches them, so that one pack file holds a run's results. Never throws: a file that fails becomes an outcome with a
 * one-line reason, so one bad file cannot stop the others.
 */
export function processFile(task: FileTask, cache: ResultCache | null): FileOutcome {
  let bytes: Buffer;
  try {
    bytes = readInto(task.path);
  } catch (error) {
    return { ok: false, file: task.file, bytes: 0, reason: `cannot read: ${describeFsError(error)}` };
  }
  const hash = createHash("sha256").update(bytes).digest("hex");
  const cached = cache?.get(task.file, hash);
  if (cached) return { ok: true, file: task.file, bytes: bytes.length, cached: true, result: cached };
  const built = buildResult(bytes, hash, task.file);
  if (!built.ok) return { ok: false, file: task.file, bytes: bytes.length, hash, reason: built.reason };
  return { ok: true, file: task.file, bytes: bytes.length, cached: false, result: built.result };
}

let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * Reads a file into one reused buffer (grown when needed) instead of a new
 * allocation per file: thousands of short-lived large buffers fragment the
 * native heap, and resident memory then creeps up with the corpus size.
 * The returned view is valid until the next call.
 */
function readInto(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const size = fstatSync(fd).size;
    if (size + 1 > scratch.length) scratch = Buffer.allocUnsafe(Math.max(size + 1, scratch.length * 2));
    let n = 0;
    // Read until EOF (size + 1 detects a file that grew since the stat).
    for (
      let r = readSync(fd, scratch, n, scratch.length - n, null);
      r > 0;
      r = readSync(fd, scratch, n, scratch.length - n, null)
    ) {
      n += r;
      if (n === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
    }
    return scratch.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Compiled once per thread from the shared schemas. */
const writeRecord = compileSchemaWriter(recordSchema);
const writeDocument = compileSchemaWriter(documentSchema);
const writeWarning = compileSchemaWriter(warningSchema);

type Built = { ok: true; result: FileResult } | { ok: false; reason: string };

export function buildResult(bytes: Uint8Array, hash: string, file: string): Built {
  const id = documentId(file);
  let loaded: ReturnType<typeof loadDocument>;
  try {
    loaded = loadDocument(bytes, file, id);
  } catch (error) {
    if (error instanceof LoadError) return { ok: false, reason: error.message };
    return { ok: false, reason: `cannot load: ${error instanceof Error ? error.message : String(error)}` };
  }
  let extracted: ReturnType<typeof extractDocument>;
  let warnings: ReturnType<typeof checkConsistency>;
  try {
    extracted = extractDocument(loaded.document);
    // Consistency is checked within each document: the figures a report
    // states together must add up; comparing across reports (revised
    // figures, other dates) would raise false alarms, and per document it
    // streams with flat memory.
    warnings = checkConsistency(extracted.records);
  } catch (error) {
    // A bug in a rule must not take the whole corpus down with it.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `extractor failed: ${message.split("\n")[0]}` };
  }
  let document = extracted.document;
  if (writeDocument(document) === null) {
    const doc = documentSchema.safeParse(document);
    if (!doc.success) return { ok: false, reason: `invalid document entry: ${describeIssues(doc.error, 1)[0]}` };
    document = doc.data;
  }
  if (document.id !== id) return { ok: false, reason: `document id ${document.id} is not the id it was given (${id})` };
  const ids = new Set<string>();
  let json = "";
  for (let i = 0; i < extracted.records.length; i++) {
    let record = extracted.records[i] as IndicatorRecord;
    // The compiled writer vouches for nearly every record; anything it cannot
    // (an invalid record, or one zod would change) goes through zod itself.
    let line = writeRecord(record);
    if (line === null) {
      const parsed = recordSchema.safeParse(record);
      if (!parsed.success) {
        return { ok: false, reason: `invalid record ${i} (${record.rule}): ${describeIssues(parsed.error, 1)[0]}` };
      }
      record = parsed.data;
      line = JSON.stringify(record);
    }
    if (record.source.document !== id) return { ok: false, reason: `record ${record.id} points at another document` };
    if (ids.has(record.id)) return { ok: false, reason: `duplicate record id ${record.id}` };
    ids.add(record.id);
    json += i === 0 ? line : `,\n${line}`;
  }
  for (let warning of warnings) {
    if (writeWarning(warning) === null) {
      const parsed = warningSchema.safeParse(warning);
      if (!parsed.success) return { ok: false, reason: `invalid warning: ${describeIssues(parsed.error, 1)[0]}` };
      warning = parsed.data;
    }
    const unknown = warning.records.find((r) => !ids.has(r));
    if (unknown) return { ok: false, reason: `warning names unknown record ${unknown}` };
  }
  return {
    ok: true,
    result: {
      hash,
      document,
      records: json,
      recordCount: ids.size,
      warnings,
      notes: loaded.warnings,
    },
  };
}
