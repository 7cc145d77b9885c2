import { MUTED_TEXT_COLOR, TEXT_COLOR } from "../theme";
import type { ChartContext } from "./chart-context";
import type { ChartOption } from "./chart-option";
import { estimateTextLines, estimateTextWidth } from "./estimate-text-lines";

const PAD = 16;
const TITLE_SIZE = 16;
const TITLE_LINE = 22;
const SUB_SIZE = 12;
const SUB_LINE = 17;
const FOOT_SIZE = 11;
const FOOT_LINE = 15;
const LEGEND_ROW = 24;
/** Room for a value axis name above the plot. */
const AXIS_NAME_ROOM = 26;

export const CHART_FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

function legendNames(option: ChartOption): string[] {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return series.map((s) => (typeof s.name === "string" ? s.name : "")).filter((n) => n !== "");
}

/** Height the title block (title + subtitle) takes at this width. */
export function headerHeight(context: ChartContext, width: number): number {
  const inner = width - 2 * PAD;
  const titleLines = estimateTextLines(context.title, TITLE_SIZE, inner);
  const subLines = context.subtitle ? estimateTextLines(context.subtitle, SUB_SIZE, inner) : 0;
  return PAD + titleLines * TITLE_LINE + (subLines > 0 ? 4 + subLines * SUB_LINE : 0) + 8;
}

function footerText(context: ChartContext): string {
  return [context.source, context.footer].filter((s): s is string => Boolean(s)).join("\n");
}

function layoutFor(option: ChartOption, context: ChartContext, width: number) {
  const inner = Math.max(width - 2 * PAD, 120);
  const top = headerHeight(context, width);
  const names = legendNames(option);
  const hasLegend = option.legend !== undefined && names.length > 1;
  const legendWidth = names.reduce((w, n) => w + estimateTextWidth(n, 12) + 40, 0);
  const legendRows = hasLegend ? Math.max(1, Math.ceil(legendWidth / inner)) : 0;
  const foot = footerText(context);
  const footLines = estimateTextLines(foot, FOOT_SIZE, inner);
  const bottom = footLines > 0 ? PAD + footLines * FOOT_LINE + 12 : PAD;
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const hasMap = series.some((s) => s.type === "map");
  const gridTop = hasMap ? top + 8 : top + legendRows * LEGEND_ROW + AXIS_NAME_ROOM;
  // A unit named under a horizontal value axis needs its own line above the footer.
  const xAxis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
  const unitBelow = xAxis !== undefined && "nameLocation" in xAxis && xAxis.nameLocation === "middle";
  const gridBottom = bottom + (unitBelow ? 26 : 0);
  return { inner, top, hasLegend, foot, bottom, gridTop, gridBottom };
}

/**
 * Adds the chart's own context to an option built by one of the builders:
 * title and subtitle at the top, legend under them, the source line and
 * footer at the bottom, and a grid that leaves room for all of it at the
 * given width. Pure, so the export code can call it again at a slide size.
 */
export function withChartContext(option: ChartOption, context: ChartContext, width: number): ChartOption {
  const { inner, top, hasLegend, foot, bottom, gridTop, gridBottom } = layoutFor(option, context, width);

  const grid = Array.isArray(option.grid) ? option.grid : [option.grid ?? {}];
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const hasMap = series.some((s) => s.type === "map");
  // A map has no grid: its box is set on the series itself, below the header
  // and above the footer, with room on the left for the colour scale; the
  // province keeps its shape inside that box (never stretched to fill it).
  const laidSeries = hasMap
    ? series.map((s) =>
        s.type === "map"
          ? { ...s, top: top + 8, bottom: bottom + 4, left: PAD + 72, right: PAD, preserveAspect: "contain" as const }
          : s,
      )
    : option.series;
  const visualMap = Array.isArray(option.visualMap) ? option.visualMap[0] : option.visualMap;
  return {
    ...option,
    ...(laidSeries ? { series: laidSeries } : {}),
    ...(visualMap ? { visualMap: { ...visualMap, bottom: bottom + 4 } } : {}),
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: CHART_FONT_FAMILY, color: TEXT_COLOR },
    title: {
      id: "zb-title",
      text: context.title,
      subtext: context.subtitle ?? "",
      left: PAD,
      top: PAD - 4,
      itemGap: 4,
      textStyle: {
        fontSize: TITLE_SIZE,
        fontWeight: 600,
        color: TEXT_COLOR,
        width: inner,
        overflow: "break",
        lineHeight: TITLE_LINE,
      },
      subtextStyle: {
        fontSize: SUB_SIZE,
        color: MUTED_TEXT_COLOR,
        width: inner,
        overflow: "break",
        lineHeight: SUB_LINE,
      },
    },
    ...(hasLegend
      ? {
          legend: {
            ...(Array.isArray(option.legend) ? option.legend[0] : option.legend),
            type: "plain",
            top,
            left: PAD,
            right: PAD,
            itemGap: 14,
            textStyle: { fontSize: 12 },
          },
        }
      : { legend: { show: false } }),
    ...(hasMap
      ? {}
      : {
          grid: grid.map((g) => ({
            left: PAD,
            right: PAD + 8,
            ...g,
            top: gridTop,
            bottom: gridBottom,
            containLabel: true,
          })),
        }),
    graphic: [
      {
        type: "text",
        id: "zb-footer",
        left: PAD,
        bottom: PAD - 4,
        silent: true,
        style: {
          text: foot,
          fontSize: FOOT_SIZE,
          lineHeight: FOOT_LINE,
          fill: MUTED_TEXT_COLOR,
          width: inner,
          overflow: "break",
        },
      },
    ],
  };
}

/** Smallest sensible chart height for this context and width: room for the plot after the header and footer. */
export function chartHeightFor(option: ChartOption, context: ChartContext, width: number, plotHeight: number): number {
  const { gridTop, gridBottom } = layoutFor(option, context, width);
  return Math.round(gridTop + gridBottom + plotHeight);
}
