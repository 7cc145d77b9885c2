import { describe, expect, it } from "vitest";
import { formatDimensions } from "../../../src/app/format/format-dimensions";
import {
  formatCompact,
  formatCount,
  formatMoney,
  formatPercent,
  formatRank,
} from "../../../src/app/format/format-number";
import { formatPeriod, periodSortValue } from "../../../src/app/format/format-period";
import { formatRecordValue } from "../../../src/app/format/format-value";
import type { Lang } from "../../../src/app/view-props";
import type { Period } from "../../../src/schema/dataset";

describe("formatMoney", () => {
  it.each<[number, "CNY" | "USD", Lang, string]>([
    [185235000000, "CNY", "zh", "1852.35亿元"],
    [5991000000, "CNY", "zh", "59.91亿元"],
    [59910000, "CNY", "zh", "5991万元"],
    [5526800, "CNY", "zh", "552.68万元"],
    [8000, "CNY", "zh", "8000元"],
    [1200000000000, "CNY", "zh", "1.2万亿元"],
    [2163000000, "USD", "zh", "21.63亿美元"],
    [185235000000, "CNY", "en", "CNY 185.2 bn"],
    [5991000000, "CNY", "en", "CNY 5.99 bn"],
    [59910000, "CNY", "en", "CNY 59.9 m"],
    [2163000000, "USD", "en", "USD 2.16 bn"],
    [-45393000000, "CNY", "en", "CNY -45.4 bn"],
  ])("%d %s (%s) → %s", (value, currency, lang, expected) => {
    expect(formatMoney(value, currency, lang)).toBe(expected);
  });
});

describe("formatCount and formatCompact", () => {
  it.each<[number, Lang, string]>([
    [347, "zh", "347"],
    [32000, "zh", "3.2万"],
    [32000, "en", "32,000"],
    [1234567, "en", "1,234,567"],
  ])("%d (%s) → %s", (value, lang, expected) => {
    expect(formatCount(value, lang)).toBe(expected);
  });

  it("uses a space before English compact suffixes", () => {
    expect(formatCompact(3_200_000, "en")).toBe("3.2 m");
  });
});

describe("formatPercent", () => {
  it.each<[number, boolean, Lang, string]>([
    [52.9, false, "zh", "52.9%"],
    [52.9, true, "zh", "+52.9%"],
    [-2.7, true, "en", "-2.7%"],
    [110, true, "en", "+110%"],
    [12, false, "en", "12%"],
    [0, true, "zh", "0%"],
  ])("%d signed=%s (%s) → %s", (value, signed, lang, expected) => {
    expect(formatPercent(value, lang, { signed })).toBe(expected);
  });

  it("does not add decimals that were not reported", () => {
    expect(formatPercent(50, "zh")).toBe("50%");
  });
});

describe("formatRecordValue keeps qualifiers visible", () => {
  it.each([
    [{ value: 50, unit: "percent", qualifier: "more_than", measure: "growth" }, "zh", "+50%以上"],
    [{ value: 50, unit: "percent", qualifier: "more_than", measure: "share" }, "en", "more than 50%"],
    [{ value: 32000, unit: "item", qualifier: "about", measure: "count" }, "zh", "约3.2万"],
    [{ value: 1e9, unit: "CNY", qualifier: "less_than", measure: "investment" }, "zh", "不足10亿元"],
    [{ value: 1e9, unit: "CNY", qualifier: "about", measure: "investment" }, "en", "about CNY 1 bn"],
    [{ value: 1, unit: "rank", qualifier: "exact", measure: "rank" }, "zh", "第1"],
  ] as const)("%o (%s) → %s", (record, lang, expected) => {
    expect(formatRecordValue(record, lang)).toBe(expected);
  });

  it("formats ranks per language", () => {
    expect(formatRank(3, "en")).toBe("#3");
  });
});

describe("formatPeriod", () => {
  it.each<[Period, string, string]>([
    [{ year: 2022, batch: 1, label: "x" }, "2022年第1批", "2022, batch 1"],
    [{ year: 2021, quarter: 1, label: "x" }, "2021年一季度", "Q1 2021"],
    [{ year: 2018, months: [1, 7], label: "x" }, "2018年1–7月", "Jan–Jul 2018"],
    [{ year: 2017, month: 12, label: "x" }, "2017年12月", "Dec 2017"],
    [{ year: 2014, label: "x" }, "2014年", "2014"],
  ])("%o → %s / %s", (period, zh, en) => {
    expect(formatPeriod(period, "zh")).toBe(zh);
    expect(formatPeriod(period, "en")).toBe(en);
  });

  it("orders a whole year after its months, and later years after earlier ones", () => {
    const p = (x: Omit<Period, "label">): number => periodSortValue({ ...x, label: "x" });
    expect(p({ year: 2021 })).toBeGreaterThan(p({ year: 2021, months: [1, 11] }));
    expect(p({ year: 2021, quarter: 2 })).toBeGreaterThan(p({ year: 2021, quarter: 1 }));
    expect(p({ year: 2022, batch: 1 })).toBeGreaterThan(p({ year: 2021 }));
  });
});

describe("formatDimensions", () => {
  it.each([
    [{ partner: "RCEP" }, "zh", "RCEP"],
    [{ of: "山西省" }, "zh", "占山西省"],
    [{ among: "中部六省省会城市" }, "en", "among 中部六省省会城市"],
    [{ partner: "一带一路", entity: "武宿综保区" }, "zh", "一带一路 · 武宿综保区"],
    [{}, "en", ""],
  ] as const)("%o (%s) → %s", (record, lang, expected) => {
    expect(formatDimensions(record, lang)).toBe(expected);
  });
});
