import { closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { DatasetWarning, DocumentEntry } from "../../schema/dataset";
import { SCHEMA_VERSION } from "../../schema/dataset";

/**
 * Streams the dataset to disk with flat memory and swaps it in atomically.
 * Records are written straight into a temporary file next to the target as
 * documents finish; warnings go to a second temporary file; only document
 * entries stay in memory. commit() closes the JSON (records first, then
 * documents and warnings: key order means nothing to a JSON reader, and
 * this way the bulk is written once), fsyncs it and renames it over the
 * target, so readers see either the previous dataset or the complete new
 * one, never half a file. abort() (also on SIGINT/SIGTERM) removes both
 * temporary files.
 */
export class DatasetWriter {
  private readonly tmpPath: string;
  private readonly warningsPath: string;
  private fd: number | null;
  private warningsFd: number | null;
  private readonly documents: DocumentEntry[] = [];
  private recordCount = 0;
  private warningCount = 0;
  private done = false;

  constructor(
    readonly out: string,
    generatedAt: string,
  ) {
    const dir = dirname(out);
    mkdirSync(dir, { recursive: true });
    const stem = `.${basename(out)}.${process.pid}`;
    this.tmpPath = join(dir, `${stem}.tmp`);
    this.warningsPath = join(dir, `${stem}.warnings.tmp`);
    this.fd = openSync(this.tmpPath, "w");
    this.warningsFd = openSync(this.warningsPath, "w");
    writeAll(this.fd, `{"schemaVersion":${SCHEMA_VERSION},"generatedAt":${JSON.stringify(generatedAt)},\n"records":[`);
  }

  get records(): number {
    return this.recordCount;
  }

  /** `records` is the records' JSON joined by ",\n" (as processFile and the cache produce it). */
  add(document: DocumentEntry, records: string, recordCount: number, warnings: readonly DatasetWarning[]): void {
    if (this.fd === null || this.warningsFd === null) throw new Error("dataset writer is closed");
    this.documents.push(document);
    if (recordCount > 0) {
      writeAll(this.fd, `${this.recordCount === 0 ? "\n" : ",\n"}${records}`);
      this.recordCount += recordCount;
    }
    for (const w of warnings) {
      writeAll(this.warningsFd, `${this.warningCount === 0 ? "\n" : ",\n"}${JSON.stringify(w)}`);
      this.warningCount++;
    }
  }

  commit(): void {
    const fd = this.fd;
    if (fd === null || this.warningsFd === null) throw new Error("dataset writer is closed");
    closeSync(this.warningsFd);
    this.warningsFd = null;
    try {
      writeAll(fd, '\n],\n"documents":[');
      writeAll(fd, this.documents.map((d) => `\n${JSON.stringify(d)}`).join(","));
      writeAll(fd, '\n],\n"warnings":[');
      copyInto(this.warningsPath, fd);
      writeAll(fd, "\n]}\n");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
      this.fd = null;
    }
    renameSync(this.tmpPath, this.out);
    this.done = true;
    rmSync(this.warningsPath, { force: true });
    syncDirectory(dirname(this.out));
  }

  /** Removes the temporary files; the previous dataset, if any, is untouched. Safe to call twice. */
  abort(): void {
    for (const fd of [this.fd, this.warningsFd]) {
      if (fd === null) continue;
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    this.fd = null;
    this.warningsFd = null;
    rmSync(this.warningsPath, { force: true });
    if (!this.done) rmSync(this.tmpPath, { force: true });
  }
}

function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  let off = 0;
  while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
}

function copyInto(path: string, fd: number): void {
  const src = openSync(path, "r");
  const buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (let n = readSync(src, buf, 0, buf.length, null); n > 0; n = readSync(src, buf, 0, buf.length, null)) {
      let off = 0;
      while (off < n) off += writeSync(fd, buf, off, n - off);
    }
  } finally {
    closeSync(src);
  }
}

/** Makes the rename itself durable (the directory entry), where the platform allows it. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not supported on every platform; the data itself is already synced.
  }
}
