import type { Unit } from "../../schema/vocabulary";
import type { Lang } from "../view-props";
import { intlLocale } from "./locale";

// Numbers as readers expect them: Chinese readers count in 万 and 亿
// (1852.35亿元, 3.2万); English readers in thousands, millions, billions
// (CNY 185.2 bn). Everything goes through Intl so grouping, digits and
// compact suffixes come from CLDR rather than hand-written tables.

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let nf = cache.get(key);
  if (!nf) {
    nf = new Intl.NumberFormat(locale, options);
    cache.set(key, nf);
  }
  return nf;
}

/** Compact number with a space before an English suffix: 185.2 bn, 59.9 m, 3.2万. */
export function formatCompact(value: number, lang: Lang): string {
  const abs = Math.abs(value);
  if (lang === "zh") {
    if (abs < 10_000) return numberFormat("zh-CN", { maximumFractionDigits: 2, useGrouping: false }).format(value);
    return numberFormat("zh-CN", { notation: "compact", maximumFractionDigits: 2 }).format(value);
  }
  if (abs < 1_000_000) return numberFormat("en-GB", { maximumFractionDigits: 2 }).format(value);
  const parts = numberFormat("en-GB", {
    notation: "compact",
    maximumFractionDigits: 1,
    maximumSignificantDigits: 3,
    roundingPriority: "morePrecision",
  }).formatToParts(value);
  return parts.map((p) => (p.type === "compact" ? ` ${p.value}` : p.value)).join("");
}

/** Money in base units: 185235000000 CNY → "1852.35亿元" / "CNY 185.2 bn". */
export function formatMoney(value: number, currency: "CNY" | "USD", lang: Lang): string {
  if (lang === "zh") return `${formatCompact(value, "zh")}${currency === "CNY" ? "元" : "美元"}`;
  return `${currency} ${formatCompact(value, "en")}`;
}

/** A whole count: 347 / 3.2万 / 32,000. */
export function formatCount(value: number, lang: Lang): string {
  if (lang === "zh") return formatCompact(value, "zh");
  return numberFormat("en-GB", { maximumFractionDigits: 0 }).format(value);
}

/**
 * A percentage as reported (one or two decimals kept, none added): 52.9%.
 * Growth carries an explicit sign so a fall is never mistaken for a level.
 */
export function formatPercent(value: number, lang: Lang, options: { signed?: boolean } = {}): string {
  const nf = numberFormat(intlLocale(lang), {
    maximumFractionDigits: 2,
    signDisplay: options.signed ? "exceptZero" : "auto",
  });
  return `${nf.format(value)}%`;
}

export function formatRank(value: number, lang: Lang): string {
  return lang === "zh" ? `第${value}` : `#${value}`;
}

/** Plain full-precision number for tables and CSV-like contexts: 185,235,000,000. */
export function formatPlain(value: number, lang: Lang): string {
  return numberFormat(intlLocale(lang), { maximumFractionDigits: 4 }).format(value);
}

/** Any value by its unit; `signed` for growth. */
export function formatByUnit(value: number, unit: Unit, lang: Lang, options: { signed?: boolean } = {}): string {
  switch (unit) {
    case "CNY":
    case "USD":
      return formatMoney(value, unit, lang);
    case "percent":
      return formatPercent(value, lang, options);
    case "rank":
      return formatRank(value, lang);
    case "item":
      return formatCount(value, lang);
  }
}
