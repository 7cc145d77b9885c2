import type { Lang } from "../view-props";

export interface DescribedPoint {
  label: string;
  /** Formatted value with its qualifier, or null where nothing was reported. */
  value: string | null;
}

export interface DescribedSeries {
  name: string;
  points: readonly DescribedPoint[];
}

export type ChartKind = "bar" | "line" | "map" | "mixed";

const KIND: Record<ChartKind, Record<Lang, string>> = {
  bar: { zh: "柱状图", en: "Bar chart" },
  line: { zh: "折线图", en: "Line chart" },
  map: { zh: "地图", en: "Map" },
  mixed: { zh: "组合图", en: "Chart" },
};

/**
 * The text a screen reader hears for a chart (ECharts `aria.label.description`):
 * what kind of chart, its title, then each series with its reported values in
 * order, gaps said as such. Long series are cut after `maxPoints` with a count
 * of what is left, so the description stays listenable.
 */
export function describeChart(
  kind: ChartKind,
  title: string,
  series: readonly DescribedSeries[],
  lang: Lang,
  maxPoints = 12,
): string {
  const zh = lang === "zh";
  if (series.every((s) => s.points.every((p) => p.value === null))) {
    return zh ? `${KIND[kind].zh}：${title}。没有数据。` : `${KIND[kind].en}: ${title}. No data.`;
  }
  const parts = series.map((s) => {
    const shown = s.points.slice(0, maxPoints).map((p) => {
      const value = p.value ?? (zh ? "未报道" : "not reported");
      return zh ? `${p.label} ${value}` : `${p.label} ${value}`;
    });
    const rest = s.points.length - shown.length;
    const tail = rest > 0 ? (zh ? `，另有${rest}项` : `, and ${rest} more`) : "";
    return zh ? `${s.name}：${shown.join("，")}${tail}` : `${s.name}: ${shown.join(", ")}${tail}`;
  });
  return zh ? `${KIND[kind].zh}：${title}。${parts.join("；")}。` : `${KIND[kind].en}: ${title}. ${parts.join("; ")}.`;
}
