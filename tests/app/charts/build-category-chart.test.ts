import { describe, expect, it } from "vitest";
import { buildCategoryChart } from "../../../src/app/charts/build-category-chart";
import type { ChartPoint } from "../../../src/app/charts/chart-point";
import { categoriesOf, descriptionOf, seriesOf, tooltipOf, valueAxisOf } from "./option-access";

const money = (value: number, qualifier: ChartPoint["qualifier"] = "exact", written?: string): ChartPoint => ({
  value,
  unit: "CNY",
  qualifier,
  measure: "value",
  written,
});

describe("buildCategoryChart", () => {
  const option = buildCategoryChart({
    title: "进出口",
    lang: "zh",
    unit: "CNY",
    categories: ["2020年", "2021年", "2022年"],
    series: [
      {
        name: "出口",
        color: "#D55E00",
        points: [money(115314000000), undefined, money(50e8, "more_than", "50多亿元")],
      },
    ],
  });

  it("scales money to 亿元 on the value axis and keeps gaps as gaps, never zeros", () => {
    expect(valueAxisOf(option).name).toBe("亿元");
    expect(seriesOf(option)[0]?.values).toEqual([1153.14, null, 50]);
  });

  it("keeps the qualifier in labels and tooltips, with the words of the report", () => {
    const label = seriesOf(option)[0]?.label.formatter?.({ dataIndex: 2 });
    expect(label).toBe("50亿元以上");
    const tip = tooltipOf(option, 2, 1);
    expect(tip).toContain("50亿元以上");
    expect(tip).toContain("原文：50多亿元");
    expect(tooltipOf(option, 1, 1)).toContain("未报道");
  });

  it("draws a qualified bar paler with a dashed outline, an exact one solid", () => {
    const data = seriesOf(option)[0]?.data ?? [];
    expect((data[2]?.itemStyle as { borderType?: string } | undefined)?.borderType).toBe("dashed");
    expect((data[0]?.itemStyle as { borderType?: string } | undefined)?.borderType).toBeUndefined();
  });

  it("describes the chart for screen readers, gaps included", () => {
    expect(descriptionOf(option)).toBe("柱状图：进出口。出口：2020年 1153.14亿元，2021年 未报道，2022年 50亿元以上。");
  });

  it.each([
    { unit: "CNY" as const, lang: "en" as const, value: 185235000000, axis: "CNY bn", plotted: 185.235 },
    { unit: "USD" as const, lang: "zh" as const, value: 3073990000, axis: "亿美元", plotted: 30.7399 },
    { unit: "USD" as const, lang: "zh" as const, value: 5526800, axis: "万美元", plotted: 552.68 },
    { unit: "item" as const, lang: "zh" as const, value: 347, axis: "个", plotted: 347 },
    { unit: "percent" as const, lang: "en" as const, value: -2.7, axis: "%", plotted: -2.7 },
  ])("$value $unit ($lang) plots as $plotted on an axis named $axis", ({ unit, lang, value, axis, plotted }) => {
    const o = buildCategoryChart({
      title: "t",
      lang,
      unit,
      categories: ["a"],
      series: [{ name: "s", color: "#000", points: [{ value, unit, qualifier: "exact", measure: "value" }] }],
    });
    expect(valueAxisOf(o).name).toBe(axis);
    expect(seriesOf(o)[0]?.values[0]).toBeCloseTo(plotted, 6);
  });

  it("puts categories down the side, first on top, for horizontal charts", () => {
    const o = buildCategoryChart({
      title: "t",
      lang: "zh",
      unit: "item",
      horizontal: true,
      categories: ["运城市", "忻州市"],
      series: [{ name: "签约", color: "#000", points: [money(2), money(1)] }],
    });
    const yAxis = o.yAxis as { type: string; inverse: boolean; data: string[] };
    expect(yAxis).toMatchObject({ type: "category", inverse: true, data: ["运城市", "忻州市"] });
    expect(categoriesOf(o)).toEqual(["运城市", "忻州市"]);
  });
});
