import { describe, expect, it } from "vitest";
import { generateDataset } from "../../src/bench/generate-dataset";
import { datasetSchema } from "../../src/schema/dataset";
import { INDICATORS } from "../../src/schema/vocabulary";

describe("generateDataset", () => {
  const dataset = generateDataset({ records: 3000, seed: 3 });

  it("is valid against the shared schema", () => {
    const parsed = datasetSchema.safeParse(dataset);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
  });

  it("has exactly the requested number of records, with unique ids", () => {
    expect(dataset.records).toHaveLength(3000);
    expect(new Set(dataset.records.map((r) => r.id)).size).toBe(3000);
  });

  it("spreads over many regions, years, sectors and every indicator", () => {
    const regions = new Set(dataset.records.map((r) => r.region.code ?? r.region.name));
    const years = new Set(dataset.records.map((r) => r.period.year));
    const sectors = new Set(dataset.records.flatMap((r) => r.sectors));
    const levels = new Set(dataset.records.map((r) => r.region.level));
    expect(regions.size).toBeGreaterThan(100);
    expect(years.size).toBe(12);
    expect(sectors.size).toBeGreaterThan(10);
    expect([...levels].sort()).toEqual(["county", "prefecture", "province", "zone"]);
    expect(new Set(dataset.records.map((r) => r.indicator))).toEqual(new Set(INDICATORS));
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateDataset({ records: 200, seed: 3 }).records).toEqual(dataset.records.slice(0, 200));
    expect(generateDataset({ records: 200, seed: 4 }).records).not.toEqual(dataset.records.slice(0, 200));
  });
});
