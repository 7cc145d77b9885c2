import { createHash } from "node:crypto";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { DatasetWarning, DocumentEntry } from "../../schema/dataset";

/** What one file contributed to the dataset, already validated and serialised. */
export interface FileResult {
  /** SHA-256 of the file's bytes. */
  hash: string;
  document: DocumentEntry;
  /**
   * The records' JSON, one per line, joined by ",\n": written into the
   * dataset's array as is. A string when just extracted on this thread, UTF-8
   * bytes when read back from the cache or sent by a worker.
   */
  records: string | Uint8Array;
  recordCount: number;
  warnings: DatasetWarning[];
  /** Loading notes for stderr (truncated UTF-8 …), repeated on every run that uses the result. */
  notes: string[];
}

interface StatEntry {
  size: number;
  mtimeMs: number;
  hash: string;
  /** When the hash was taken; a file changed in the same instant must not be trusted by its stat. */
  checkedAt: number;
}

/** How long after a stat an mtime is trusted to tell a change (coarse file-system clocks, racy writes). */
const RACY_MS = 2000;

/**
 * Per-file results keyed by extractor version, file path and content hash,
 * under `.cache/extract/<version>/`. A small index of file stats (size, mtime
 * → content hash, as git's index does) lets an unchanged corpus be served
 * without reading or hashing the articles again. Every failure to read the
 * cache is a miss, never an error: the cache only ever saves time.
 */
export class ResultCache {
  private readonly dir: string;
  private readonly statsFile: string;
  private readonly stats: Map<string, StatEntry>;
  private readonly nextStats = new Map<string, StatEntry>();

  constructor(
    private readonly root: string,
    readonly version: string,
  ) {
    this.dir = join(root, version);
    this.statsFile = join(root, "file-stats.json");
    this.stats = readStats(this.statsFile);
  }

  /** The content hash of a file known unchanged since an earlier run, if any. */
  knownHash(file: string, size: number, mtimeMs: number): string | undefined {
    const s = this.stats.get(file);
    if (!s || s.size !== size || s.mtimeMs !== mtimeMs || mtimeMs + RACY_MS > s.checkedAt) return undefined;
    return s.hash;
  }

  rememberStat(file: string, size: number, mtimeMs: number, hash: string, checkedAt: number): void {
    this.nextStats.set(file, { size, mtimeMs, hash, checkedAt });
  }

  get(file: string, hash: string): FileResult | undefined {
    return readEntry(this.entryPath(file, hash));
  }

  set(file: string, result: FileResult): void {
    try {
      const path = this.entryPath(file, result.hash);
      mkdirSync(join(path, ".."), { recursive: true });
      const body = result.records;
      const header = JSON.stringify({
        hash: result.hash,
        recordCount: result.recordCount,
        document: result.document,
        warnings: result.warnings,
        notes: result.notes,
        body: digest(body),
      });
      const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      const fd = openSync(tmp, "w");
      try {
        writeFileSync(fd, `${header}\n`);
        writeFileSync(fd, body);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    } catch {
      // A read-only or full disk only costs speed.
    }
  }

  /** Saves the stat index and drops results of other extractor versions. */
  save(): void {
    try {
      mkdirSync(this.root, { recursive: true });
      const tmp = `${this.statsFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(Object.fromEntries(this.nextStats)));
      renameSync(tmp, this.statsFile);
      for (const name of readdirSync(this.root)) {
        if (name !== this.version && /^[0-9a-f]{16}$/u.test(name))
          rmSync(join(this.root, name), { recursive: true, force: true });
      }
    } catch {
      // Same as above: the next run is slower, not wrong.
    }
  }

  private entryPath(file: string, hash: string): string {
    const key = createHash("sha256").update(file).update("\0").update(hash).digest("hex");
    return join(this.dir, key.slice(0, 2), `${key.slice(2)}.ndjson`);
  }
}

function digest(body: string | Uint8Array): string {
  return createHash("sha1").update(body).digest("hex");
}

function readStats(path: string): Map<string, StatEntry> {
  try {
    const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (raw === null || typeof raw !== "object") return new Map();
    return new Map(Object.entries(raw as Record<string, StatEntry>));
  } catch {
    return new Map();
  }
}

function readEntry(path: string): FileResult | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const nl = bytes.indexOf(0x0a);
  if (nl === -1) return undefined;
  try {
    const { body: bodyDigest, ...header } = JSON.parse(bytes.toString("utf8", 0, nl)) as Omit<FileResult, "records"> & {
      body: string;
    };
    const body = bytes.subarray(nl + 1);
    // The records go into the dataset verbatim, so a damaged entry must be a miss.
    if (digest(body) !== bodyDigest) return undefined;
    return { ...header, records: body };
  } catch {
    return undefined;
  }
}
