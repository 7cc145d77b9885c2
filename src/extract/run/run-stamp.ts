import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * What a clean run left behind: which inputs (by content) under which
 * extractor version made the dataset, the dataset file's identity, and the
 * lines it printed. A later run over the same inputs finds the dataset it
 * would write already in place and only repeats the lines, as make leaves an
 * up-to-date target alone; it does not even read the cached results.
 */
export interface RunStamp {
  version: string;
  /** Digest of the input files' names and content hashes, in order. */
  inputs: string;
  output: FileIdentity;
  documents: number;
  records: number;
  bytes: number;
  /** Warning lines the run printed, in order (runs that printed many get no stamp). */
  lines: string[];
}

interface FileIdentity {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** Runs that print more than this many lines are not worth a stamp (and it stays small). */
export const MAX_STAMP_LINES = 200;

/** Digest of the input files' names and content hashes, fed in input order. */
export class InputsDigest {
  private readonly hash = createHash("sha256");

  add(file: string, contentHash: string): void {
    this.hash.update(`${file}\0${contentHash}\n`);
  }

  value(): string {
    return this.hash.digest("hex");
  }
}

/** The stamp of the last clean run into `out`, if the dataset there is still the file it wrote. */
export function readStamp(cacheRoot: string, out: string): RunStamp | undefined {
  let stamp: RunStamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(cacheRoot, out), "utf8")) as RunStamp;
  } catch {
    return undefined;
  }
  const now = identity(out);
  if (!now || !stamp.output || !Array.isArray(stamp.lines)) return undefined;
  const same = now.size === stamp.output.size && now.mtimeMs === stamp.output.mtimeMs && now.ino === stamp.output.ino;
  return same ? stamp : undefined;
}

export function writeStamp(cacheRoot: string, out: string, stamp: Omit<RunStamp, "output">): void {
  try {
    const output = identity(out);
    if (!output) return;
    const path = stampPath(cacheRoot, out);
    mkdirSync(join(path, ".."), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ ...stamp, output }));
    renameSync(tmp, path);
  } catch {
    // Without a stamp the next run rebuilds the dataset from the cache: slower, not wrong.
  }
}

function stampPath(cacheRoot: string, out: string): string {
  const key = createHash("sha256").update(out).digest("hex").slice(0, 16);
  return join(cacheRoot, "runs", `${key}.json`);
}

function identity(path: string): FileIdentity | undefined {
  try {
    const s = statSync(path);
    return { size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  } catch {
    return undefined;
  }
}
