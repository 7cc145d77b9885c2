import { existsSync, readFileSync } from "node:fs";
import { encodeCompactDataset } from "../../schema/compact-dataset.ts";
import type { Dataset } from "../../schema/dataset.ts";

// The dashboard's compact copy of a large dataset (src/schema/compact-dataset.ts),
// derived at build time from the published indicators.json, which stays as
// it is. A small dataset loads fast enough as it is and gets no copy.

/** File name of the compact copy, beside indicators.json. */
export const COMPACT_FILE = "indicators.compact.json";

/** From this many records on, the dashboard loads the compact copy. */
export const COMPACT_MIN_RECORDS = 10_000;

/**
 * The text of the compact copy of the dataset in `datasetFile`, or null when
 * the file is missing or has fewer than `minRecords` records.
 */
export function compactDatasetText(datasetFile: string, minRecords = COMPACT_MIN_RECORDS): string | null {
  if (!existsSync(datasetFile)) return null;
  const dataset = JSON.parse(readFileSync(datasetFile, "utf8")) as Dataset;
  if (!Array.isArray(dataset.records) || dataset.records.length < minRecords) return null;
  return JSON.stringify(encodeCompactDataset(dataset));
}
