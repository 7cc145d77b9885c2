import { describe, expect, it } from "vitest";
import { buildDatasetIndex } from "../../../src/app/data/dataset-index";
import { clearFilter, EMPTY_FILTERS, type FilterName, filterRecords } from "../../../src/app/data/filter-records";
import type { Filters } from "../../../src/app/view-props";
import { datasetSchema } from "../../../src/schema/dataset";
import { sampleDataset } from "../fixtures/make-dataset";

const index = buildDatasetIndex(sampleDataset());
const ids = (filters: Partial<Filters>) =>
  filterRecords(index, { ...EMPTY_FILTERS, ...filters })
    .records.map((r) => r.id)
    .sort();

describe("the fixture", () => {
  it("passes the shared schema", () => {
    expect(datasetSchema.safeParse(sampleDataset()).success).toBe(true);
  });
});

describe("filterRecords", () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ["no filter keeps everything", {}, index.records.map((r) => r.id).sort()],
    [
      "a province keeps itself, its prefectures, counties and zones",
      { regions: ["140000"] },
      [
        "jc-signed",
        "jc-signed-inv",
        "sx-signed",
        "sx-started",
        "sy-signed",
        "ty-export-growth",
        "ty-growth",
        "ty-total",
        "zg-signed",
      ],
    ],
    ["a prefecture keeps only itself", { regions: ["140500"] }, ["jc-signed", "jc-signed-inv"]],
    ["a zone is selected by its name", { regions: ["山西综改示范区"] }, ["zg-signed"]],
    [
      "regions combine as a union",
      { regions: ["140500", "410100"] },
      ["evil", "jc-signed", "jc-signed-inv", "zz-total"],
    ],
    ["a sector keeps records naming it", { sectors: ["新能源"] }, ["jc-signed", "jc-signed-inv", "sx-signed"]],
    ["sectors combine as a union", { sectors: ["新材料", "现代农业"] }, ["jc-signed", "jc-signed-inv", "sy-signed"]],
    ["indicator", { indicators: ["trade.total"] }, ["ty-growth", "ty-total", "zz-total"]],
    ["period range is inclusive", { from: 2022, to: 2022 }, ["sx-signed", "sx-started", "sy-signed"]],
    ["open-ended from", { from: 2023 }, ["jc-signed", "jc-signed-inv", "zg-signed"]],
    ["open-ended to", { to: 2017 }, ["evil", "zz-total"]],
    ["filters combine", { regions: ["140000"], sectors: ["新能源"], from: 2023 }, ["jc-signed", "jc-signed-inv"]],
    ["an unknown region matches nothing", { regions: ["999999"] }, []],
  ])("%s", (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });

  it("counts the records that name no sector, within the other filters", () => {
    const all = filterRecords(index, { ...EMPTY_FILTERS, sectors: ["新能源"] });
    expect(all.noSectorCount).toBe(index.records.filter((r) => r.sectors.length === 0).length);
    const taiyuan = filterRecords(index, { ...EMPTY_FILTERS, regions: ["140100"], sectors: ["新能源"] });
    expect(taiyuan.records).toHaveLength(0);
    expect(taiyuan.noSectorCount).toBe(3);
  });

  it.each<[Partial<Filters>, FilterName | null]>([
    [{ regions: ["999999"] }, "region"],
    [{ regions: ["140100"], sectors: ["新能源"] }, "sector"],
    [{ regions: ["410100"], indicators: ["projects.signed"] }, "indicator"],
    [{ regions: ["410100"], from: 2020 }, "period"],
    [{ regions: ["410100"] }, null],
  ])("names the filter that emptied %o → %s", (filters, expected) => {
    expect(filterRecords(index, { ...EMPTY_FILTERS, ...filters }).emptiedBy).toBe(expected);
  });

  it("clears one filter only", () => {
    const f: Filters = { regions: ["140100"], sectors: ["新能源"], indicators: ["trade.total"], from: 2020, to: 2021 };
    expect(clearFilter(f, "sector")).toEqual({ ...f, sectors: [] });
    expect(clearFilter(f, "period")).toEqual({ ...f, from: null, to: null });
  });

  it("filters 100,000 records as a plain scan would, and counts them per region", () => {
    // Speed is measured by `npm run bench` (filter redraw), not here.
    const base = sampleDataset();
    const many = Array.from({ length: 100_000 }, (_, i) => {
      const r = base.records[i % base.records.length];
      if (!r) throw new Error("empty fixture");
      return { ...r, id: `${r.id}-${i}` };
    });
    const big = buildDatasetIndex({ ...base, records: many, warnings: [] });
    const out = filterRecords(big, { ...EMPTY_FILTERS, regions: ["140000"], sectors: ["新能源"], from: 2022 });
    const expected = many.filter(
      (r) => (r.region.code ?? "").startsWith("14") && r.sectors.includes("新能源") && r.period.year >= 2022,
    );
    expect(out.records.length).toBeGreaterThan(0);
    expect(out.records.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    const counts = new Map<string, number>();
    for (const r of expected)
      counts.set(r.region.code ?? r.region.name, (counts.get(r.region.code ?? r.region.name) ?? 0) + 1);
    expect(out.regionCounts).toEqual(counts);
  });
});
