import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import type { DatasetWarning, DocumentEntry } from "../../schema/dataset";
import { ChunkedFile } from "./chunked-file";
import { Utf8Scratch } from "./utf8-scratch";

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

/** Where a file's result lies: its content hash, then pack name, byte offset, length and CRC-32 of the entry. */
type Location = [hash: string, pack: string, offset: number, length: number, crc: number];

/** How long after a stat an mtime is trusted to tell a change (coarse file-system clocks, racy writes). */
const RACY_MS = 2000;
/** A pack whose live entries fill less than this share of it is copied into the current pack and removed. */
const MIN_LIVE_SHARE = 0.5;
/** A pack no index names may still be written by another run: only packs older than this are removed. */
const STALE_PACK_MS = 10 * 60 * 1000;
const PACK_NAME = /^pack-[\w.-]+\.ndjson$/u;

/**
 * Per-file results keyed by extractor version and file path (and checked
 * against the content hash), under `.cache/extract/<version>/`. A run
 * appends what it extracts to one pack file of its own, and an index maps
 * each file to its entry: a file per result cost a directory, a create and
 * a rename each, about a seventh of a cold run. A small index of file stats
 * (size, mtime → content hash, as git's index does) lets an unchanged corpus
 * be served without reading or hashing the articles again. Every failure to
 * read the cache is a miss, never an error: the cache only ever saves time.
 * Worker threads only read it; the thread writing the dataset writes it.
 */
export class ResultCache {
  private readonly dir: string;
  private readonly statsFile: string;
  private readonly indexFile: string;
  private statsRead: Map<string, StatEntry> | null = null;
  private readonly nextStats = new Map<string, StatEntry>();
  private indexRead: Map<string, Location> | null = null;
  /** Packs the index named when read: once no entry needs them they can go at once. */
  private readonly indexedPacks = new Set<string>();
  /** Read-only descriptors of the packs entries were read from, opened once per run. */
  private readonly readers = new Map<string, number>();
  private readonly packName =
    `pack-${Date.now().toString(36)}-${process.pid}-${Math.random().toString(36).slice(2, 8)}.ndjson`;
  private pack: ChunkedFile | null = null;
  private packBytes = 0;
  private readonly utf8 = new Utf8Scratch();

  constructor(
    private readonly root: string,
    readonly version: string,
  ) {
    this.dir = join(root, version);
    this.statsFile = join(root, "file-stats.json");
    this.indexFile = join(this.dir, "index.json");
  }

  /** The content hash of a file known unchanged since an earlier run, if any. */
  knownHash(file: string, size: number, mtimeMs: number): string | undefined {
    this.statsRead ??= readStats(this.statsFile);
    const s = this.statsRead.get(file);
    if (!s || s.size !== size || s.mtimeMs !== mtimeMs || mtimeMs + RACY_MS > s.checkedAt) return undefined;
    return s.hash;
  }

  rememberStat(file: string, size: number, mtimeMs: number, hash: string, checkedAt: number): void {
    this.nextStats.set(file, { size, mtimeMs, hash, checkedAt });
  }

  get(file: string, hash: string): FileResult | undefined {
    const at = this.index().get(file);
    if (!at || at[0] !== hash) return undefined;
    const bytes = this.readEntry(at);
    if (!bytes) return undefined;
    const nl = bytes.indexOf(0x0a);
    if (nl === -1) return undefined;
    try {
      const header = JSON.parse(bytes.toString("utf8", 0, nl)) as Omit<FileResult, "records">;
      if (header.hash !== hash) return undefined;
      return { ...header, records: bytes.subarray(nl + 1) };
    } catch {
      return undefined;
    }
  }

  set(file: string, result: FileResult): void {
    try {
      const header = Buffer.from(
        `${JSON.stringify({
          hash: result.hash,
          recordCount: result.recordCount,
          document: result.document,
          warnings: result.warnings,
          notes: result.notes,
        })}\n`,
      );
      const body = this.utf8.of(result.records);
      const pack = this.openPack();
      pack.push(header);
      pack.push(body);
      const length = header.length + body.length;
      this.index().set(file, [result.hash, this.packName, this.packBytes, length, crc32(body, crc32(header))]);
      this.packBytes += length;
    } catch {
      // A read-only or full disk only costs speed.
    }
  }

  /**
   * Saves the index and the stat index, folds mostly dead packs into this
   * run's pack, and drops packs no entry needs and results of other
   * extractor versions.
   */
  save(): void {
    try {
      const index = this.index();
      this.compact(index);
      this.pack?.flush();
      if (this.pack) closeSync(this.pack.fd);
      this.pack = null;
      mkdirSync(this.dir, { recursive: true });
      writeAtomically(this.indexFile, JSON.stringify(Object.fromEntries(index)));
      writeAtomically(this.statsFile, JSON.stringify(Object.fromEntries(this.nextStats)));
      const used = new Set([...index.values()].map((at) => at[1]));
      const now = Date.now();
      for (const name of readdirSync(this.dir)) {
        if (used.has(name) || name === "index.json") continue;
        const path = join(this.dir, name);
        // Packs this run's index replaced, stale ones, and the per-file entry folders of the layout before packs.
        const remove = PACK_NAME.test(name)
          ? this.indexedPacks.has(name) || now - statSync(path).mtimeMs > STALE_PACK_MS
          : /^[0-9a-f]{2}$/u.test(name);
        if (remove) rmSync(path, { recursive: true, force: true });
      }
      for (const name of readdirSync(this.root)) {
        if (name !== this.version && /^[0-9a-f]{16}$/u.test(name))
          rmSync(join(this.root, name), { recursive: true, force: true });
      }
    } catch {
      // Same as above: the next run is slower, not wrong.
    } finally {
      this.closeReaders();
    }
  }

  /** Copies the live entries of packs that are mostly replaced results into this run's pack. */
  private compact(index: Map<string, Location>): void {
    const live = new Map<string, number>();
    for (const at of index.values()) live.set(at[1], (live.get(at[1]) ?? 0) + at[3]);
    for (const [name, bytes] of live) {
      if (name === this.packName) continue;
      let size: number;
      try {
        size = statSync(join(this.dir, name)).size;
      } catch {
        continue;
      }
      if (bytes >= size * MIN_LIVE_SHARE) continue;
      for (const [file, at] of index) {
        if (at[1] !== name) continue;
        const entry = this.readEntry(at);
        if (!entry) {
          index.delete(file);
          continue;
        }
        this.openPack().push(entry);
        index.set(file, [at[0], this.packName, this.packBytes, at[3], at[4]]);
        this.packBytes += at[3];
      }
    }
  }

  private index(): Map<string, Location> {
    if (this.indexRead === null) {
      this.indexRead = readIndex(this.indexFile);
      for (const at of this.indexRead.values()) this.indexedPacks.add(at[1]);
    }
    return this.indexRead;
  }

  private openPack(): ChunkedFile {
    if (this.pack === null) {
      mkdirSync(this.dir, { recursive: true });
      this.pack = new ChunkedFile(openSync(join(this.dir, this.packName), "w"));
    }
    return this.pack;
  }

  /** The entry's bytes in a buffer of their own, or undefined when missing or damaged. */
  private readEntry(at: Location): Buffer | undefined {
    const [, name, offset, length, crc] = at;
    try {
      if (name === this.packName) this.pack?.flush();
      let fd = this.readers.get(name);
      if (fd === undefined) {
        fd = openSync(join(this.dir, name), "r");
        this.readers.set(name, fd);
      }
      const bytes = Buffer.allocUnsafe(length);
      let n = 0;
      while (n < length) {
        const r = readSync(fd, bytes, n, length - n, offset + n);
        if (r === 0) return undefined;
        n += r;
      }
      // The records go into the dataset verbatim, so a damaged entry must be a miss.
      return crc32(bytes) === crc ? bytes : undefined;
    } catch {
      return undefined;
    }
  }

  private closeReaders(): void {
    for (const fd of this.readers.values()) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    this.readers.clear();
  }
}

function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
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

function readIndex(path: string): Map<string, Location> {
  try {
    const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (raw === null || typeof raw !== "object") return new Map();
    const index = new Map<string, Location>();
    for (const [file, at] of Object.entries(raw as Record<string, unknown>)) {
      if (Array.isArray(at) && at.length === 5 && typeof at[1] === "string" && PACK_NAME.test(at[1]))
        index.set(file, at as Location);
    }
    return index;
  } catch {
    return new Map();
  }
}
