import type { IndicatorRecord, Period } from "../../../schema/dataset";
import type { IndicatorId, MeasureId } from "../../../schema/vocabulary";
import { regionKey } from "../../data/region-hierarchy";
import { periodKey, periodSortValue } from "../../format/format-period";

/**
 * The region the overview describes: the first selected region that has
 * records of its own, else the region with the most records in view.
 * `counts` (records per region key) saves a pass when the caller has them.
 */
export function pickOverviewRegion(
  records: readonly IndicatorRecord[],
  selected: readonly string[],
  counts: ReadonlyMap<string, number> = countByRegion(records),
): string | null {
  for (const k of selected) if (counts.has(k)) return k;
  let best: string | null = null;
  let bestCount = 0;
  for (const [k, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && k < best)) {
      best = k;
      bestCount = n;
    }
  }
  return best;
}

function countByRegion(records: readonly IndicatorRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) {
    const k = regionKey(r.region);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export type CardValues = Partial<Record<MeasureId, IndicatorRecord>>;

export interface LatestPeriod<K extends IndicatorId> {
  period: Period;
  cards: Record<K, CardValues>;
}

export const PROJECT_CARDS = ["projects.signed", "projects.started", "projects.producing"] as const;
export const TRADE_CARDS = ["trade.total", "trade.export", "trade.import", "trade.balance"] as const;

/**
 * The latest period that has any of the given indicators for the region, and
 * per indicator the headline record of each measure. Breakdowns (a partner,
 * an entity) are not headline figures and are left to the detail views.
 */
export function latestPeriodCards<K extends IndicatorId>(
  records: readonly IndicatorRecord[],
  region: string,
  indicators: readonly K[],
): LatestPeriod<K> | null {
  const wanted = new Set<IndicatorId>(indicators);
  const mine = records.filter(
    (r) =>
      regionKey(r.region) === region && wanted.has(r.indicator) && r.partner === undefined && r.entity === undefined,
  );
  if (mine.length === 0) return null;
  let latest = mine[0] as IndicatorRecord;
  for (const r of mine) {
    // A whole year outranks its parts; among equals, the one with more indicators reported is not
    // knowable here, so the latest period wins outright.
    if (periodSortValue(r.period) > periodSortValue(latest.period)) latest = r;
  }
  const key = periodKey(latest.period);
  const cards = Object.fromEntries(indicators.map((id) => [id, {} as CardValues])) as Record<K, CardValues>;
  for (const r of mine) {
    if (periodKey(r.period) !== key) continue;
    const card = cards[r.indicator as K];
    // Prefer the figure without a sector breakdown when several exist.
    const existing = card[r.measure];
    if (!existing || (existing.sectors.length > 0 && r.sectors.length === 0)) card[r.measure] = r;
  }
  return { period: latest.period, cards };
}

/**
 * The records behind one of the overview's bar comparisons: the given
 * measure of each indicator, in order, when at least two are present, none is
 * negative, and all share the first one's unit (bars in different units would
 * not compare). Null when there is nothing worth a chart.
 */
export function comparableFigures<K extends IndicatorId>(
  cards: Record<K, CardValues>,
  indicators: readonly K[],
  measure: MeasureId,
): { indicator: K; record: IndicatorRecord }[] | null {
  const out: { indicator: K; record: IndicatorRecord }[] = [];
  for (const indicator of indicators) {
    const record = cards[indicator][measure];
    if (record && record.value >= 0 && record.unit === (out[0]?.record.unit ?? record.unit)) {
      out.push({ indicator, record });
    }
  }
  return out.length >= 2 ? out : null;
}
