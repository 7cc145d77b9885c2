import type { Dataset } from "../../../schema/dataset";
import { INDICATOR_INFO, type IndicatorId } from "../../../schema/vocabulary";
import type { Filters, Lang } from "../../view-props";

export interface FilterLine {
  label: string;
  value: string;
}

const LABELS: Record<Lang, { regions: string; indicators: string; sectors: string; years: string; all: string }> = {
  zh: { regions: "地区", indicators: "指标", sectors: "行业", years: "年份", all: "全部" },
  en: { regions: "Regions", indicators: "Indicators", sectors: "Sectors", years: "Years", all: "all" },
};

function isIndicator(id: string): id is IndicatorId {
  return Object.hasOwn(INDICATOR_INFO, id);
}

/** Region filter values are codes (or zone names); show the names readers know. */
function regionNames(dataset: Pick<Dataset, "records">): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of dataset.records) names.set(r.region.code ?? r.region.name, r.region.name);
  return names;
}

export function describeYears(filters: Pick<Filters, "from" | "to">, lang: Lang): string | null {
  const { from, to } = filters;
  if (from === null && to === null) return null;
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return lang === "zh" ? `${from}年起` : `from ${from}`;
  return lang === "zh" ? `至${to}年` : `to ${to}`;
}

/**
 * The filters in force as label/value lines, for the codebook and the image
 * subtitle; every filter is listed, "all" where it does not narrow.
 */
export function describeFilters(filters: Filters, dataset: Pick<Dataset, "records">, lang: Lang): FilterLine[] {
  const l = LABELS[lang];
  const names = regionNames(dataset);
  const list = (values: readonly string[]) => (values.length > 0 ? values.join(lang === "zh" ? "、" : ", ") : l.all);
  return [
    { label: l.regions, value: list(filters.regions.map((code) => names.get(code) ?? code)) },
    {
      label: l.indicators,
      value: list(filters.indicators.map((id) => (isIndicator(id) ? INDICATOR_INFO[id][lang] : id))),
    },
    { label: l.sectors, value: list(filters.sectors) },
    { label: l.years, value: describeYears(filters, lang) ?? l.all },
  ];
}
