import type { Dataset, IndicatorRecord } from "../../../schema/dataset";
import { INDICATOR_INFO } from "../../../schema/vocabulary";
import { buildFileName } from "../../charts/export/build-file-name";
import { ensureQuotes } from "../../data/dataset-query";
import type { Filters, Lang } from "../../view-props";
import { buildCodebook, SCHEMA_FILE_NAME } from "./build-codebook";
import { buildCsv } from "./build-csv";
import { buildZip } from "./build-zip";
import { describeYears } from "./describe-filters";

export const DATA_DOWNLOADS = ["csv-view", "csv-all", "zip", "json", "schema"] as const;
export type DataDownloadKind = (typeof DATA_DOWNLOADS)[number];

export interface DataDownloadInput {
  dataset: Dataset;
  /** The records the current view shows (after all filters). */
  records: readonly IndicatorRecord[];
  filters: Filters;
  lang: Lang;
  /** Reads a file published next to the app (the raw dataset, its schema). */
  fetchText: (path: string) => Promise<string>;
}

export interface DataDownload {
  content: Blob;
  fileName: string;
}

export const DATASET_FILE = "data/indicators.json";
export const SCHEMA_FILE = `data/${SCHEMA_FILE_NAME}`;

/** Parts naming the current view in a file name: indicators, regions, years. */
export function viewFileParts(dataset: Pick<Dataset, "records">, filters: Filters): string[] {
  const names = new Map(dataset.records.map((r) => [r.region.code ?? r.region.name, r.region.name] as const));
  const indicators = filters.indicators.filter((id) => Object.hasOwn(INDICATOR_INFO, id));
  const regions = filters.regions.map((code) => names.get(code) ?? code);
  const parts = [
    indicators.length > 0 ? indicators.join("+") : "",
    regions.length > 0 ? regions.join("+") : "",
    describeYears(filters, "en")?.replace(/[\s\u2013]+/gu, "-") ?? "",
  ].filter((p) => p !== "");
  return parts.length > 0 ? parts : ["all"];
}

/**
 * The file for one data download. CSV and zip are built here from the
 * records; the JSON and the schema are the published files byte for byte,
 * because the parsed dataset drops fields the app does not know.
 */
export async function buildDataDownload(kind: DataDownloadKind, input: DataDownloadInput): Promise<DataDownload> {
  const { dataset, records, filters, lang } = input;
  const at = dataset.generatedAt;
  const viewName = (ext: string) => buildFileName({ parts: viewFileParts(dataset, filters), generatedAt: at, ext });
  // The CSV has a quote column: a large dataset's quotes come in their own file.
  if (kind === "csv-view" || kind === "csv-all" || kind === "zip") await ensureQuotes(dataset);
  switch (kind) {
    case "csv-view":
      return { content: csvBlob(buildCsv(records, dataset, lang)), fileName: viewName("csv") };
    case "csv-all":
      return {
        content: csvBlob(buildCsv(dataset.records, dataset, lang)),
        fileName: buildFileName({ parts: ["all"], generatedAt: at, ext: "csv" }),
      };
    case "zip": {
      const csvFileName = viewName("csv");
      const schema = await input.fetchText(SCHEMA_FILE);
      const readme = buildCodebook({ csvFileName, dataset, recordCount: records.length, filters, lang });
      const zip = buildZip(
        [
          { name: csvFileName, content: buildCsv(records, dataset, lang) },
          { name: "README.md", content: readme },
          { name: SCHEMA_FILE_NAME, content: schema },
        ],
        new Date(at),
      );
      return {
        content: new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" }),
        fileName: viewName("zip"),
      };
    }
    case "json":
      return {
        content: jsonBlob(await input.fetchText(DATASET_FILE)),
        fileName: buildFileName({ parts: ["indicators"], generatedAt: at, ext: "json" }),
      };
    case "schema":
      return {
        content: jsonBlob(await input.fetchText(SCHEMA_FILE)),
        fileName: buildFileName({ parts: ["indicators.schema"], generatedAt: at, ext: "json" }),
      };
  }
}

function csvBlob(text: string): Blob {
  return new Blob([text], { type: "text/csv;charset=utf-8" });
}

function jsonBlob(text: string): Blob {
  return new Blob([text], { type: "application/json;charset=utf-8" });
}

/** Fetches a published file relative to the app's base URL, refusing error pages. */
export async function fetchPublished(path: string, base: string = import.meta.env.BASE_URL): Promise<string> {
  const url = `${base.endsWith("/") ? base : `${base}/`}${path}`;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}
