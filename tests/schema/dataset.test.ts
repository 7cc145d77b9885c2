import { describe, expect, it } from "vitest";
import { type Dataset, datasetSchema, describeIssues, type IndicatorRecord } from "../../src/schema/dataset";

const record: IndicatorRecord = {
  id: "r1",
  indicator: "trade.total",
  measure: "value",
  value: 185235000000,
  unit: "CNY",
  qualifier: "exact",
  region: { name: "太原市", code: "140100", level: "prefecture" },
  period: { year: 2021, label: "2021年" },
  sectors: [],
  rule: "trade.total-value",
  source: {
    document: "d1",
    article: "a1",
    quote: "我市进出口额完成1852.35亿元。",
    text: "1852.35亿元",
    start: 8,
    end: 17,
  },
};

const dataset: Dataset = {
  schemaVersion: 1,
  generatedAt: "2026-11-28T03:00:00Z",
  documents: [
    {
      id: "d1",
      file: "data/raw/a.txt",
      source: "太原日报",
      date: "2022-02-27",
      region: "太原市",
      inferred: false,
      articles: [{ id: "a1", title: "我市进出口贸易增速迅猛" }],
    },
  ],
  records: [record],
  warnings: [{ kind: "implausible_magnitude", message: "RCEP figure is tiny", records: ["r1"] }],
};

function withRecord(patch: Partial<IndicatorRecord>): Dataset {
  return { ...dataset, records: [{ ...record, ...patch }] };
}

describe("datasetSchema", () => {
  it("accepts the contract's example shape", () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it.each([
    [
      "a measure the indicator does not have",
      withRecord({ measure: "rank", unit: "rank", value: 1, indicator: "trade.balance" }),
      "measure",
    ],
    ["a unit that does not fit the measure", withRecord({ unit: "percent" }), "unit"],
    [
      "a fractional count",
      withRecord({ indicator: "projects.signed", measure: "count", unit: "item", value: 3.5 }),
      "value",
    ],
    ["a non-finite value", withRecord({ value: Number.POSITIVE_INFINITY }), "value"],
    [
      "a zone with a division code",
      withRecord({ region: { name: "武宿综保区", code: "140100", level: "zone" } }),
      "region",
    ],
    [
      "a prefecture without a code",
      withRecord({ region: { name: "太原市", code: null, level: "prefecture" } }),
      "region",
    ],
    [
      "a period with both batch and quarter",
      withRecord({ period: { year: 2022, batch: 1, quarter: 1, label: "x" } }),
      "period",
    ],
    ["months running backwards", withRecord({ period: { year: 2022, months: [5, 1], label: "x" } }), "period"],
    ["an empty source span", withRecord({ source: { ...record.source, start: 5, end: 5 } }), "source"],
    ["a record of an unknown document", withRecord({ source: { ...record.source, document: "nope" } }), "document"],
  ])("rejects %s", (_label, bad, path) => {
    const parsed = datasetSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error).join("\n")).toContain(path);
  });

  it("rejects a warning that names a record not in the dataset", () => {
    const parsed = datasetSchema.safeParse({
      ...dataset,
      warnings: [{ kind: "inconsistent_sum", message: "x", records: ["zz"] }],
    });
    expect(parsed.success).toBe(false);
    if (!parsed.success)
      expect(describeIssues(parsed.error)[0]).toMatch(/^warnings\.0\.records\.0: unknown record zz/u);
  });

  it("rejects duplicate record ids", () => {
    const parsed = datasetSchema.safeParse({ ...dataset, records: [record, record] });
    expect(parsed.success).toBe(false);
  });

  it("describes at most the first problems as path: reason", () => {
    const parsed = datasetSchema.safeParse({ schemaVersion: 2 });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const lines = describeIssues(parsed.error, 3);
      expect(lines.length).toBeLessThanOrEqual(3);
      expect(lines[0]).toMatch(/^\w+: /u);
    }
  });
});
