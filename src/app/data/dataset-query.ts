import { queryOptions } from "@tanstack/react-query";
import { decodeCompactDataset, isCompactDataset, QuoteStore } from "../../schema/compact-dataset";
import type { Dataset } from "../../schema/dataset";
import { DatasetLoadError } from "./dataset-load-error";
import { quickCheckCompactDataset } from "./quick-check-compact";
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
  const quotesPath = json.quotes;
  const store =
    typeof quotesPath === "string" && Array.isArray(json.records) ? new QuoteStore(json.records.length) : undefined;
  let decoded: Dataset;
  try {
    decoded = decodeCompactDataset(json, store);
  } catch (error) {
    throw new DatasetLoadError("invalid", url, [error instanceof Error ? error.message : String(error)]);
  }
  if (!store || typeof quotesPath !== "string") return validateDataset(decoded, url, true);
  const quotesUrl = new URL(quotesPath, new URL(url, location.href)).href;
  const lazy: LazyQuotes = { store, url: quotesUrl };
  if (quickCheckCompactDataset(json, decoded, true)) {
    lazyQuotes.set(decoded, lazy);
    return decoded;
  }
  // Not certainly valid: with the quotes in, the schema names what is wrong.
  await loadQuotes(lazy, signal);
  return validateDataset(decoded, url, true);
}

interface LazyQuotes {
  store: QuoteStore;
  url: string;
  loading?: Promise<void>;
}

/** Datasets from a compact file whose quotes are fetched when first needed. */
const lazyQuotes = new WeakMap<Dataset, LazyQuotes>();

async function loadQuotes(lazy: LazyQuotes, signal?: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch(lazy.url, { signal });
  } catch (error) {
    throw new DatasetLoadError("network", lazy.url, [error instanceof Error ? error.message : String(error)]);
  }
  if (!response.ok) {
    throw new DatasetLoadError(response.status === 404 ? "missing" : "http", lazy.url, [], response.status);
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw new DatasetLoadError("not-json", lazy.url, [error instanceof Error ? error.message : String(error)]);
  }
  if (!lazy.store.fill(json)) {
    throw new DatasetLoadError("invalid", lazy.url, ["not one non-empty quote per record"]);
  }
}

/** Whether the records' quotes are in: always, except for a compact dataset before ensureQuotes. */
export function quotesLoaded(dataset: Dataset): boolean {
  return lazyQuotes.get(dataset)?.store.loaded ?? true;
}

/** Resolves once every record's source.quote reads its sentence (fetching the quotes file once if needed). */
export function ensureQuotes(dataset: Dataset): Promise<void> {
  const lazy = lazyQuotes.get(dataset);
  if (!lazy || lazy.store.loaded) return Promise.resolve();
  lazy.loading ??= loadQuotes(lazy).catch((error: unknown) => {
    lazy.loading = undefined;
    throw error;
  });
  return lazy.loading;
}

/**
 * The schema's verdict on a parsed file. A valid file passes the quick
 * check; anything else goes to the zod schema itself (loaded only then),
 * which accepts what the quick check was too strict about or names the
 * first problems.
 */
export async function validateDataset(json: unknown, url: string, shared = false): Promise<Dataset> {
  if (quickCheckDataset(json, shared)) return json;
  const { datasetSchema, describeIssues } = await import("./dataset-schema");
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
