import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetLoadError } from "../../../src/app/data/dataset-load-error";
import {
  DATASET_META,
  ensureQuotes,
  fetchDataset,
  preferredDatasetUrl,
  quotesLoaded,
} from "../../../src/app/data/dataset-query";
import { quickCheckDataset } from "../../../src/app/data/quick-check-dataset";
import {
  type CompactDataset,
  decodeCompactDataset,
  encodeCompactDataset,
  isCompactDataset,
  splitQuotes,
} from "../../../src/schema/compact-dataset";
import { type Dataset, datasetSchema } from "../../../src/schema/dataset";
import chartDataset from "../fixtures/chart-dataset.json" with { type: "json" };
import { sampleDataset } from "../fixtures/make-dataset";

afterEach(() => {
  vi.unstubAllGlobals();
  for (const meta of document.head.querySelectorAll(`meta[name="${DATASET_META}"]`)) meta.remove();
});

function nameCompactFile(path = "data/indicators.compact.json"): void {
  const meta = document.createElement("meta");
  meta.name = DATASET_META;
  meta.content = path;
  document.head.append(meta);
}

describe("compact dataset", () => {
  it("decodes to a dataset equal to the one encoded, optional fields included", () => {
    const ds = sampleDataset();
    const withExtras = {
      ...ds,
      records: ds.records.map((r, i) =>
        i === 0
          ? {
              ...r,
              partner: "东盟",
              of: "太原市",
              alsoIn: [{ ...r.source, document: r.source.document, start: 1, end: 3 }],
            }
          : r,
      ),
    };
    const compact = encodeCompactDataset(withExtras);
    expect(isCompactDataset(compact)).toBe(true);
    expect(compact.records.length).toBe(withExtras.records.length);
    expect(decodeCompactDataset(JSON.parse(JSON.stringify(compact)) as CompactDataset)).toEqual(withExtras);
  });

  it("writes each shared region and period once, and decodes to shared objects that pass both checks", () => {
    const ds = structuredClone(chartDataset) as unknown as Dataset;
    const compact = encodeCompactDataset(ds);
    expect(compact.regions.length).toBe(new Set(ds.records.map((r) => JSON.stringify(r.region))).size);
    expect(compact.periods.length).toBeLessThan(ds.records.length / 4);
    const decoded = decodeCompactDataset(JSON.parse(JSON.stringify(compact)) as CompactDataset);
    expect(decoded).toEqual(ds);
    expect(quickCheckDataset(decoded, true)).toBe(true);
    expect(datasetSchema.safeParse(decoded).success).toBe(true);
  });

  it("a shared bad region fails the check for every record, not only the first", () => {
    const compact = encodeCompactDataset(structuredClone(chartDataset) as unknown as Dataset);
    const parsed = JSON.parse(JSON.stringify(compact)) as CompactDataset;
    const last = parsed.records.at(-1);
    if (!last) throw new Error("no records");
    parsed.regions.push({ name: "", code: "x", level: "county" });
    last[6] = parsed.regions.length - 1;
    expect(quickCheckDataset(decodeCompactDataset(parsed), true)).toBe(false);
  });

  it("a row pointing past the tables gives a record the check rejects", () => {
    const parsed = JSON.parse(JSON.stringify(encodeCompactDataset(sampleDataset()))) as CompactDataset;
    const first = parsed.records[0];
    if (!first) throw new Error("no records");
    first[7] = 999;
    expect(quickCheckDataset(decodeCompactDataset(parsed), true)).toBe(false);
    expect(datasetSchema.safeParse(decodeCompactDataset(parsed)).success).toBe(false);
  });
});

describe("loading the compact copy", () => {
  it("is preferred when the page names it, and indicators.json otherwise", () => {
    expect(preferredDatasetUrl("/")).toBe("/data/indicators.json");
    nameCompactFile();
    expect(preferredDatasetUrl("/")).toBe("/data/indicators.compact.json");
  });

  it("ignores a name that is not a data file of this site", () => {
    nameCompactFile("https://elsewhere.example/data/x.json");
    expect(preferredDatasetUrl("/")).toBe("/data/indicators.json");
  });

  it("decodes and checks the compact file", async () => {
    nameCompactFile();
    const ds = sampleDataset();
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(encodeCompactDataset(ds))));
    vi.stubGlobal("fetch", fetchMock);
    expect(await fetchDataset(preferredDatasetUrl("/"))).toEqual(ds);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it("falls back to indicators.json when the compact file is absent", async () => {
    nameCompactFile();
    const ds = sampleDataset();
    const fetchMock = vi.fn(async (url: string) =>
      url.endsWith("indicators.compact.json") ? new Response("", { status: 404 }) : new Response(JSON.stringify(ds)),
    );
    vi.stubGlobal("fetch", fetchMock);
    expect(await fetchDataset()).toEqual(ds);
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      "/data/indicators.compact.json",
      "/data/indicators.json",
    ]);
  });

  it("names a compact file that is no dataset as invalid", async () => {
    nameCompactFile();
    const broken = { ...encodeCompactDataset(sampleDataset()), records: [["not", "a", "row"]] };
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response(JSON.stringify(broken))),
    );
    const error = await fetchDataset().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe("invalid");
  });

  it("loads the quotes from their own file only when asked, then reads them in every record", async () => {
    nameCompactFile();
    const ds = sampleDataset();
    const { compact, quotes } = splitQuotes(encodeCompactDataset(ds), "indicators.quotes.json");
    const fetchMock = vi.fn(async (url: string) =>
      url.endsWith("indicators.quotes.json")
        ? new Response(JSON.stringify(quotes))
        : new Response(JSON.stringify(compact)),
    );
    vi.stubGlobal("fetch", fetchMock);
    const loaded = await fetchDataset(preferredDatasetUrl("/"));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(quotesLoaded(loaded)).toBe(false);
    expect(loaded.records[0]?.source.quote).toBe("");
    await Promise.all([ensureQuotes(loaded), ensureQuotes(loaded)]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(String(fetchMock.mock.calls[1]?.[0])).toMatch(/\/data\/indicators\.quotes\.json$/u);
    expect(quotesLoaded(loaded)).toBe(true);
    expect(loaded.records.map((r) => r.source.quote)).toEqual(ds.records.map((r) => r.source.quote));
    expect(JSON.parse(JSON.stringify(loaded))).toEqual(ds);
  });

  it("names a quotes file that does not fit the records as invalid", async () => {
    nameCompactFile();
    const { compact, quotes } = splitQuotes(encodeCompactDataset(sampleDataset()), "indicators.quotes.json");
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async (url: string) =>
          new Response(JSON.stringify(url.endsWith("indicators.quotes.json") ? quotes.slice(1) : compact)),
      ),
    );
    const loaded = await fetchDataset(preferredDatasetUrl("/"));
    const error = await ensureQuotes(loaded).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect((error as DatasetLoadError).kind).toBe("invalid");
    expect(quotesLoaded(loaded)).toBe(false);
  });
});
