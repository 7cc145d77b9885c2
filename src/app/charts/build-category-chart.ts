import type { Unit } from "../../schema/vocabulary";
import { GRID_COLOR, MUTED_TEXT_COLOR } from "../theme";
import type { Lang } from "../view-props";
import type { BarSeriesOption, ChartOption, LineSeriesOption } from "./chart-option";
import type { ChartPoint } from "./chart-point";
import { type ChartKind, describeChart } from "./describe-chart";
import { escapeHtml, formatPoint, tooltipLine } from "./format-tooltip";
import { formatAxisNumber, valueScale } from "./value-scale";
import { withAria } from "./with-aria";

export interface CategorySeries {
  name: string;
  color: string;
  /** One entry per category; undefined where nothing was reported (a gap, never a zero). */
  points: readonly (ChartPoint | undefined)[];
  type?: "bar" | "line";
}

export interface CategoryChartInput {
  /** Title for the aria description. */
  title: string;
  categories: readonly string[];
  series: readonly CategorySeries[];
  unit: Unit;
  lang: Lang;
  /** Horizontal bars (categories down the side, first category on top). */
  horizontal?: boolean;
  /** Value labels on bars; default: on for horizontal charts with one series. */
  labels?: boolean;
  /** Colour each bar by sign (balance: surplus vs deficit). */
  signColors?: { positive: string; negative: string };
}

// A qualified figure (多, 约, 不足) is drawn paler with a dashed outline, so a
// bound or an estimate does not look as solid as an exact figure.
const QUALIFIED_BAR = { opacity: 0.55, borderType: "dashed", borderWidth: 1.5 } as const;

/**
 * The common shape of most dashboard charts: categories (periods or regions)
 * against one value axis in one unit, with bar or line series. Values are
 * scaled for the axis (亿元, bn), labels and tooltips keep the qualifier.
 */
export function buildCategoryChart(input: CategoryChartInput): ChartOption {
  const { categories, series, unit, lang, horizontal = false, signColors } = input;
  const maxAbs = Math.max(0, ...series.flatMap((s) => s.points.map((p) => (p ? Math.abs(p.value) : 0))));
  const scale = valueScale(unit, maxAbs, lang);
  const showLabels = input.labels ?? (horizontal && series.length === 1);

  const valueAxis = {
    type: "value" as const,
    name: scale.label,
    // Beside horizontal bars the unit goes under the axis, where it cannot collide with the last tick.
    ...(horizontal ? { nameLocation: "middle" as const, nameGap: 28 } : {}),
    nameTextStyle: { color: MUTED_TEXT_COLOR, align: horizontal ? ("center" as const) : ("left" as const) },
    axisLabel: { formatter: (v: number) => formatAxisNumber(v, lang), hideOverlap: true },
    splitLine: { lineStyle: { color: GRID_COLOR, type: "dashed" as const } },
  };
  const categoryAxis = {
    type: "category" as const,
    data: [...categories],
    inverse: horizontal,
    axisLabel: { hideOverlap: true, ...(horizontal ? { width: 120, overflow: "truncate" as const } : {}) },
    axisTick: { alignWithLabel: true },
  };

  const chartSeries = series.map((s): BarSeriesOption | LineSeriesOption => {
    const data = s.points.map((p) => {
      if (!p) return { value: null as unknown as number };
      const color = signColors ? (p.value < 0 ? signColors.negative : signColors.positive) : s.color;
      const qualified = p.qualifier !== "exact" || p.derivedNote !== undefined;
      return {
        value: p.value / scale.divisor,
        itemStyle: { color, ...(qualified && s.type !== "line" ? { ...QUALIFIED_BAR, borderColor: color } : {}) },
        ...(qualified && s.type === "line" ? { symbol: "emptyCircle", symbolSize: 9 } : {}),
      };
    });
    const label = {
      show: showLabels,
      position: horizontal ? ("right" as const) : ("top" as const),
      fontSize: 11,
      formatter: (params: { dataIndex: number }) => {
        const p = s.points[params.dataIndex];
        return p ? formatPoint(p, lang) : "";
      },
    };
    if (s.type === "line") {
      return {
        type: "line",
        name: s.name,
        data,
        itemStyle: { color: s.color },
        lineStyle: { color: s.color, width: 2 },
        // Filled dots for exact figures; qualified ones get a hollow dot (set per point).
        symbol: "circle",
        symbolSize: 7,
        connectNulls: false,
        label,
      };
    }
    return {
      type: "bar",
      name: s.name,
      data,
      itemStyle: { color: s.color },
      barMaxWidth: 36,
      label,
    };
  });

  const tooltipFormatter = (params: unknown) => {
    const list = (Array.isArray(params) ? params : [params]) as {
      dataIndex: number;
      seriesIndex: number;
      marker?: string;
    }[];
    const first = list[0];
    if (!first) return "";
    const category = categories[first.dataIndex] ?? "";
    const lines = series.map((s, i) =>
      tooltipLine(s.name, s.points[first.dataIndex], lang, list.find((p) => p.seriesIndex === i)?.marker ?? ""),
    );
    return [`<b>${escapeHtml(category)}</b>`, ...lines].join("<br/>");
  };

  const kind: ChartKind = series.every((s) => s.type === "line")
    ? "line"
    : series.some((s) => s.type === "line")
      ? "mixed"
      : "bar";
  const description = describeChart(
    kind,
    input.title,
    series.map((s) => ({
      name: s.name,
      points: categories.map((c, i) => {
        const p = s.points[i];
        return { label: c, value: p ? formatPoint(p, lang) : null };
      }),
    })),
    lang,
  );

  const option: ChartOption = {
    color: series.map((s) => s.color),
    legend: {},
    // Value labels beside horizontal bars sit outside the plot: leave them room.
    ...(horizontal && showLabels ? { grid: { right: 104 } } : {}),
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, formatter: tooltipFormatter, confine: true },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: chartSeries,
  };
  return withAria(option, description);
}
