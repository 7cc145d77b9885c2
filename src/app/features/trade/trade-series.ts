import type { IndicatorId } from "../../../schema/vocabulary";
import type { PeriodKind } from "../../format/format-period";
import { INDICATOR_COLORS } from "../../theme";
import type { Lang } from "../../view-props";

/** Total, exports and imports, in that order and with fixed colours in every trade chart. */
export const TRADE_FLOWS = [
  { indicator: "trade.total", color: INDICATOR_COLORS["trade.total"] },
  { indicator: "trade.export", color: INDICATOR_COLORS["trade.export"] },
  { indicator: "trade.import", color: INDICATOR_COLORS["trade.import"] },
] as const satisfies readonly { indicator: IndicatorId; color: string }[];

export const FLOW_IDS: readonly string[] = TRADE_FLOWS.map((f) => f.indicator);

/** Period kinds a trade series can have; each gets its own chart, never one line across kinds. */
export const TRADE_PERIOD_KINDS = ["year", "quarter", "months", "month"] as const satisfies readonly PeriodKind[];
export type TradePeriodKind = (typeof TRADE_PERIOD_KINDS)[number];

const KIND_LABELS: Record<TradePeriodKind, Record<Lang, string>> = {
  year: { zh: "全年", en: "Annual" },
  quarter: { zh: "季度", en: "Quarterly" },
  months: { zh: "累计（1至N月）", en: "Year to date" },
  month: { zh: "单月", en: "Monthly" },
};

export function periodKindLabel(kind: TradePeriodKind, lang: Lang): string {
  return KIND_LABELS[kind][lang];
}
