import type { IndicatorRecord } from "../../schema/dataset";
import type { Qualifier } from "../../schema/vocabulary";
import type { Lang } from "../view-props";
import { formatByUnit } from "./format-number";

/**
 * Wraps a formatted number in its qualifier so an approximate or bounded
 * figure never reads as exact: "50%以上", "约3.2万", "more than 50%".
 */
export function applyQualifier(formatted: string, qualifier: Qualifier, lang: Lang): string {
  switch (qualifier) {
    case "exact":
      return formatted;
    case "more_than":
      return lang === "zh" ? `${formatted}以上` : `more than ${formatted}`;
    case "less_than":
      return lang === "zh" ? `不足${formatted}` : `less than ${formatted}`;
    case "about":
      return lang === "zh" ? `约${formatted}` : `about ${formatted}`;
  }
}

/** The normalised value of a record, formatted for its unit and qualifier. */
export function formatRecordValue(
  record: Pick<IndicatorRecord, "value" | "unit" | "qualifier" | "measure">,
  lang: Lang,
): string {
  const signed = record.measure === "growth";
  return applyQualifier(formatByUnit(record.value, record.unit, lang, { signed }), record.qualifier, lang);
}
