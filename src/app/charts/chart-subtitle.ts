import type { Filters, Lang } from "../view-props";

/** The subtitle a chart carries: its region and period, then any sector filter in force. */
export function chartSubtitle(parts: readonly (string | undefined)[], filters: Filters, lang: Lang): string {
  const out = parts.filter((p): p is string => Boolean(p));
  if (filters.sectors.length > 0) {
    out.push(lang === "zh" ? `行业：${filters.sectors.join("、")}` : `Sectors: ${filters.sectors.join(", ")}`);
  }
  return out.join(" · ");
}
