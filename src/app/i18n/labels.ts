import {
  INDICATOR_INFO,
  type IndicatorId,
  MEASURE_INFO,
  type MeasureId,
  QUALIFIER_INFO,
  type Qualifier,
  type Unit,
  type WarningKind,
} from "../../schema/vocabulary";
import type { Lang } from "../view-props";

export function indicatorLabel(id: IndicatorId, lang: Lang): string {
  return INDICATOR_INFO[id][lang];
}

export function measureLabel(id: MeasureId, lang: Lang): string {
  return MEASURE_INFO[id][lang];
}

export function qualifierLabel(q: Qualifier, lang: Lang): string {
  if (q === "exact") return lang === "zh" ? "精确" : "exact";
  return QUALIFIER_INFO[q][lang];
}

const UNIT_LABELS: Record<Unit, Record<Lang, string>> = {
  item: { zh: "个", en: "items" },
  CNY: { zh: "元", en: "CNY" },
  USD: { zh: "美元", en: "USD" },
  percent: { zh: "%", en: "%" },
  rank: { zh: "名次", en: "rank" },
};

export function unitLabel(u: Unit, lang: Lang): string {
  return UNIT_LABELS[u][lang];
}

const WARNING_LABELS: Record<WarningKind, Record<Lang, string>> = {
  inconsistent_sum: { zh: "合计不符", en: "Sum does not add up" },
  inconsistent_balance: { zh: "差额不符", en: "Balance does not match" },
  inconsistent_share: { zh: "占比不符", en: "Share does not match" },
  implausible_magnitude: { zh: "数量级可疑", en: "Implausible magnitude" },
  conflicting_values: { zh: "数值冲突", en: "Conflicting values" },
};

export function warningKindLabel(kind: WarningKind, lang: Lang): string {
  return WARNING_LABELS[kind][lang];
}
