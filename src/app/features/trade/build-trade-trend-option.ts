import type { IndicatorRecord } from "../../../schema/dataset";
import { buildCategoryChart } from "../../charts/build-category-chart";
import type { ChartOption } from "../../charts/chart-option";
import { pointOf } from "../../charts/chart-point";
import { pickByKey } from "../../charts/pick-record";
import { formatPeriod, periodKey, periodKind, periodSortValue } from "../../format/format-period";
import { indicatorLabel } from "../../i18n/labels";
import type { Lang } from "../../view-props";
import { FLOW_IDS, TRADE_FLOWS, type TradePeriodKind } from "./trade-series";

export interface TradeTrendInput {
  /** Records of one region. */
  records: readonly IndicatorRecord[];
  kind: TradePeriodKind;
  currency: "CNY" | "USD";
  lang: Lang;
  title: string;
}

/** Headline trade figures (no partner, no entity) of one flow measure and period kind. */
export function headlineTrade(
  records: readonly IndicatorRecord[],
  measure: IndicatorRecord["measure"],
  kind: TradePeriodKind,
): IndicatorRecord[] {
  return records.filter(
    (r) =>
      FLOW_IDS.includes(r.indicator) &&
      r.measure === measure &&
      !r.partner &&
      !r.entity &&
      periodKind(r.period) === kind,
  );
}

/** Periods of the given records in time order. */
export function sortedPeriods(records: readonly IndicatorRecord[]): IndicatorRecord["period"][] {
  const periods = new Map<string, IndicatorRecord["period"]>();
  for (const r of records) periods.set(periodKey(r.period), r.period);
  return [...periods.values()].sort((a, b) => periodSortValue(a) - periodSortValue(b));
}

/**
 * Total, exports and imports over time for ONE kind of period: annual,
 * quarterly, cumulative months (1–5月) and single months each get their own
 * chart, so figures of different spans never sit on one line. One currency
 * per chart: yuan and dollar figures are never on one axis.
 */
export function buildTradeTrendOption({ records, kind, currency, lang, title }: TradeTrendInput): ChartOption {
  const relevant = headlineTrade(records, "value", kind).filter((r) => r.unit === currency);
  const periods = sortedPeriods(relevant);
  const picked = pickByKey(relevant, (r) => `${r.indicator}|${periodKey(r.period)}`);
  return buildCategoryChart({
    title,
    lang,
    unit: currency,
    categories: periods.map((p) => formatPeriod(p, lang)),
    series: TRADE_FLOWS.filter((f) => relevant.some((r) => r.indicator === f.indicator)).map((f) => ({
      name: indicatorLabel(f.indicator, lang),
      color: f.color,
      points: periods.map((p) => {
        const r = picked.get(`${f.indicator}|${periodKey(p)}`);
        return r ? pointOf(r) : undefined;
      }),
    })),
  });
}
