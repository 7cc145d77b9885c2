import type { ChartOption } from "./chart-option";

// Room the axis labels of a category chart take outside its plot, worked out
// before ECharts draws. With `containLabel` (and ECharts 6's default outer
// bounds) ECharts lays every axis label out twice, once to estimate the
// room and once to draw: a third of a chart's first setOption. Given the
// room, the grid is placed exactly and the labels are laid out once.

/** Pixels to add outside the plot on each side. */
export interface AxisLabelRoom {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Width of a label's text in the axis label font. */
export type MeasureLabel = (text: string) => number;

/** ECharts' default gap between an axis line and its labels. */
const LABEL_MARGIN = 8;
/** Height of a 12 px axis label. */
const LABEL_HEIGHT = 12;
/** ECharts' default number of intervals on a value axis. */
const SPLIT_NUMBER = 5;

interface AxisView {
  type?: string;
  data?: unknown[];
  axisLabel?: { formatter?: unknown; width?: number; show?: boolean };
}

const first = <T>(value: T | T[] | undefined): T | undefined => (Array.isArray(value) ? value[0] : value);

/** The "nice" step ECharts rounds an interval to (1, 2, 3, 5 or 10 times a power of ten). */
export function niceStep(value: number): number {
  if (!(value > 0)) return 1;
  const exponent = Math.floor(Math.log10(value));
  const power = 10 ** exponent;
  const f = value / power;
  const nf = f < 1.5 ? 1 : f < 2.5 ? 2 : f < 4 ? 3 : f < 7 ? 5 : 10;
  return Number((nf * power).toFixed(Math.max(0, -exponent)));
}

/** Tick values of a value axis over the data (always including zero), as ECharts picks them by default. */
export function valueTicks(values: readonly number[]): number[] {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  const step = niceStep((max - min || 1) / SPLIT_NUMBER);
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= Math.ceil(max / step) * step + step / 2; v += step) {
    ticks.push(Number(v.toFixed(digits)));
  }
  return ticks;
}

function seriesValues(option: ChartOption): number[] {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  const values: number[] = [];
  for (const s of series) {
    for (const item of (s as { data?: unknown[] }).data ?? []) {
      const v = typeof item === "object" && item !== null ? (item as { value?: unknown }).value : item;
      if (typeof v === "number" && Number.isFinite(v)) values.push(v);
    }
  }
  return values;
}

function labelWidths(axis: AxisView, texts: readonly string[], measure: MeasureLabel): number {
  if (axis.axisLabel?.show === false) return 0;
  const widest = Math.max(0, ...texts.map(measure));
  // A label given a width is cut to it (overflow: "truncate").
  return axis.axisLabel?.width !== undefined ? Math.min(widest, axis.axisLabel.width) : widest;
}

/**
 * The room for one category axis and one value axis, either way round
 * (vertical bars: categories along the bottom; horizontal bars: down the
 * left). Null for an option without such a pair (a map), which keeps
 * ECharts' own measuring.
 */
export function axisLabelRoom(option: ChartOption, measure: MeasureLabel): AxisLabelRoom | null {
  const x = first(option.xAxis) as AxisView | undefined;
  const y = first(option.yAxis) as AxisView | undefined;
  if (!x || !y) return null;
  const horizontal = y.type === "category" && x.type === "value";
  if (!horizontal && !(x.type === "category" && y.type === "value")) return null;
  const [category, value] = horizontal ? [y, x] : [x, y];

  const format = value.axisLabel?.formatter;
  const label = (v: number) =>
    typeof format === "function" ? String((format as (value: number, index: number) => unknown)(v, 0)) : String(v);
  const valueWidth = labelWidths(value, valueTicks(seriesValues(option)).map(label), measure);
  const categories = (category.data ?? []).map((c) => String(c));

  if (horizontal) {
    const categoryWidth = labelWidths(category, categories, measure);
    return {
      left: categoryWidth > 0 ? categoryWidth + LABEL_MARGIN : 0,
      // The last value label is centred on the end of the axis.
      right: valueWidth / 2,
      top: 0,
      bottom: valueWidth > 0 ? LABEL_HEIGHT + LABEL_MARGIN : 0,
    };
  }
  const hasCategoryLabels = category.axisLabel?.show !== false && categories.length > 0;
  return {
    left: valueWidth > 0 ? valueWidth + LABEL_MARGIN : 0,
    right: 0,
    // The top value label is centred on the top of the axis.
    top: valueWidth > 0 ? LABEL_HEIGHT / 2 : 0,
    bottom: hasCategoryLabels ? LABEL_HEIGHT + LABEL_MARGIN : 0,
  };
}
