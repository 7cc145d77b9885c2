import { describe, expect, it } from "vitest";
import { buildTradeBalanceOption } from "../../../../src/app/features/trade/build-trade-balance-option";
import {
  breakdownPeriods,
  buildTradeBreakdownOption,
} from "../../../../src/app/features/trade/build-trade-breakdown-option";
import { buildTradeGrowthOption } from "../../../../src/app/features/trade/build-trade-growth-option";
import { buildTradeTrendOption } from "../../../../src/app/features/trade/build-trade-trend-option";
import { listRanksAndShares } from "../../../../src/app/features/trade/list-ranks-and-shares";
import type { IndicatorRecord, Period } from "../../../../src/schema/dataset";
import { categoriesOf, seriesOf, tooltipOf, valueAxisOf } from "../../charts/option-access";
import { makeRecord } from "../../fixtures/make-dataset";

const Y2021: Period = { year: 2021, label: "2021年" };
const Y2022: Period = { year: 2022, label: "2022年" };
const Q1: Period = { year: 2022, quarter: 1, label: "2022年第1季度" };
const M1_5: Period = { year: 2022, months: [1, 5], label: "2022年1—5月" };
const M5: Period = { year: 2022, month: 5, label: "2022年5月" };

function value(
  indicator: IndicatorRecord["indicator"],
  period: Period,
  v: number,
  extra: Partial<IndicatorRecord> = {},
) {
  return makeRecord({ indicator, measure: "value", unit: "CNY", value: v, period, ...extra });
}
function growth(
  indicator: IndicatorRecord["indicator"],
  period: Period,
  v: number,
  extra: Partial<IndicatorRecord> = {},
) {
  return makeRecord({ indicator, measure: "growth", unit: "percent", value: v, period, ...extra });
}

const records = [
  value("trade.total", Y2021, 1852.35e8),
  value("trade.export", Y2021, 1153.14e8),
  value("trade.import", Y2021, 699.21e8),
  value("trade.balance", Y2021, 453.93e8),
  value("trade.total", Y2022, 1980e8),
  value("trade.export", Y2022, 1200e8),
  value("trade.import", Y2022, 780e8),
  value("trade.total", Q1, 480e8),
  value("trade.total", M1_5, 790e8),
  value("trade.total", M5, 160e8),
  value("trade.total", Y2021, 30.7e8, { unit: "USD" }),
  growth("trade.total", Y2021, 52.9),
  growth("trade.export", Y2021, 50, {
    qualifier: "more_than",
    source: { document: "doc-ty", article: "art-ty", quote: "出口增长五成多", text: "五成多", start: 4, end: 7 },
  }),
  growth("trade.total", Y2022, -2.7),
  growth("trade.total", Q1, 5),
  value("trade.total", Y2021, 380.78e8, { partner: "一带一路" }),
  value("trade.total", Y2021, 5526800, { partner: "RCEP" }),
  value("trade.export", Y2021, 100e8, { partner: "RCEP" }),
  growth("trade.total", Y2021, 20, { entity: "富士康集团", qualifier: "more_than" }),
  growth("trade.total", Y2021, 200, { entity: "武宿综保区", qualifier: "more_than" }),
  makeRecord({ indicator: "trade.total", measure: "rank", unit: "rank", value: 1, among: "中部六省省会城市（增速）" }),
  makeRecord({
    indicator: "trade.total",
    measure: "share",
    unit: "percent",
    value: 80,
    qualifier: "more_than",
    of: "山西省",
  }),
];

describe("trade trend: one chart per kind of period, never mixed", () => {
  it.each([
    { kind: "year" as const, categories: ["2021年", "2022年"], total: [1852.35, 1980] },
    { kind: "quarter" as const, categories: ["2022年一季度"], total: [480] },
    { kind: "months" as const, categories: ["2022年1–5月"], total: [790] },
    { kind: "month" as const, categories: ["2022年5月"], total: [160] },
  ])("$kind periods only", ({ kind, categories, total }) => {
    const option = buildTradeTrendOption({ records, kind, currency: "CNY", lang: "zh", title: "t" });
    expect(categoriesOf(option)).toEqual(categories);
    expect(seriesOf(option)[0]).toMatchObject({ name: "进出口总额", values: total });
  });

  it("draws total, exports and imports as separate series and leaves partner and entity figures out", () => {
    const option = buildTradeTrendOption({ records, kind: "year", currency: "CNY", lang: "zh", title: "t" });
    expect(seriesOf(option).map((s) => [s.name, s.values])).toEqual([
      ["进出口总额", [1852.35, 1980]],
      ["出口", [1153.14, 1200]],
      ["进口", [699.21, 780]],
    ]);
  });

  it("never puts dollars on a yuan axis", () => {
    const usd = buildTradeTrendOption({ records, kind: "year", currency: "USD", lang: "zh", title: "t" });
    expect(valueAxisOf(usd).name).toBe("亿美元");
    expect(seriesOf(usd).map((s) => s.values)).toEqual([[30.7]]);
  });
});

describe("trade growth", () => {
  it("is on its own percent axis, as lines, with the qualifier in the tooltip", () => {
    const option = buildTradeGrowthOption({ records, kind: "year", lang: "zh", title: "t" });
    expect(valueAxisOf(option).name).toBe("%");
    expect(seriesOf(option).map((s) => [s.type, s.name, s.values])).toEqual([
      ["line", "进出口总额", [52.9, -2.7]],
      ["line", "出口", [50, null]],
    ]);
    const tip = tooltipOf(option, 0, 2);
    expect(tip).toContain("+50%以上");
    expect(tip).toContain("原文：五成多");
  });

  it("keeps quarterly growth apart from annual growth", () => {
    const option = buildTradeGrowthOption({ records, kind: "quarter", lang: "zh", title: "t" });
    expect(seriesOf(option).map((s) => s.values)).toEqual([[5]]);
  });
});

describe("trade balance", () => {
  it("uses the reported balance, and computes exports − imports only where none is reported, saying so", () => {
    const option = buildTradeBalanceOption({ records, kind: "year", currency: "CNY", lang: "zh", title: "t" });
    expect(categoriesOf(option)).toEqual(["2021年", "2022年"]);
    expect(seriesOf(option)[0]?.values).toEqual([453.93, 420]);
    expect(tooltipOf(option, 1, 1)).toContain("按出口减进口计算");
    expect(tooltipOf(option, 0, 1)).not.toContain("计算");
  });

  it("colours a deficit differently from a surplus", () => {
    const deficit = [value("trade.balance", Y2021, -9.1e8), value("trade.balance", Y2022, 5e8)];
    const data = seriesOf(
      buildTradeBalanceOption({ records: deficit, kind: "year", currency: "CNY", lang: "zh", title: "t" }),
    )[0]?.data;
    const colors = data?.map((d) => (d.itemStyle as { color: string }).color);
    expect(colors?.[0]).not.toBe(colors?.[1]);
  });
});

describe("trade breakdown", () => {
  it("ranks partners by value, largest first, one series per flow", () => {
    const option = buildTradeBreakdownOption({ records, dimension: "partner", period: "2021", lang: "zh", title: "t" });
    expect(categoriesOf(option)).toEqual(["一带一路", "RCEP"]);
    expect(seriesOf(option).map((s) => s.name)).toEqual(["进出口总额", "出口"]);
  });

  it("falls back to growth rates when entities are reported only by growth, keeping 以上", () => {
    const option = buildTradeBreakdownOption({ records, dimension: "entity", period: "2021", lang: "zh", title: "t" });
    expect(valueAxisOf(option).name).toBe("%");
    expect(categoriesOf(option)).toEqual(["武宿综保区", "富士康集团"]);
    expect(seriesOf(option)[0]?.label.formatter?.({ dataIndex: 1 })).toBe("+20%以上");
  });

  it("lists the periods that have a breakdown", () => {
    expect(breakdownPeriods(records, "partner").map((p) => p.key)).toEqual(["2021"]);
  });
});

describe("ranks and shares", () => {
  it("states what a rank is among and what a share is of, qualifier kept", () => {
    const rows = listRanksAndShares(records, "zh");
    expect(rows.map((r) => r.statement).sort()).toEqual(["中部六省省会城市（增速）中排名第1", "占山西省 80%以上"]);
  });
});
