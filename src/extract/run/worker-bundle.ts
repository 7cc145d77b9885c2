import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The entry points bundled: the worker thread's, and processFile for the thread that runs the command. */
const SOURCES = {
  "extract-worker": fileURLToPath(new URL("./extract-worker.ts", import.meta.url)),
  "process-file": fileURLToPath(new URL("./process-file.ts", import.meta.url)),
} as const;
type Entry = keyof typeof SOURCES;
/** In the checkout's own (git-ignored) cache folder: code run from a shared temporary folder could be planted there. */
const DIR = fileURLToPath(new URL("../../../.cache/extract-worker/", import.meta.url));

/** The part of esbuild's API used here (it comes with tsx, which runs this code). */
interface Esbuild {
  build(options: {
    entryPoints: string[];
    outfile: string;
    bundle: boolean;
    platform: "node";
    format: "esm";
    target: string;
    logLevel: "silent";
  }): Promise<unknown>;
}

/**
 * The worker thread's code as one plain JavaScript file, built with esbuild
 * once per extractor version (the hash of the extractor's code and locked
 * dependencies) and kept under .cache/. A worker started through
 * tsx's loader spends about a second of CPU registering it and resolving
 * the module graph through it; from one plain file it starts in a third of
 * that. Null when it cannot be built: the caller then starts workers through
 * tsx as before, so this only ever saves time.
 */
export function workerBundle(version: string): Promise<string | null> {
  return codeBundle("extract-worker", version);
}

/**
 * processFile (read, extract, check, serialise) bundled the same way, for
 * the command's own thread: run through tsx, every closure the rules create
 * is wrapped by esbuild's keepNames helper, and a single-threaded run spent
 * a sixth more time than from the plain file.
 */
export function processFileBundle(version: string): Promise<string | null> {
  return codeBundle("process-file", version);
}

async function codeBundle(entry: Entry, version: string): Promise<string | null> {
  const path = join(DIR, `${entry}-${version}.mjs`);
  if (isFile(path)) return path;
  try {
    const require = createRequire(fileURLToPath(import.meta.resolve("tsx/package.json")));
    const esbuild = require("esbuild") as Esbuild;
    mkdirSync(DIR, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp.mjs`;
    await esbuild.build({
      entryPoints: [SOURCES[entry]],
      outfile: tmp,
      bundle: true,
      platform: "node",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      logLevel: "silent",
    });
    renameSync(tmp, path);
    removeOtherVersions(path);
    return path;
  } catch {
    return null;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Older versions' bundles (of either entry), once unused for a day (another checkout may still run one). */
function removeOtherVersions(keep: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const name of readdirSync(DIR)) {
    const path = join(DIR, name);
    if (path === keep || !/^(?:extract-worker|process-file)-[0-9a-f]+\.mjs$/u.test(name)) continue;
    if (statSync(path).atimeMs < dayAgo) rmSync(path, { force: true });
  }
}
