import { closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { DatasetWarning, DocumentEntry } from "../../schema/dataset";
import { SCHEMA_VERSION } from "../../schema/dataset";
import { ChunkedFile } from "./chunked-file";

const NEWLINE = Buffer.from("\n");
const COMMA_NEWLINE = Buffer.from(",\n");

/**
 * Streams the dataset to disk with flat memory and swaps it in atomically.
 * Records are written straight into a temporary file next to the target as
 * documents finish; document entries and warnings go to two more temporary
 * files, so nothing grows with the corpus in memory. commit() closes the
 * JSON (records first, then documents and warnings: key order means nothing
 * to a JSON reader, and this way the bulk is written once), fsyncs it and
 * renames it over the target, so readers see either the previous dataset or
 * the complete new one, never half a file. abort() (also on SIGINT/SIGTERM)
 * removes the temporary files.
 */
export class DatasetWriter {
  private readonly tmpPath: string;
  private readonly documentsPath: string;
  private readonly warningsPath: string;
  private main: ChunkedFile | null;
  private documents: ChunkedFile | null;
  private warnings: ChunkedFile | null;
  private recordCount = 0;
  private documentCount = 0;
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
    this.documentsPath = join(dir, `${stem}.documents.tmp`);
    this.warningsPath = join(dir, `${stem}.warnings.tmp`);
    this.main = new ChunkedFile(openSync(this.tmpPath, "w"));
    this.documents = new ChunkedFile(openSync(this.documentsPath, "w"));
    this.warnings = new ChunkedFile(openSync(this.warningsPath, "w"));
    this.main.pushText(`{"schemaVersion":${SCHEMA_VERSION},"generatedAt":${JSON.stringify(generatedAt)},\n"records":[`);
  }

  get records(): number {
    return this.recordCount;
  }

  /** `records` is the records' JSON joined by ",\n" (as processFile and the cache produce it). */
  add(
    document: DocumentEntry,
    records: string | Uint8Array,
    recordCount: number,
    warnings: readonly DatasetWarning[],
  ): void {
    if (this.main === null || this.documents === null || this.warnings === null) {
      throw new Error("dataset writer is closed");
    }
    this.documents.pushText(`${this.documentCount === 0 ? "\n" : ",\n"}${JSON.stringify(document)}`);
    this.documentCount++;
    if (recordCount > 0) {
      this.main.push(this.recordCount === 0 ? NEWLINE : COMMA_NEWLINE);
      if (typeof records === "string") this.main.pushText(records);
      else this.main.push(records);
      this.recordCount += recordCount;
    }
    for (const w of warnings) {
      this.warnings.pushText(`${this.warningCount === 0 ? "\n" : ",\n"}${JSON.stringify(w)}`);
      this.warningCount++;
    }
  }

  commit(): void {
    const { main, documents, warnings } = this;
    if (main === null || documents === null || warnings === null) throw new Error("dataset writer is closed");
    documents.flush();
    warnings.flush();
    this.closeParts();
    try {
      main.pushText('\n],\n"documents":[');
      copyInto(this.documentsPath, main);
      main.pushText('\n],\n"warnings":[');
      copyInto(this.warningsPath, main);
      main.pushText("\n]}\n");
      main.flush();
      fsyncSync(main.fd);
    } finally {
      closeSync(main.fd);
      this.main = null;
    }
    renameSync(this.tmpPath, this.out);
    this.done = true;
    this.removeParts();
    syncDirectory(dirname(this.out));
  }

  /** Removes the temporary files; the previous dataset, if any, is untouched. Safe to call twice. */
  abort(): void {
    this.closeParts();
    if (this.main !== null) closeQuietly(this.main.fd);
    this.main = null;
    this.removeParts();
    if (!this.done) rmSync(this.tmpPath, { force: true });
  }

  private closeParts(): void {
    for (const part of [this.documents, this.warnings]) if (part !== null) closeQuietly(part.fd);
    this.documents = null;
    this.warnings = null;
  }

  private removeParts(): void {
    rmSync(this.documentsPath, { force: true });
    rmSync(this.warningsPath, { force: true });
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

function copyInto(path: string, into: ChunkedFile): void {
  into.flush();
  const src = openSync(path, "r");
  const buf = Buffer.allocUnsafe(1 << 20);
  try {
    for (let n = readSync(src, buf, 0, buf.length, null); n > 0; n = readSync(src, buf, 0, buf.length, null)) {
      into.push(buf.subarray(0, n));
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
