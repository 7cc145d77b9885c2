// Controlled vocabularies of the dataset, kept as data so that the schema,
// the extractor and the app (labels, units, CSV codebook) share one source.

export const INDICATORS = [
  "projects.signed",
  "projects.started",
  "projects.producing",
  "projects.total",
  "trade.total",
  "trade.export",
  "trade.import",
  "trade.balance",
  "trade.enterprises",
] as const;
export type IndicatorId = (typeof INDICATORS)[number];

export const MEASURES = [
  "count",
  "investment",
  "output",
  "value",
  "growth",
  "share",
  "investment_share",
  "output_share",
  "rank",
] as const;
export type MeasureId = (typeof MEASURES)[number];

export const UNITS = ["item", "CNY", "USD", "percent", "rank"] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ["exact", "more_than", "less_than", "about"] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const REGION_LEVELS = ["country", "province", "prefecture", "county", "zone"] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const WARNING_KINDS = [
  "inconsistent_sum",
  "inconsistent_balance",
  "inconsistent_share",
  "implausible_magnitude",
  "conflicting_values",
] as const;
export type WarningKind = (typeof WARNING_KINDS)[number];

export type IndicatorFamily = "projects" | "trade";

interface IndicatorInfo {
  family: IndicatorFamily;
  zh: string;
  en: string;
  measures: readonly MeasureId[];
}

const PROJECT_MEASURES = ["count", "investment", "output", "share", "investment_share", "output_share"] as const;
const TRADE_MEASURES = ["value", "growth", "share", "rank"] as const;

export const INDICATOR_INFO: Record<IndicatorId, IndicatorInfo> = {
  "projects.signed": { family: "projects", zh: "签约项目", en: "Projects signed", measures: PROJECT_MEASURES },
  "projects.started": { family: "projects", zh: "开工项目", en: "Projects started", measures: PROJECT_MEASURES },
  "projects.producing": {
    family: "projects",
    zh: "投产项目",
    en: "Projects in production",
    measures: PROJECT_MEASURES,
  },
  "projects.total": { family: "projects", zh: "项目合计", en: "Projects, all stages", measures: PROJECT_MEASURES },
  "trade.total": { family: "trade", zh: "进出口总额", en: "Total trade", measures: TRADE_MEASURES },
  "trade.export": { family: "trade", zh: "出口", en: "Exports", measures: TRADE_MEASURES },
  "trade.import": { family: "trade", zh: "进口", en: "Imports", measures: TRADE_MEASURES },
  "trade.balance": { family: "trade", zh: "贸易差额", en: "Trade balance", measures: ["value", "growth"] },
  "trade.enterprises": {
    family: "trade",
    zh: "有进出口实绩企业",
    en: "Trading enterprises",
    measures: ["count", "growth"],
  },
};

interface MeasureInfo {
  zh: string;
  en: string;
  /** Units a value of this measure may carry. */
  units: readonly Unit[];
}

export const MEASURE_INFO: Record<MeasureId, MeasureInfo> = {
  count: { zh: "数量", en: "Count", units: ["item"] },
  investment: { zh: "投资额", en: "Investment", units: ["CNY", "USD"] },
  output: { zh: "产值", en: "Output", units: ["CNY", "USD"] },
  value: { zh: "金额", en: "Value", units: ["CNY", "USD"] },
  growth: { zh: "同比增长", en: "Growth y/y", units: ["percent"] },
  share: { zh: "占比", en: "Share", units: ["percent"] },
  investment_share: { zh: "投资占比", en: "Investment share", units: ["percent"] },
  output_share: { zh: "产值占比", en: "Output share", units: ["percent"] },
  rank: { zh: "排名", en: "Rank", units: ["rank"] },
};

export const QUALIFIER_INFO: Record<Qualifier, { zh: string; en: string; symbol: string }> = {
  exact: { zh: "", en: "", symbol: "" },
  more_than: { zh: "多", en: "more than", symbol: ">" },
  less_than: { zh: "不足", en: "less than", symbol: "<" },
  about: { zh: "约", en: "about", symbol: "≈" },
};
