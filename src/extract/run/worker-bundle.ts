import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { FileOutcome, FileTask } from "./process-file";
import type { ResultCache } from "./result-cache";

const WORKER_SOURCE = fileURLToPath(new URL("./extract-worker.ts", import.meta.url));
const PROCESS_FILE_SOURCE = fileURLToPath(new URL("./process-file.ts", import.meta.url));
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
  return bundle(WORKER_SOURCE, "extract-worker", version);
}

/**
 * processFile as one plain JavaScript file, for this thread's own share of a
 * run. Code loaded through tsx wraps every function it creates in a helper
 * that names it (esbuild's keepNames), closures made per clause included:
 * measured on the generated corpus, the same extraction runs about a fifth
 * faster from the plain file. Null when it cannot be built.
 */
export function processFileBundle(version: string): Promise<string | null> {
  return bundle(PROCESS_FILE_SOURCE, "process-file", version);
}

export type ProcessFile = (task: FileTask, cache: ResultCache | null) => FileOutcome;

/** processFile loaded from its bundle, or null (not built, or not loadable): the caller keeps its own. */
export async function compiledProcessFile(version: string): Promise<ProcessFile | null> {
  const path = await processFileBundle(version);
  if (path === null) return null;
  try {
    const loaded = (await import(pathToFileURL(path).href)) as { processFile?: unknown };
    return typeof loaded.processFile === "function" ? (loaded.processFile as ProcessFile) : null;
  } catch {
    return null;
  }
}

async function bundle(entry: string, name: string, version: string): Promise<string | null> {
  const path = join(DIR, `${name}-${version}.mjs`);
  if (isFile(path)) return path;
  try {
    const require = createRequire(fileURLToPath(import.meta.resolve("tsx/package.json")));
    const esbuild = require("esbuild") as Esbuild;
    mkdirSync(DIR, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp.mjs`;
    await esbuild.build({
      entryPoints: [entry],
      outfile: tmp,
      bundle: true,
      platform: "node",
      format: "esm",
      target: `node${process.versions.node.split(".")[0]}`,
      logLevel: "silent",
    });
    renameSync(tmp, path);
    removeOtherVersions(name, path);
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

/** Older versions' bundles, once unused for a day (another checkout may still run one). */
function removeOtherVersions(name: string, keep: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const file of readdirSync(DIR)) {
    const path = join(DIR, file);
    if (path === keep || !file.startsWith(`${name}-`) || !/-[0-9a-f]+\.mjs$/u.test(file)) continue;
    if (statSync(path).atimeMs < dayAgo) rmSync(path, { force: true });
  }
}
