import type { IndicatorRecord } from "../../schema/dataset";
import type { Lang } from "../view-props";

/**
 * The breakdown a figure belongs to (partner, entity, field of a share or rank),
 * so two figures of one region and period can be told apart: "RCEP", "占山西省".
 */
export function formatDimensions(
  record: Pick<IndicatorRecord, "partner" | "entity" | "of" | "among">,
  lang: Lang,
): string {
  const parts: string[] = [];
  if (record.partner) parts.push(record.partner);
  if (record.entity) parts.push(record.entity);
  if (record.of) parts.push(lang === "zh" ? `占${record.of}` : `of ${record.of}`);
  if (record.among) parts.push(lang === "zh" ? `在${record.among}中` : `among ${record.among}`);
  return parts.join(" · ");
}
