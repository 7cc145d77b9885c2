import { strToU8, zipSync } from "fflate";

export interface ZipEntry {
  name: string;
  content: string | Uint8Array;
}

/**
 * A zip of text files (UTF-8). Deflated; the dates are the dataset's, so the
 * same data exports to the same bytes.
 */
export function buildZip(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const entry of entries) {
    const bytes = typeof entry.content === "string" ? strToU8(entry.content) : entry.content;
    files[entry.name] = [bytes, { mtime }];
  }
  return zipSync(files, { level: 6 });
}
