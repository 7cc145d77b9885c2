import { describe, expect, it } from "vitest";
import { buildCodebook } from "../../../src/app/features/export/build-codebook";
import { CSV_COLUMNS } from "../../../src/app/features/export/csv-columns";
import { dataset } from "./export-fixture";

describe("buildCodebook", () => {
  const filtered = buildCodebook({
    csvFileName: "zhibiao-view-20261128.csv",
    dataset,
    recordCount: 2,
    filters: { regions: ["140100"], indicators: ["trade.total"], sectors: [], from: 2020, to: 2021 },
    lang: "zh",
  });

  it("documents every CSV column with its meaning and unit", () => {
    for (const column of CSV_COLUMNS) {
      expect(filtered).toContain(`| \`${column.name}\` | `);
    }
    expect(filtered).toContain("| `value` | The figure as a plain number in base units");
  });

  it("states the dataset date, the record count and the schema", () => {
    expect(filtered).toContain("generatedAt): 2026-11-28T03:00:00Z");
    expect(filtered).toContain("Records in this file: 2 (of 3 in the dataset, from 1 documents)");
    expect(filtered).toContain("indicators.schema.json");
  });

  it("lists the filters in force with region and indicator names", () => {
    expect(filtered).toContain("- 地区: 太原市");
    expect(filtered).toContain("- 指标: 进出口总额");
    expect(filtered).toContain("- 行业: 全部");
    expect(filtered).toContain("- 年份: 2020–2021");
  });

  it("says when the file is the whole dataset", () => {
    const all = buildCodebook({ csvFileName: "a.csv", dataset, recordCount: 3, filters: null, lang: "en" });
    expect(all).toContain("None: the whole dataset.");
  });

  it("keeps the column table one row per column (no pipe breaks a cell)", () => {
    const tableRows = filtered.split("\n").filter((l) => l.startsWith("| `"));
    expect(tableRows).toHaveLength(CSV_COLUMNS.length);
    for (const row of tableRows) expect(row.replace(/\\\|/gu, "").split("|")).toHaveLength(5);
  });
});
