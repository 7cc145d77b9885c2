import { existsSync, readFileSync } from "node:fs";
import { encodeCompactDataset, splitQuotes } from "../../schema/compact-dataset.ts";
import type { Dataset } from "../../schema/dataset.ts";

// The dashboard's compact copy of a large dataset (src/schema/compact-dataset.ts),
// derived at build time from the published indicators.json, which stays as
// it is. A small dataset loads fast enough as it is and gets no copy.

/** File name of the compact copy, beside indicators.json. */
export const COMPACT_FILE = "indicators.compact.json";

/** File name of the compact copy's quotes, beside it: fetched only when a view shows a quote. */
export const QUOTES_FILE = "indicators.quotes.json";

/** From this many records on, the dashboard loads the compact copy. */
export const COMPACT_MIN_RECORDS = 10_000;

/** The texts of the compact copy and of its quotes file. */
export interface CompactFiles {
  compact: string;
  quotes: string;
}

/**
 * The compact copy of the dataset in `datasetFile` and its quotes, or null
 * when the file is missing or has fewer than `minRecords` records.
 */
export function compactDatasetFiles(datasetFile: string, minRecords = COMPACT_MIN_RECORDS): CompactFiles | null {
  if (!existsSync(datasetFile)) return null;
  const dataset = JSON.parse(readFileSync(datasetFile, "utf8")) as Dataset;
  if (!Array.isArray(dataset.records) || dataset.records.length < minRecords) return null;
  // The quotes file's path is relative to the compact copy's URL.
  const { compact, quotes } = splitQuotes(encodeCompactDataset(dataset), QUOTES_FILE);
  return { compact: asciiJson(compact), quotes: JSON.stringify(quotes) };
}

// Accepted shape: any character but printable ASCII: 指, 𠀀 (written as two escapes, one per UTF-16 unit), a
// lone surrogate, DEL. JSON.stringify has already escaped the control characters below the space.
const NON_ASCII = /[^ -~]/gu;

const escapeUnit = (unit: number): string => `\\u${unit.toString(16).padStart(4, "0")}`;

/**
 * JSON text with every character outside ASCII written as \uXXXX escapes.
 * The compact copy is what the dashboard parses before its first chart; as
 * pure ASCII the browser decodes the bytes to text by copying them (not
 * UTF-8 decoding 11 MB of mostly Chinese text for 100,000 records) and
 * JSON.parse reads a one-byte string: about 200 ms less in Node, cold, for
 * 19 % more bytes (3 % more once compressed). The quotes file, parsed only
 * when a quote is shown and nearly all Chinese, stays UTF-8.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, (c) =>
    c.length === 1 ? escapeUnit(c.charCodeAt(0)) : escapeUnit(c.charCodeAt(0)) + escapeUnit(c.charCodeAt(1)),
  );
}
