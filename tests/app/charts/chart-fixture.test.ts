import { describe, expect, it } from "vitest";
import { datasetSchema } from "../../../src/schema/dataset";
import fixture from "../fixtures/chart-dataset.json";

describe("chart fixture dataset", () => {
  it("is valid per the shared schema and covers several regions, batches, years and partners", () => {
    const dataset = datasetSchema.parse(fixture);
    const regions = new Set(dataset.records.map((r) => r.region.name));
    const batches = new Set(
      dataset.records.filter((r) => r.period.batch).map((r) => `${r.period.year}-${r.period.batch}`),
    );
    const partners = new Set(dataset.records.map((r) => r.partner).filter(Boolean));
    expect(regions.size).toBeGreaterThan(10);
    expect(batches.size).toBeGreaterThan(8);
    expect(partners.size).toBeGreaterThan(4);
  });
});
