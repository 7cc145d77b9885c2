import type { Dataset, IndicatorRecord } from "../../../schema/dataset";
import { INDICATOR_INFO } from "../../../schema/vocabulary";
import type { Lang } from "../../view-props";

/** A CSV cell: numbers stay numbers (so spreadsheets read them as numbers), absent is null. */
export type CsvCell = string | number | null;

/** What a column needs besides the record: the documents it cites and the warnings naming it. */
export interface CsvContext {
  lang: Lang;
  documents: ReadonlyMap<string, Dataset["documents"][number]>;
  warnings: ReadonlyMap<string, readonly Dataset["warnings"][number][]>;
}

export interface CsvColumn {
  /** Header name: snake_case ASCII, so R, pandas and Excel all take it as is. */
  name: string;
  /** For the codebook. */
  meaning: string;
  /** Unit or type, for the codebook. */
  unit: string;
  get: (record: IndicatorRecord, context: CsvContext) => CsvCell;
}

function documentOf(record: IndicatorRecord, context: CsvContext) {
  return context.documents.get(record.source.document);
}

/**
 * The tidy export, one record per row, in the order the export issue lists
 * them; `share_of` and `rank_among` are added after `entity` because a share
 * or a rank means nothing without its whole or its field. The codebook is
 * generated from these definitions, so the two can never disagree.
 */
export const CSV_COLUMNS: readonly CsvColumn[] = [
  {
    name: "record_id",
    meaning: "Stable record id (hash of document, indicator, region, period, dimensions)",
    unit: "text",
    get: (r) => r.id,
  },
  {
    name: "indicator",
    meaning: "Indicator id, e.g. trade.total, projects.signed",
    unit: "text",
    get: (r) => r.indicator,
  },
  {
    name: "indicator_label",
    meaning: "Indicator name in the language chosen at export (zh or en)",
    unit: "text",
    get: (r, c) => INDICATOR_INFO[r.indicator][c.lang],
  },
  {
    name: "measure",
    meaning:
      "What the value measures: count, investment, output, value, growth, share, investment_share, output_share, rank",
    unit: "text",
    get: (r) => r.measure,
  },
  {
    name: "value",
    meaning: "The figure as a plain number in base units (yuan or dollars, not 亿/万; percent as 52.9; rank as 1)",
    unit: "number, in the unit of column `unit`",
    get: (r) => r.value,
  },
  {
    name: "unit",
    meaning: "CNY (yuan), USD (dollars), percent, item (a count) or rank (position)",
    unit: "text",
    get: (r) => r.unit,
  },
  {
    name: "qualifier",
    meaning: "exact; more_than (多, 超过, 以上); less_than (不足, 以下); about (约, 近, 左右)",
    unit: "text",
    get: (r) => r.qualifier,
  },
  {
    name: "value_as_written",
    meaning: "The figure as the report wrote it, e.g. 1852.35亿元",
    unit: "text",
    get: (r) => r.source.text,
  },
  { name: "region_name", meaning: "Full official region name, e.g. 太原市", unit: "text", get: (r) => r.region.name },
  {
    name: "region_code",
    meaning: "GB/T 2260 division code (six digits); empty for zones",
    unit: "text",
    get: (r) => r.region.code,
  },
  {
    name: "region_level",
    meaning: "country, province, prefecture, county or zone",
    unit: "text",
    get: (r) => r.region.level,
  },
  { name: "year", meaning: "Calendar year of the figure", unit: "integer", get: (r) => r.period.year },
  {
    name: "batch",
    meaning: "Batch number of the activity (第N批/第N次/第N期); empty when not a batch",
    unit: "integer",
    get: (r) => r.period.batch ?? null,
  },
  {
    name: "quarter",
    meaning: "Quarter 1–4; empty when not a quarter",
    unit: "integer",
    get: (r) => r.period.quarter ?? null,
  },
  {
    name: "month_from",
    meaning: "First month of a cumulative period (1–5月 → 1); empty otherwise",
    unit: "integer 1–12",
    get: (r) => r.period.months?.[0] ?? null,
  },
  {
    name: "month_to",
    meaning: "Last month of a cumulative period (1–5月 → 5); empty otherwise",
    unit: "integer 1–12",
    get: (r) => r.period.months?.[1] ?? null,
  },
  { name: "month", meaning: "Single month; empty otherwise", unit: "integer 1–12", get: (r) => r.period.month ?? null },
  { name: "period_label", meaning: "Period as a human label, e.g. 2021年", unit: "text", get: (r) => r.period.label },
  {
    name: "partner",
    meaning: "Trade partner or grouping (一带一路, RCEP, 欧盟 …)",
    unit: "text",
    get: (r) => r.partner ?? null,
  },
  { name: "entity", meaning: "Company or zone the figure is about", unit: "text", get: (r) => r.entity ?? null },
  {
    name: "share_of",
    meaning: "For a share: the whole it is a share of, e.g. 山西省",
    unit: "text",
    get: (r) => r.of ?? null,
  },
  {
    name: "rank_among",
    meaning: "For a rank: the field of the ranking, e.g. 中部六省省会城市",
    unit: "text",
    get: (r) => r.among ?? null,
  },
  {
    name: "sectors",
    meaning: 'Sectors named for the activity, separated by "; "',
    unit: "text",
    get: (r) => (r.sectors.length > 0 ? r.sectors.join("; ") : null),
  },
  {
    name: "publication",
    meaning: "Newspaper or site the report appeared in",
    unit: "text",
    get: (r, c) => documentOf(r, c)?.source ?? null,
  },
  {
    name: "publication_date",
    meaning: "Publication date of the report",
    unit: "date (YYYY-MM-DD)",
    get: (r, c) => documentOf(r, c)?.date ?? null,
  },
  {
    name: "source_url",
    meaning: "Where the report came from",
    unit: "URL",
    get: (r, c) => documentOf(r, c)?.url ?? null,
  },
  {
    name: "document_file",
    meaning: "Article file the figure was extracted from",
    unit: "path",
    get: (r, c) => documentOf(r, c)?.file ?? null,
  },
  {
    name: "article_title",
    meaning: "Title of the article within the page",
    unit: "text",
    get: (r, c) => documentOf(r, c)?.articles.find((a) => a.id === r.source.article)?.title || null,
  },
  { name: "quote", meaning: "The whole sentence the figure comes from", unit: "text", get: (r) => r.source.quote },
  { name: "rule", meaning: "Extraction rule that produced the record", unit: "text", get: (r) => r.rule },
  {
    name: "warnings",
    meaning: 'Consistency warnings naming this record, as "kind: message", separated by " | "',
    unit: "text",
    get: (r, c) => {
      const list = c.warnings.get(r.id);
      return list && list.length > 0 ? list.map((w) => `${w.kind}: ${w.message}`).join(" | ") : null;
    },
  },
];

export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((c) => c.name);

export function buildCsvContext(dataset: Pick<Dataset, "documents" | "warnings">, lang: Lang): CsvContext {
  const documents = new Map(dataset.documents.map((d) => [d.id, d] as const));
  const warnings = new Map<string, Dataset["warnings"][number][]>();
  for (const warning of dataset.warnings) {
    for (const id of warning.records) {
      const list = warnings.get(id);
      if (list) list.push(warning);
      else warnings.set(id, [warning]);
    }
  }
  return { lang, documents, warnings };
}
