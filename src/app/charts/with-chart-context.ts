import { MUTED_TEXT_COLOR, TEXT_COLOR } from "../theme";
import { axisLabelRoom } from "./axis-label-room";
import type { ChartContext } from "./chart-context";
import type { ChartOption } from "./chart-option";
import { estimateTextWidth } from "./estimate-text-width";
import { measureChartText } from "./measure-text";
import { wrapChartText } from "./wrap-chart-text";

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

const TITLE_FONT = `600 ${TITLE_SIZE}px ${CHART_FONT_FAMILY}`;
const SUB_FONT = `${SUB_SIZE}px ${CHART_FONT_FAMILY}`;
const FOOT_FONT = `${FOOT_SIZE}px ${CHART_FONT_FAMILY}`;
/** ECharts' default axis label font. */
const AXIS_LABEL_FONT = `12px ${CHART_FONT_FAMILY}`;

const lineCount = (text: string): number => (text === "" ? 0 : text.split("\n").length);

interface WrappedTexts {
  title: string;
  subtitle: string;
  foot: string;
}

// A card asks for its height and its option at the same width, and the
// export for both again at a slide's: texts are wrapped once per context
// and width. Contexts are memoised by the views, so the key holds.
const wrapped = new WeakMap<ChartContext, Map<number, WrappedTexts>>();

/** The chart's texts broken into lines for this inner width (see wrap-chart-text.ts). */
function wrapTexts(context: ChartContext, inner: number): WrappedTexts {
  let byWidth = wrapped.get(context);
  const known = byWidth?.get(inner);
  if (known) return known;
  const wrap = (text: string, font: string) => wrapChartText(text, inner, (t) => measureChartText(t, font).width);
  const foot = [context.source, context.footer].filter((s): s is string => Boolean(s)).join("\n");
  const texts = {
    title: wrap(context.title, TITLE_FONT),
    subtitle: wrap(context.subtitle ?? "", SUB_FONT),
    foot: wrap(foot, FOOT_FONT),
  };
  if (!byWidth) {
    byWidth = new Map();
    wrapped.set(context, byWidth);
  }
  byWidth.set(inner, texts);
  return texts;
}

function layoutFor(option: ChartOption, context: ChartContext, width: number) {
  const inner = Math.max(width - 2 * PAD, 120);
  const texts = wrapTexts(context, inner);
  const titleLines = Math.max(1, lineCount(texts.title));
  const subLines = lineCount(texts.subtitle);
  const top = PAD + titleLines * TITLE_LINE + (subLines > 0 ? 4 + subLines * SUB_LINE : 0) + 8;
  const names = legendNames(option);
  const hasLegend = option.legend !== undefined && names.length > 1;
  const legendWidth = names.reduce((w, n) => w + estimateTextWidth(n, 12) + 40, 0);
  const legendRows = hasLegend ? Math.max(1, Math.ceil(legendWidth / inner)) : 0;
  const footLines = lineCount(texts.foot);
  const bottom = footLines > 0 ? PAD + footLines * FOOT_LINE + 12 : PAD;
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const hasMap = series.some((s) => s.type === "map");
  const gridTop = hasMap ? top + 8 : top + legendRows * LEGEND_ROW + AXIS_NAME_ROOM;
  // A unit named under a horizontal value axis needs its own line above the footer.
  const xAxis = Array.isArray(option.xAxis) ? option.xAxis[0] : option.xAxis;
  const unitBelow = xAxis !== undefined && "nameLocation" in xAxis && xAxis.nameLocation === "middle";
  const gridBottom = bottom + (unitBelow ? 26 : 0);
  return { texts, top, hasLegend, bottom, gridTop, gridBottom };
}

/**
 * Adds the chart's own context to an option built by one of the builders:
 * title and subtitle at the top, legend under them, the source line and
 * footer at the bottom, and a grid that leaves room for all of it at the
 * given width. Pure, so the export code can call it again at a slide size.
 */
export function withChartContext(option: ChartOption, context: ChartContext, width: number): ChartOption {
  const { texts, top, hasLegend, bottom, gridTop, gridBottom } = layoutFor(option, context, width);

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
    // Texts come wrapped (no width or overflow here). The source line and
    // footer are a second title anchored to the bottom, so the first draw
    // needs no graphic component.
    title: [
      {
        id: "zb-title",
        text: texts.title,
        subtext: texts.subtitle,
        left: PAD,
        top: PAD - 4,
        itemGap: 4,
        textStyle: { fontSize: TITLE_SIZE, fontWeight: 600, color: TEXT_COLOR, lineHeight: TITLE_LINE },
        subtextStyle: { fontSize: SUB_SIZE, color: MUTED_TEXT_COLOR, lineHeight: SUB_LINE },
      },
      {
        id: "zb-footer",
        text: texts.foot,
        left: PAD,
        bottom: PAD - 4,
        padding: 0,
        textStyle: { fontSize: FOOT_SIZE, fontWeight: "normal", color: MUTED_TEXT_COLOR, lineHeight: FOOT_LINE },
      },
    ],
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
    ...(hasMap ? {} : { grid: grid.map((g) => placeGrid(g, option, gridTop, gridBottom)) }),
  };
}

type GridOption = Exclude<NonNullable<ChartOption["grid"]>, unknown[]>;

/**
 * The plot's box, with room for the axis labels worked out here (see
 * axis-label-room.ts) rather than by ECharts' containLabel; the plot comes
 * out where containLabel put it. Options that are not one category and one
 * value axis keep containLabel.
 */
function placeGrid(g: GridOption, option: ChartOption, top: number, bottom: number): GridOption {
  const room = axisLabelRoom(option, (text) => measureChartText(text, AXIS_LABEL_FONT).width);
  if (!room) return { left: PAD, right: PAD + 8, ...g, top, bottom, containLabel: true };
  const right = typeof g.right === "number" ? g.right : PAD + 8 + room.right;
  return {
    ...g,
    left: PAD + room.left,
    right,
    top: top + room.top,
    bottom: bottom + room.bottom,
    containLabel: false,
    outerBoundsMode: "none",
  };
}

/** Smallest sensible chart height for this context and width: room for the plot after the header and footer. */
export function chartHeightFor(option: ChartOption, context: ChartContext, width: number, plotHeight: number): number {
  const { gridTop, gridBottom } = layoutFor(option, context, width);
  return Math.round(gridTop + gridBottom + plotHeight);
}
