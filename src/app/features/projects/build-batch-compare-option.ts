import type { IndicatorRecord, Period } from "../../../schema/dataset";
import { buildCategoryChart } from "../../charts/build-category-chart";
import type { ChartOption } from "../../charts/chart-option";
import { pointOf } from "../../charts/chart-point";
import { comparableRegions } from "../../charts/comparable-regions";
import { pickByKey } from "../../charts/pick-record";
import { regionKey } from "../../data/region-hierarchy";
import { compareZh } from "../../format/compare-zh";
import { periodKey, periodSortValue } from "../../format/format-period";
import { indicatorLabel } from "../../i18n/labels";
import { regionName } from "../../i18n/region-name";
import type { Lang } from "../../view-props";
import { PROJECT_STAGES, type ProjectMeasure, type ProjectStage, STAGE_IDS } from "./project-stages";

export interface BatchCompareInput {
  records: readonly IndicatorRecord[];
  /** periodKey of the batch compared ("2023-b4"). */
  period: string;
  measure: ProjectMeasure;
  /** The stage regions are sorted by, largest first. */
  sortBy: ProjectStage;
  lang: Lang;
  title: string;
}

function stageRecords(records: readonly IndicatorRecord[], measure: ProjectMeasure): IndicatorRecord[] {
  return records.filter(
    (r) =>
      r.measure === measure &&
      STAGE_IDS.includes(r.indicator) &&
      !r.partner &&
      !r.entity &&
      r.region.level !== "country",
  );
}

/** The batches that can be compared across regions, latest first, with how many regions report each. */
export function comparablePeriods(
  records: readonly IndicatorRecord[],
  measure: ProjectMeasure,
): { key: string; period: Period; regions: number }[] {
  const byPeriod = new Map<string, { period: Period; regions: Set<string> }>();
  for (const r of stageRecords(records, measure)) {
    const key = periodKey(r.period);
    const entry = byPeriod.get(key) ?? { period: r.period, regions: new Set<string>() };
    entry.regions.add(regionKey(r.region));
    byPeriod.set(key, entry);
  }
  return [...byPeriod.entries()]
    .map(([key, e]) => ({ key, period: e.period, regions: e.regions.size }))
    .sort((a, b) => periodSortValue(b.period) - periodSortValue(a.period));
}

/**
 * One batch across regions: horizontal bars per region for the three
 * stages, regions sorted by the chosen stage (largest on top, regions that
 * did not report that stage last).
 */
export function buildBatchCompareOption({
  records,
  period,
  measure,
  sortBy,
  lang,
  title,
}: BatchCompareInput): ChartOption {
  const inPeriod = comparableRegions(stageRecords(records, measure).filter((r) => periodKey(r.period) === period));
  const unit = inPeriod.find((r) => r.unit !== "item")?.unit ?? (measure === "count" ? "item" : "CNY");
  const same = inPeriod.filter((r) => r.unit === unit);
  const picked = pickByKey(same, (r) => `${r.indicator}|${regionKey(r.region)}`);
  const regions = new Map<string, string>();
  for (const r of same) regions.set(regionKey(r.region), regionName(r.region.name, r.region.level, lang));
  const sortValue = (key: string) => picked.get(`${sortBy}|${key}`)?.value ?? Number.NEGATIVE_INFINITY;
  const order = [...regions.keys()].sort(
    (a, b) => sortValue(b) - sortValue(a) || compareZh(regions.get(a) ?? "", regions.get(b) ?? ""),
  );
  return buildCategoryChart({
    title,
    lang,
    unit,
    horizontal: true,
    labels: false,
    categories: order.map((k) => regions.get(k) ?? k),
    series: PROJECT_STAGES.map((stage) => ({
      name: indicatorLabel(stage.indicator, lang),
      color: stage.color,
      points: order.map((k) => {
        const r = picked.get(`${stage.indicator}|${k}`);
        return r ? pointOf(r) : undefined;
      }),
    })),
  });
}
