import { closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { DatasetWarning, DocumentEntry } from "../../schema/dataset";
import { SCHEMA_VERSION } from "../../schema/dataset";

/**
 * Streams the dataset to disk with flat memory and swaps it in atomically.
 * Records go to a spill file as documents finish (only document entries and
 * warnings stay in memory); commit() writes the final JSON next to the
 * target, fsyncs it and renames it over the target, so readers see either
 * the previous dataset or the complete new one, never half a file. abort()
 * (also on SIGINT/SIGTERM) removes both temporary files.
 */
export class DatasetWriter {
  private readonly spillPath: string;
  private readonly tmpPath: string;
  private spill: number | null;
  private readonly documents: DocumentEntry[] = [];
  private readonly warnings: DatasetWarning[] = [];
  private recordCount = 0;
  private done = false;

  constructor(readonly out: string) {
    const dir = dirname(out);
    mkdirSync(dir, { recursive: true });
    const stem = `.${basename(out)}.${process.pid}`;
    this.spillPath = join(dir, `${stem}.records.tmp`);
    this.tmpPath = join(dir, `${stem}.tmp`);
    this.spill = openSync(this.spillPath, "w");
  }

  get records(): number {
    return this.recordCount;
  }

  get temporaryFiles(): readonly string[] {
    return [this.spillPath, this.tmpPath];
  }

  add(document: DocumentEntry, records: readonly string[], warnings: readonly DatasetWarning[]): void {
    if (this.spill === null) throw new Error("dataset writer is closed");
    this.documents.push(document);
    this.warnings.push(...warnings);
    if (records.length > 0) {
      writeAll(this.spill, `${this.recordCount === 0 ? "\n" : ",\n"}${records.join(",\n")}`);
      this.recordCount += records.length;
    }
  }

  commit(generatedAt: string): void {
    if (this.spill === null) throw new Error("dataset writer is closed");
    closeSync(this.spill);
    this.spill = null;
    const fd = openSync(this.tmpPath, "w");
    try {
      writeAll(fd, `{"schemaVersion":${SCHEMA_VERSION},"generatedAt":${JSON.stringify(generatedAt)},\n"documents":[`);
      writeAll(fd, this.documents.map((d) => `\n${JSON.stringify(d)}`).join(","));
      writeAll(fd, '\n],\n"records":[');
      copyInto(this.spillPath, fd);
      writeAll(fd, '\n],\n"warnings":[');
      writeAll(fd, this.warnings.map((w) => `\n${JSON.stringify(w)}`).join(","));
      writeAll(fd, "\n]}\n");
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(this.tmpPath, this.out);
    this.done = true;
    rmSync(this.spillPath, { force: true });
    syncDirectory(dirname(this.out));
  }

  /** Removes the temporary files; the previous dataset, if any, is untouched. Safe to call twice. */
  abort(): void {
    if (this.spill !== null) {
      try {
        closeSync(this.spill);
      } catch {
        // already closed by the OS on the way out
      }
      this.spill = null;
    }
    rmSync(this.spillPath, { force: true });
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
