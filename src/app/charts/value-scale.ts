import type { Unit } from "../../schema/vocabulary";
import type { Lang } from "../view-props";

/** How a value axis shows numbers: plotted value = base value / divisor, named by `label`. */
export interface ValueScale {
  divisor: number;
  /** Axis name: "亿元", "万美元", "CNY bn", "个", "%". */
  label: string;
}

/**
 * Picks the axis unit from the largest magnitude shown, so axis labels stay
 * short (1,852 亿元 rather than 185,235,000,000 元). Chinese counts money in
 * 万 and 亿, English in millions and billions.
 */
export function valueScale(unit: Unit, maxAbs: number, lang: Lang): ValueScale {
  if (unit === "CNY" || unit === "USD") {
    if (lang === "zh") {
      const money = unit === "CNY" ? "元" : "美元";
      if (maxAbs >= 1e8) return { divisor: 1e8, label: `亿${money}` };
      if (maxAbs >= 1e4) return { divisor: 1e4, label: `万${money}` };
      return { divisor: 1, label: money };
    }
    if (maxAbs >= 1e9) return { divisor: 1e9, label: `${unit} bn` };
    if (maxAbs >= 1e6) return { divisor: 1e6, label: `${unit} m` };
    return { divisor: 1, label: unit };
  }
  if (unit === "percent") return { divisor: 1, label: "%" };
  if (unit === "rank") return { divisor: 1, label: lang === "zh" ? "名次" : "rank" };
  return { divisor: 1, label: lang === "zh" ? "个" : "count" };
}

// One formatter per language, made on first use: ECharts formats every tick
// label of every axis through this, and building an Intl.NumberFormat each
// time was ~15 ms of a chart's first draw.
const axisFormats = new Map<Lang, Intl.NumberFormat>();

/** Axis tick label: grouped digits, at most two decimals. */
export function formatAxisNumber(value: number, lang: Lang): string {
  let format = axisFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-GB", { maximumFractionDigits: 2 });
    axisFormats.set(lang, format);
  }
  return format.format(value);
}
