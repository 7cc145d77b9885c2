import { formatRecordValue } from "../format/format-value";
import type { Lang } from "../view-props";
import type { ChartPoint } from "./chart-point";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** A point's value as readers should see it: with its qualifier, never falsely exact ("50%以上"). */
export function formatPoint(point: ChartPoint, lang: Lang): string {
  return formatRecordValue(point, lang);
}

/**
 * One tooltip line: the normalised value with its qualifier, then the words
 * of the report when they differ ("原文：五成多"), or why the value is derived.
 * ECharts renders tooltips as HTML, so all text is escaped.
 */
export function tooltipLine(seriesName: string, point: ChartPoint | undefined, lang: Lang, marker = ""): string {
  const sep = lang === "zh" ? "：" : ": ";
  if (!point) return `${marker}${escapeHtml(seriesName)}${sep}${lang === "zh" ? "未报道" : "not reported"}`;
  const value = formatPoint(point, lang);
  let note = "";
  if (point.derivedNote) note = lang === "zh" ? `（${point.derivedNote}）` : ` (${point.derivedNote})`;
  else if (point.written && point.written !== value) {
    note = lang === "zh" ? `（原文：${point.written}）` : ` (as written: ${point.written})`;
  }
  return `${marker}${escapeHtml(seriesName)}${sep}<b>${escapeHtml(value)}</b>${escapeHtml(note)}`;
}
