import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { buildCsv, buildCsvRows, UTF8_BOM } from "../../../src/app/features/export/build-csv";
import { CSV_HEADER } from "../../../src/app/features/export/csv-columns";
import { datasetSchema } from "../../../src/schema/dataset";
import { EXPECTED_CSV_COLUMNS } from "../../shared/expected-csv-columns";
import { dataset, records } from "./export-fixture";

function parse(csv: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe("buildCsv", () => {
  it("uses a fixture that is a valid dataset", () => {
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
  });

  it("starts with a UTF-8 BOM and has the issue's columns in order", () => {
    const csv = buildCsv(records, dataset, "zh");
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe(CSV_HEADER.join(","));
    expect(CSV_HEADER).toEqual(EXPECTED_CSV_COLUMNS);
  });

  it("writes one row per record, round-tripping quotes, commas and line breaks", () => {
    const rows = parse(buildCsv(records, dataset, "zh"));
    expect(rows).toHaveLength(3);
    const growth = rows[1];
    expect(growth?.quote).toBe('\'=HYPERLINK("http://x","y") 出口下降2.7%，\n其中"机电产品", 增长');
    expect(growth?.article_title).toBe('\'=HYPERLINK("http://x","y"), 标题含"引号"');
  });

  it("fills every column from the record and its document", () => {
    const [total, growth, share] = parse(buildCsv(records, dataset, "zh"));
    expect(total).toMatchObject({
      record_id: "r-total",
      indicator: "trade.total",
      indicator_label: "进出口总额",
      measure: "value",
      value: "185235000000",
      unit: "CNY",
      qualifier: "exact",
      value_as_written: "1852.35亿元",
      region_name: "太原市",
      region_code: "140100",
      region_level: "prefecture",
      year: "2021",
      batch: "",
      period_label: "2021年",
      publication: "太原日报",
      publication_date: "2022-02-27",
      source_url: "https://example.org/tyrb/2022-02-27/1.html",
      document_file: "data/raw/000_a349228e6c3992d1.txt",
      article_title: "我市外贸进出口总值创新高",
      rule: "trade.total-value",
      warnings: "inconsistent_sum: exports + imports ≠ total | implausible_magnitude: value, too large?",
    });
    expect(growth).toMatchObject({ month_from: "1", month_to: "5", month: "", quarter: "" });
    expect(share).toMatchObject({
      region_code: "",
      region_level: "zone",
      batch: "1",
      qualifier: "more_than",
      partner: "RCEP",
      entity: "'@太重集团",
      sectors: "新能源; -数字经济",
      article_title: "",
      warnings: "",
    });
  });

  it("keeps numbers numeric: a fall of 2.7% is the bare number -2.7, not neutralised", () => {
    const rows = buildCsvRows(records, dataset, "zh");
    const valueAt = CSV_HEADER.indexOf("value");
    expect(rows[2]?.[valueAt]).toBe(-2.7);
    const csv = buildCsv(records, dataset, "zh");
    expect(csv).toContain(",-2.7,percent,");
    expect(csv).not.toContain("'-2.7");
  });

  it("labels indicators in the export language", () => {
    const [row] = parse(buildCsv(records.slice(0, 1), dataset, "en"));
    expect(row?.indicator_label).toBe("Total trade");
  });

  it("writes only the header for no records", () => {
    const csv = buildCsv([], dataset, "zh");
    expect(csv).toBe(`${UTF8_BOM}${CSV_HEADER.join(",")}`);
  });
});
