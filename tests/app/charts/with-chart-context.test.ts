import { describe, expect, it } from "vitest";
import { buildCategoryChart } from "../../../src/app/charts/build-category-chart";
import type { ChartContext } from "../../../src/app/charts/chart-context";
import { chartHeightFor, withChartContext } from "../../../src/app/charts/with-chart-context";

const context: ChartContext = {
  title: "太原市进出口、出口与进口（全年）",
  subtitle: "太原市 · 全年 · 2018年 至 2023年 · 行业：新能源",
  source: "数据来源：据 2 篇报道整理 — 太原日报 2022-02-27；山西日报 2021-01-20",
  footer: "指标 zhibiao · 数据集 2026-11-28",
};
const base = buildCategoryChart({
  title: context.title,
  lang: "zh",
  unit: "CNY",
  categories: ["2021年"],
  series: [
    {
      name: "进出口总额",
      color: "#0072B2",
      points: [{ value: 1e11, unit: "CNY", qualifier: "exact", measure: "value" }],
    },
    { name: "出口", color: "#D55E00", points: [undefined] },
  ],
});

function gridOf(option: ReturnType<typeof withChartContext>) {
  return (Array.isArray(option.grid) ? option.grid[0] : option.grid) as { top: number; bottom: number };
}

describe("withChartContext", () => {
  it("draws title, subtitle and the source line inside the chart, so exported images carry them", () => {
    const o = withChartContext(base, context, 900);
    const titles = o.title as { id: string; text: string; subtext?: string }[];
    expect(titles.find((t) => t.id === "zb-title")).toMatchObject({ text: context.title, subtext: context.subtitle });
    expect(titles.find((t) => t.id === "zb-footer")?.text).toBe(`${context.source}\n${context.footer}`);
    expect(o.backgroundColor).toBe("#ffffff");
  });

  it("leaves more room above the plot when the title wraps on a phone than on a desktop", () => {
    const wide = gridOf(withChartContext(base, context, 1200));
    const narrow = gridOf(withChartContext(base, context, 240));
    expect(narrow.top).toBeGreaterThan(wide.top);
    expect(narrow.bottom).toBeGreaterThan(wide.bottom);
    expect(chartHeightFor(base, context, 240, 280)).toBeGreaterThan(chartHeightFor(base, context, 1200, 280));
  });

  it("breaks the title into lines that fit a phone's width itself, so the header's height is known", () => {
    const titles = withChartContext(base, context, 240).title as { id: string; text: string }[];
    const title = titles.find((t) => t.id === "zb-title")?.text ?? "";
    expect(title.split("\n").length).toBeGreaterThan(1);
    expect(title.replaceAll("\n", "")).toBe(context.title);
  });

  it("keeps the builder's option intact apart from layout", () => {
    const o = withChartContext(base, context, 900);
    expect(o.series).toEqual(base.series);
    expect(o.aria).toEqual(base.aria);
  });

  it("hides the legend of a single-series chart (the title names it)", () => {
    const single = { ...base, series: Array.isArray(base.series) ? base.series.slice(0, 1) : base.series };
    expect(withChartContext(single, context, 900).legend).toEqual({ show: false });
  });

  it("places a map series in a box between header and footer instead of a grid", () => {
    const map = withChartContext(
      { series: [{ type: "map", map: "zb-140000", data: [] }], visualMap: { type: "continuous" } },
      context,
      600,
    );
    const series = (map.series as { top: number; bottom: number }[])[0];
    expect(map.grid).toBeUndefined();
    expect(series?.top).toBeGreaterThan(40);
    expect(series?.bottom).toBeGreaterThan(30);
  });
});
