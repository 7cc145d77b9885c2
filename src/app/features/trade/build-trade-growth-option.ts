import type { IndicatorRecord } from "../../../schema/dataset";
import { buildCategoryChart } from "../../charts/build-category-chart";
import type { ChartOption } from "../../charts/chart-option";
import { pointOf } from "../../charts/chart-point";
import { pickByKey } from "../../charts/pick-record";
import { formatPeriod, periodKey } from "../../format/format-period";
import { indicatorLabel } from "../../i18n/labels";
import { MUTED_TEXT_COLOR } from "../../theme";
import type { Lang } from "../../view-props";
import { headlineTrade, sortedPeriods } from "./build-trade-trend-option";
import { TRADE_FLOWS, type TradePeriodKind } from "./trade-series";

export interface TradeGrowthInput {
  records: readonly IndicatorRecord[];
  kind: TradePeriodKind;
  lang: Lang;
  title: string;
}

/**
 * Year-on-year growth of total, exports and imports, on its own percent axis
 * (never a second axis beside money), one period kind per chart.
 */
export function buildTradeGrowthOption({ records, kind, lang, title }: TradeGrowthInput): ChartOption {
  const relevant = headlineTrade(records, "growth", kind);
  const periods = sortedPeriods(relevant);
  const picked = pickByKey(relevant, (r) => `${r.indicator}|${periodKey(r.period)}`);
  const option = buildCategoryChart({
    title,
    lang,
    unit: "percent",
    categories: periods.map((p) => formatPeriod(p, lang)),
    series: TRADE_FLOWS.filter((f) => relevant.some((r) => r.indicator === f.indicator)).map((f) => ({
      name: indicatorLabel(f.indicator, lang),
      color: f.color,
      type: "line" as const,
      points: periods.map((p) => {
        const r = picked.get(`${f.indicator}|${periodKey(p)}`);
        return r ? pointOf(r) : undefined;
      }),
    })),
  });
  // The category axis sits on the zero line (axisLine.onZero), so falls read as falls.
  return {
    ...option,
    tooltip: { ...(option.tooltip as object), axisPointer: { type: "line" } },
    xAxis: { ...(option.xAxis as object), axisLine: { onZero: true, lineStyle: { color: MUTED_TEXT_COLOR } } },
  };
}
