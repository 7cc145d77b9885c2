import type { IndicatorRecord } from "../../../schema/dataset";
import { buildCategoryChart } from "../../charts/build-category-chart";
import type { ChartOption } from "../../charts/chart-option";
import { type ChartPoint, pointOf } from "../../charts/chart-point";
import { pickByKey } from "../../charts/pick-record";
import { formatPeriod, periodKey, periodKind } from "../../format/format-period";
import { indicatorLabel } from "../../i18n/labels";
import { DIVERGING } from "../../theme";
import type { Lang } from "../../view-props";
import { headlineTrade, sortedPeriods } from "./build-trade-trend-option";
import type { TradePeriodKind } from "./trade-series";

export interface TradeBalanceInput {
  records: readonly IndicatorRecord[];
  kind: TradePeriodKind;
  currency: "CNY" | "USD";
  lang: Lang;
  title: string;
}

/**
 * The trade balance per period: the reported surplus (positive) or deficit
 * (negative); where a period reports exports and imports but no balance, the
 * difference is drawn and marked as computed, never passed off as reported.
 */
export function buildTradeBalanceOption({ records, kind, currency, lang, title }: TradeBalanceInput): ChartOption {
  const reported = records.filter(
    (r) =>
      r.indicator === "trade.balance" &&
      r.measure === "value" &&
      r.unit === currency &&
      !r.partner &&
      !r.entity &&
      periodKind(r.period) === kind,
  );
  const flows = headlineTrade(records, "value", kind).filter((r) => r.unit === currency);
  const pickedFlows = pickByKey(flows, (r) => `${r.indicator}|${periodKey(r.period)}`);
  const pickedBalance = pickByKey(reported, (r) => periodKey(r.period));
  const periods = sortedPeriods([...reported, ...flows]);
  const note = lang === "zh" ? "按出口减进口计算，非报道数字" : "computed as exports minus imports, not reported";

  const points = periods.map((p): ChartPoint | undefined => {
    const key = periodKey(p);
    const balance = pickedBalance.get(key);
    if (balance) return pointOf(balance);
    const ex = pickedFlows.get(`trade.export|${key}`);
    const im = pickedFlows.get(`trade.import|${key}`);
    if (!ex || !im) return undefined;
    // A bound minus a bound has no meaningful bound: only exact figures are subtracted.
    if (ex.qualifier !== "exact" || im.qualifier !== "exact") return undefined;
    return { value: ex.value - im.value, unit: currency, qualifier: "exact", measure: "value", derivedNote: note };
  });
  const keep = points.map((p) => p !== undefined);
  return buildCategoryChart({
    title,
    lang,
    unit: currency,
    labels: false,
    categories: periods.filter((_, i) => keep[i]).map((p) => formatPeriod(p, lang)),
    signColors: { positive: DIVERGING.positive, negative: DIVERGING.negative },
    series: [
      {
        name: indicatorLabel("trade.balance", lang),
        color: DIVERGING.positive,
        points: points.filter((p) => p !== undefined),
      },
    ],
  });
}
