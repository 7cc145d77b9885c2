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
  return { compact: JSON.stringify(compact), quotes: JSON.stringify(quotes) };
}
