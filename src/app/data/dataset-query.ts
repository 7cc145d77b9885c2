import { queryOptions } from "@tanstack/react-query";
import { decodeCompactDataset, isCompactDataset } from "../../schema/compact-dataset";
import type { Dataset } from "../../schema/dataset";
import { DatasetLoadError } from "./dataset-load-error";
import { quickCheckDataset } from "./quick-check-dataset";

export const DATASET_PATH = "data/indicators.json";

/** `<meta name>` by which the build names a compact copy of a large dataset (vite.config.ts). */
export const DATASET_META = "zhibiao-dataset";

const withBase = (base: string, path: string): string => `${base.endsWith("/") ? base : `${base}/`}${path}`;

export function datasetUrl(base: string = import.meta.env.BASE_URL): string {
  return withBase(base, DATASET_PATH);
}

/** The file to load first: the compact copy when the build made one, else indicators.json. */
export function preferredDatasetUrl(base: string = import.meta.env.BASE_URL): string {
  const meta = typeof document === "undefined" ? null : document.querySelector(`meta[name="${DATASET_META}"]`);
  const path = meta?.getAttribute("content");
  return path && /^data\/[\w.-]+\.json$/u.test(path) ? withBase(base, path) : datasetUrl(base);
}

/**
 * Fetches and validates the dataset. Every failure becomes a DatasetLoadError
 * so the error panel can say precisely what is wrong instead of drawing a
 * wrong chart or a blank page.
 */
export async function fetchDataset(url: string = preferredDatasetUrl(), signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    // No custom headers: the request must match index.html's preload of the same URL to reuse it.
    response = await fetch(url, { signal });
  } catch (error) {
    throw new DatasetLoadError("network", url, [error instanceof Error ? error.message : String(error)]);
  }
  // A compact copy that is not there (the dataset was replaced after the build): the published file.
  if (response.status === 404 && url !== datasetUrl() && url === preferredDatasetUrl())
    return fetchDataset(datasetUrl(), signal);
  if (!response.ok) {
    throw new DatasetLoadError(response.status === 404 ? "missing" : "http", url, [], response.status);
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError("not-json", url, [error instanceof Error ? error.message : String(error)]);
  }
  if (!isCompactDataset(json)) return validateDataset(json, url);
  let decoded: Dataset;
  try {
    decoded = decodeCompactDataset(json);
  } catch (error) {
    throw new DatasetLoadError("invalid", url, [error instanceof Error ? error.message : String(error)]);
  }
  return validateDataset(decoded, url, true);
}

/**
 * The schema's verdict on a parsed file. A valid file passes the quick
 * check; anything else goes to the zod schema itself (loaded only then),
 * which accepts what the quick check was too strict about or names the
 * first problems.
 */
export async function validateDataset(json: unknown, url: string, shared = false): Promise<Dataset> {
  if (quickCheckDataset(json, shared)) return json;
  const { datasetSchema, describeIssues } = await import("../../schema/dataset");
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    throw new DatasetLoadError("invalid", url, describeIssues(parsed.error, 8));
  }
  return parsed.data;
}

/** Hierarchical keys so related queries can be invalidated together. */
export const datasetKeys = {
  all: ["dataset"] as const,
  file: (url: string) => [...datasetKeys.all, url] as const,
};

export function datasetQueryOptions(url: string = preferredDatasetUrl()) {
  return queryOptions({
    queryKey: datasetKeys.file(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
