import type { IndicatorRecord, Period } from "../../../schema/dataset";
import { buildCategoryChart } from "../../charts/build-category-chart";
import type { ChartOption } from "../../charts/chart-option";
import { pointOf } from "../../charts/chart-point";
import { pickByKey } from "../../charts/pick-record";
import { compareZh } from "../../format/compare-zh";
import { periodKey, periodSortValue } from "../../format/format-period";
import { indicatorLabel } from "../../i18n/labels";
import type { Lang } from "../../view-props";
import { FLOW_IDS, TRADE_FLOWS } from "./trade-series";

export type BreakdownDimension = "partner" | "entity";

export interface TradeBreakdownInput {
  /** Records of one region. */
  records: readonly IndicatorRecord[];
  dimension: BreakdownDimension;
  /** periodKey of the period shown. */
  period: string;
  lang: Lang;
  title: string;
}

function dimensionRecords(records: readonly IndicatorRecord[], dimension: BreakdownDimension): IndicatorRecord[] {
  return records.filter((r) => FLOW_IDS.includes(r.indicator) && r[dimension] !== undefined);
}

/** Periods that have a breakdown by this dimension, latest first. */
export function breakdownPeriods(
  records: readonly IndicatorRecord[],
  dimension: BreakdownDimension,
): { key: string; period: Period }[] {
  const periods = new Map<string, Period>();
  for (const r of dimensionRecords(records, dimension)) periods.set(periodKey(r.period), r.period);
  return [...periods.entries()]
    .map(([key, period]) => ({ key, period }))
    .sort((a, b) => periodSortValue(b.period) - periodSortValue(a.period));
}

/**
 * Trade by partner (一带一路, RCEP, 欧盟 …) or by entity (companies, bonded
 * zones) in one period, largest first. Amounts when the reports give them
 * (in the most used currency); where they give only growth rates (富士康集团
 * 增长两成多), the growth rates, on a percent axis.
 */
export function buildTradeBreakdownOption({
  records,
  dimension,
  period,
  lang,
  title,
}: TradeBreakdownInput): ChartOption {
  const inPeriod = dimensionRecords(records, dimension).filter((r) => periodKey(r.period) === period);
  const values = inPeriod.filter((r) => r.measure === "value");
  const currencies = new Map<string, number>();
  for (const r of values) currencies.set(r.unit, (currencies.get(r.unit) ?? 0) + 1);
  const currency = [...currencies.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const shown =
    values.length > 0 ? values.filter((r) => r.unit === currency) : inPeriod.filter((r) => r.measure === "growth");
  const unit = shown[0]?.unit ?? "percent";
  const picked = pickByKey(shown, (r) => `${r.indicator}|${r[dimension]}`);
  const flows = TRADE_FLOWS.filter((f) => shown.some((r) => r.indicator === f.indicator));
  const names = [...new Set(shown.map((r) => r[dimension] ?? ""))];
  const sortValue = (name: string) => {
    for (const f of flows) {
      const r = picked.get(`${f.indicator}|${name}`);
      if (r) return r.value;
    }
    return Number.NEGATIVE_INFINITY;
  };
  names.sort((a, b) => sortValue(b) - sortValue(a) || compareZh(a, b));
  return buildCategoryChart({
    title,
    lang,
    unit,
    horizontal: true,
    labels: flows.length === 1,
    categories: names,
    series: flows.map((f) => ({
      name: indicatorLabel(f.indicator, lang),
      color: f.color,
      points: names.map((n) => {
        const r = picked.get(`${f.indicator}|${n}`);
        return r ? pointOf(r) : undefined;
      }),
    })),
  });
}
