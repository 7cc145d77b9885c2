import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The source folder (src/), found from this module so it works from any working directory. */
const SRC = fileURLToPath(new URL("../../", import.meta.url));

/**
 * A hash of everything that decides what the extractor outputs: its own
 * code and data (src/extract, src/schema) and the locked dependency
 * versions. Cached results carry it, so any change to the code invalidates
 * them without anyone remembering to clear a cache.
 */
export function extractorVersion(): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(path);
    }
  };
  for (const dir of ["extract", "schema"]) walk(join(SRC, dir));
  const lock = join(SRC, "..", "package-lock.json");
  if (existsSync(lock)) files.push(lock);
  for (const path of files) {
    hash.update(path.slice(SRC.length));
    hash.update("\0");
    hash.update(readFileSync(path));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}
