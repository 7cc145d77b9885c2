import { queryOptions } from "@tanstack/react-query";
import type { Dataset } from "../../schema/dataset";
import { DatasetLoadError } from "./dataset-load-error";
import { quickCheckDataset } from "./quick-check-dataset";

export const DATASET_PATH = "data/indicators.json";

export function datasetUrl(base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith("/") ? base : `${base}/`}${DATASET_PATH}`;
}

/**
 * Fetches and validates the dataset. Every failure becomes a DatasetLoadError
 * so the error panel can say precisely what is wrong instead of drawing a
 * wrong chart or a blank page.
 */
export async function fetchDataset(url: string = datasetUrl(), signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    // No custom headers: the request must match index.html's preload of the same URL to reuse it.
    response = await fetch(url, { signal });
  } catch (error) {
    throw new DatasetLoadError("network", url, [error instanceof Error ? error.message : String(error)]);
  }
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
  return validateDataset(json, url);
}

/**
 * The schema's verdict on a parsed file. A valid file passes the quick
 * check; anything else goes to the zod schema itself (loaded only then),
 * which accepts what the quick check was too strict about or names the
 * first problems.
 */
export async function validateDataset(json: unknown, url: string): Promise<Dataset> {
  if (quickCheckDataset(json)) return json;
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

export function datasetQueryOptions(url: string = datasetUrl()) {
  return queryOptions({
    queryKey: datasetKeys.file(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
}
