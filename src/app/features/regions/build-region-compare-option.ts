import type { IndicatorRecord } from "../../../schema/dataset";
import type { IndicatorId } from "../../../schema/vocabulary";
import { buildCategoryChart } from "../../charts/build-category-chart";
import type { ChartOption } from "../../charts/chart-option";
import { pointOf } from "../../charts/chart-point";
import { comparableRegions } from "../../charts/comparable-regions";
import { pickByKey } from "../../charts/pick-record";
import { regionKey } from "../../data/region-hierarchy";
import { compareZh } from "../../format/compare-zh";
import { indicatorLabel, measureLabel } from "../../i18n/labels";
import { regionName } from "../../i18n/region-name";
import { INDICATOR_COLORS } from "../../theme";
import type { Lang } from "../../view-props";

export interface RegionCompareInput {
  /** Records of one indicator, measure and period (see selectedRecords). */
  records: readonly IndicatorRecord[];
  indicator: IndicatorId;
  lang: Lang;
  title: string;
}

/** The unit most of the records use: a comparison never mixes yuan and dollars. */
export function mainUnit(records: readonly IndicatorRecord[]): IndicatorRecord["unit"] | undefined {
  const counts = new Map<IndicatorRecord["unit"], number>();
  for (const r of records) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * Regions side by side for one indicator, measure and period: horizontal
 * bars, largest on top, each labelled with its value as reported (qualifier
 * kept). Regions of comparable size only (see comparableRegions).
 */
export function buildRegionCompareOption({ records, indicator, lang, title }: RegionCompareInput): ChartOption {
  const unit = mainUnit(records) ?? "item";
  const usable = comparableRegions(records.filter((r) => r.unit === unit && !r.partner && !r.entity));
  const picked = pickByKey(usable, (r) => regionKey(r.region));
  const rows = [...picked.values()].sort((a, b) => b.value - a.value || compareZh(a.region.name, b.region.name));
  const measure = rows[0]?.measure;
  const name = measure
    ? `${indicatorLabel(indicator, lang)} · ${measureLabel(measure, lang)}`
    : indicatorLabel(indicator, lang);
  return buildCategoryChart({
    title,
    lang,
    unit,
    horizontal: true,
    labels: true,
    categories: rows.map((r) => regionName(r.region.name, r.region.level, lang)),
    series: [{ name, color: INDICATOR_COLORS[indicator], points: rows.map(pointOf) }],
  });
}
