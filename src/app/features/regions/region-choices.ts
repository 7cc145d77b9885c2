import type { IndicatorRecord, Period } from "../../../schema/dataset";
import { INDICATORS, type IndicatorId, MEASURES, type MeasureId } from "../../../schema/vocabulary";
import { regionKey } from "../../data/region-hierarchy";
import { periodKey, periodSortValue } from "../../format/format-period";

/** Records a region comparison can use: headline figures, no partner or entity breakdowns. */
export function comparisonRecords(records: readonly IndicatorRecord[]): IndicatorRecord[] {
  return records.filter((r) => !r.partner && !r.entity && r.region.level !== "country" && r.measure !== "rank");
}

export interface ComparisonSelection {
  indicator: IndicatorId;
  measure: MeasureId;
  period: string;
}

export interface PeriodChoice {
  key: string;
  period: Period;
  regions: number;
}

/** Indicators with data, in vocabulary order. */
export function indicatorChoices(records: readonly IndicatorRecord[]): IndicatorId[] {
  const present = new Set(records.map((r) => r.indicator));
  return INDICATORS.filter((i) => present.has(i));
}

export function measureChoices(records: readonly IndicatorRecord[], indicator: IndicatorId): MeasureId[] {
  const present = new Set(records.filter((r) => r.indicator === indicator).map((r) => r.measure));
  return MEASURES.filter((m) => present.has(m));
}

/** Periods of an indicator and measure, those that most regions report first, then latest first. */
export function periodChoices(
  records: readonly IndicatorRecord[],
  indicator: IndicatorId,
  measure: MeasureId,
): PeriodChoice[] {
  const byKey = new Map<string, { period: Period; regions: Set<string> }>();
  for (const r of records) {
    if (r.indicator !== indicator || r.measure !== measure) continue;
    const key = periodKey(r.period);
    const e = byKey.get(key) ?? { period: r.period, regions: new Set<string>() };
    e.regions.add(regionKey(r.region));
    byKey.set(key, e);
  }
  return [...byKey.entries()]
    .map(([key, e]) => ({ key, period: e.period, regions: e.regions.size }))
    .sort((a, b) => b.regions - a.regions || periodSortValue(b.period) - periodSortValue(a.period));
}

/**
 * The default comparison: the indicator, measure and period that the most
 * regions report, so the first chart a reader sees compares as many places
 * as the data allows.
 */
export function defaultSelection(records: readonly IndicatorRecord[]): ComparisonSelection | null {
  let best: { sel: ComparisonSelection; regions: number } | null = null;
  for (const indicator of indicatorChoices(records)) {
    for (const measure of measureChoices(records, indicator)) {
      const top = periodChoices(records, indicator, measure)[0];
      if (top && (!best || top.regions > best.regions))
        best = { sel: { indicator, measure, period: top.key }, regions: top.regions };
    }
  }
  return best?.sel ?? null;
}

/** Resolves a possibly stale selection against what the records offer. */
export function resolveSelection(
  records: readonly IndicatorRecord[],
  wanted: Partial<ComparisonSelection>,
): ComparisonSelection | null {
  const fallback = defaultSelection(records);
  if (!fallback) return null;
  const indicators = indicatorChoices(records);
  const indicator = wanted.indicator && indicators.includes(wanted.indicator) ? wanted.indicator : fallback.indicator;
  const measures = measureChoices(records, indicator);
  const measure =
    wanted.measure && measures.includes(wanted.measure)
      ? wanted.measure
      : indicator === fallback.indicator
        ? fallback.measure
        : (measures[0] ?? fallback.measure);
  const periods = periodChoices(records, indicator, measure);
  const period =
    wanted.period && periods.some((p) => p.key === wanted.period) ? wanted.period : (periods[0]?.key ?? "");
  return { indicator, measure, period };
}

/** The records of one selection. */
export function selectedRecords(records: readonly IndicatorRecord[], sel: ComparisonSelection): IndicatorRecord[] {
  return records.filter(
    (r) => r.indicator === sel.indicator && r.measure === sel.measure && periodKey(r.period) === sel.period,
  );
}
