import type { Period } from "../../schema/dataset";
import type { Lang } from "../view-props";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const QUARTERS_ZH = ["一", "二", "三", "四"];

function monthEn(m: number): string {
  return MONTHS_EN[m - 1] ?? String(m);
}

/** A period in words built from its fields, so both languages agree: 2022年第1批 / 2022, batch 1. */
export function formatPeriod(period: Period, lang: Lang): string {
  const { year } = period;
  if (lang === "zh") {
    if (period.batch !== undefined) return `${year}年第${period.batch}批`;
    if (period.quarter !== undefined) return `${year}年${QUARTERS_ZH[period.quarter - 1]}季度`;
    if (period.months) return `${year}年${period.months[0]}–${period.months[1]}月`;
    if (period.month !== undefined) return `${year}年${period.month}月`;
    return `${year}年`;
  }
  if (period.batch !== undefined) return `${year}, batch ${period.batch}`;
  if (period.quarter !== undefined) return `Q${period.quarter} ${year}`;
  if (period.months) return `${monthEn(period.months[0])}–${monthEn(period.months[1])} ${year}`;
  if (period.month !== undefined) return `${monthEn(period.month)} ${year}`;
  return String(year);
}

/** What kind of period this is; series of different kinds are never joined on one line. */
export type PeriodKind = "year" | "batch" | "quarter" | "months" | "month";

export function periodKind(period: Period): PeriodKind {
  if (period.batch !== undefined) return "batch";
  if (period.quarter !== undefined) return "quarter";
  if (period.months) return "months";
  if (period.month !== undefined) return "month";
  return "year";
}

/** Stable key identifying a period (for grouping and URL use). */
export function periodKey(period: Period): string {
  switch (periodKind(period)) {
    case "batch":
      return `${period.year}-b${period.batch}`;
    case "quarter":
      return `${period.year}-q${period.quarter}`;
    case "months":
      return `${period.year}-m${period.months?.[0]}-${period.months?.[1]}`;
    case "month":
      return `${period.year}-m${period.month}`;
    case "year":
      return `${period.year}`;
  }
}

/**
 * Sort key: later periods sort higher. A period is placed by its last month;
 * batches (which carry no month) order by number within their year; a whole
 * year sorts after all its parts.
 */
export function periodSortValue(period: Period): number {
  const base = period.year * 1000;
  switch (periodKind(period)) {
    case "batch":
      return base + (period.batch ?? 0);
    case "quarter":
      return base + (period.quarter ?? 0) * 30;
    case "months":
      return base + (period.months?.[1] ?? 0) * 10;
    case "month":
      return base + (period.month ?? 0) * 10;
    case "year":
      return base + 999;
  }
}
