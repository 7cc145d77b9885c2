import type { IndicatorRecord } from "../../../schema/dataset";
import { buildCategoryChart } from "../../charts/build-category-chart";
import type { ChartOption } from "../../charts/chart-option";
import { pointOf } from "../../charts/chart-point";
import { pickByKey } from "../../charts/pick-record";
import { formatPeriod, periodKey, periodSortValue } from "../../format/format-period";
import { indicatorLabel } from "../../i18n/labels";
import type { Lang } from "../../view-props";
import { PROJECT_STAGES, type ProjectMeasure, STAGE_IDS } from "./project-stages";

export interface FunnelOptionInput {
  /** Records of one region (the builder does not mix regions). */
  records: readonly IndicatorRecord[];
  measure: ProjectMeasure;
  lang: Lang;
  title: string;
}

/** The periods (batches, or whole years where no batch is given) a region's funnel runs over, in time order. */
export function funnelPeriods(
  records: readonly IndicatorRecord[],
  measure: ProjectMeasure,
): IndicatorRecord["period"][] {
  const periods = new Map<string, IndicatorRecord["period"]>();
  for (const r of records) {
    if (r.measure !== measure || !STAGE_IDS.includes(r.indicator)) continue;
    periods.set(periodKey(r.period), r.period);
  }
  return [...periods.values()].sort((a, b) => periodSortValue(a) - periodSortValue(b));
}

/**
 * 三个一批 per batch over time: for each batch (Shanxi's restart every year,
 * so the label carries the year: 2022年第1批), the signed → started →
 * producing figures side by side. One measure per chart, so counts and money
 * never share an axis. Sums over several batches (no batch number) appear as
 * their year.
 */
export function buildFunnelOption({ records, measure, lang, title }: FunnelOptionInput): ChartOption {
  const relevant = records.filter(
    (r) => r.measure === measure && STAGE_IDS.includes(r.indicator) && !r.partner && !r.entity,
  );
  const periods = funnelPeriods(relevant, measure);
  const picked = pickByKey(relevant, (r) => `${r.indicator}|${periodKey(r.period)}|${r.unit}`);
  const unit = relevant.find((r) => r.unit !== "item")?.unit ?? (measure === "count" ? "item" : "CNY");
  return buildCategoryChart({
    title,
    lang,
    unit,
    categories: periods.map((p) => formatPeriod(p, lang)),
    series: PROJECT_STAGES.map((stage) => ({
      name: indicatorLabel(stage.indicator, lang),
      color: stage.color,
      points: periods.map((p) => {
        const r = picked.get(`${stage.indicator}|${periodKey(p)}|${unit}`);
        return r ? pointOf(r) : undefined;
      }),
    })),
  });
}
