import type { Dataset, DocumentEntry, IndicatorRecord, Period, Region } from "./dataset.ts";

// A compact form of the dataset for the dashboard to load when the dataset
// is large. indicators.json stays the published file (DATA-CONTRACT.md);
// this one is derived from it at build time and decodes back to an equal
// Dataset. Each record is a row (an array in a fixed order) instead of an
// object with its keys spelled out, and the regions, periods and sector
// lists that thousands of records share are written once and referred to
// by number, as are the few words that recur in every record (indicator,
// measure, unit, qualifier, rule) and an article's place in its document.
// For 100,000 generated records that is under half the bytes, and a
// quarter of the time JSON.parse takes on the full file.

export const COMPACT_FORMAT = "zhibiao-compact-2";

/** Fields of a record, or of its source, that the row does not hold (partner, alsoIn, future fields …). */
export type Extra = Record<string, unknown>;

/** Numbers point into the tables; an article is its place in the document's list, or its id when not listed. */
export type CompactRow = [
  id: string,
  indicator: number,
  measure: number,
  value: number,
  unit: number,
  qualifier: number,
  region: number,
  period: number,
  sectors: number,
  rule: number,
  document: number,
  article: number | string,
  /** The quote, or 0 when the quotes are in a file of their own (`quotes`). */
  quote: string | 0,
  text: string,
  start: number,
  end: number,
  extra: Extra | 0,
  sourceExtra: Extra | 0,
];

export interface CompactDataset {
  format: typeof COMPACT_FORMAT;
  /** Everything of the dataset but its records, as in indicators.json. */
  head: Omit<Dataset, "records">;
  /** Indicator, measure, unit, qualifier and rule names. */
  words: string[];
  regions: Region[];
  periods: Period[];
  sectorLists: string[][];
  records: CompactRow[];
  /**
   * Where the records' quotes are when the rows do not hold them: a JSON
   * array of strings, one per record in order, beside this file. The
   * quotes are the bulk of the bytes and only the source view and the CSV
   * need them, so the first chart does not wait for them.
   */
  quotes?: string;
}

/** Moves the quotes out of the rows into their own list, to be written to the file named `quotesPath`. */
export function splitQuotes(
  compact: CompactDataset,
  quotesPath: string,
): { compact: CompactDataset; quotes: string[] } {
  const quotes: string[] = [];
  const records = compact.records.map((row): CompactRow => {
    quotes.push(row[12] === 0 ? "" : row[12]);
    const out: CompactRow = [...row];
    out[12] = 0;
    return out;
  });
  return { compact: { ...compact, records, quotes: quotesPath }, quotes };
}

/**
 * Quotes of a compact dataset whose rows do not hold them: empty until
 * `fill` is given the list, then what each record's `source.quote` reads.
 */
export class QuoteStore {
  private list: readonly string[] | null = null;
  constructor(readonly count: number) {}
  get loaded(): boolean {
    return this.list !== null;
  }
  /** Takes the quotes file's content; false (and nothing taken) unless it is one non-empty string per record. */
  fill(json: unknown): boolean {
    if (!Array.isArray(json) || json.length !== this.count) return false;
    for (const q of json) if (typeof q !== "string" || q.length === 0) return false;
    this.list = json as string[];
    return true;
  }
  quote(i: number): string {
    return this.list?.[i] ?? "";
  }
}

/**
 * A record's source when its quote is in a QuoteStore: the quote is read
 * through the store, so it appears once the store is filled. The other
 * fields are plain own properties.
 */
class StoredQuoteSource {
  readonly #store: QuoteStore;
  readonly #index: number;
  constructor(
    readonly document: string | undefined,
    readonly article: string | undefined,
    readonly text: string,
    readonly start: number,
    readonly end: number,
    store: QuoteStore,
    index: number,
  ) {
    this.#store = store;
    this.#index = index;
  }
  get quote(): string {
    return this.#store.quote(this.#index);
  }
  toJSON(): object {
    return { ...this, quote: this.quote };
  }
}

const RECORD_KEYS = new Set([
  "id",
  "indicator",
  "measure",
  "value",
  "unit",
  "qualifier",
  "region",
  "period",
  "sectors",
  "rule",
  "source",
]);
const SOURCE_KEYS = new Set(["document", "article", "quote", "text", "start", "end"]);

function restOf(object: object, known: ReadonlySet<string>): Extra | 0 {
  let rest: Extra | undefined;
  for (const [key, value] of Object.entries(object)) {
    if (known.has(key) || value === undefined) continue;
    rest ??= {};
    rest[key] = value;
  }
  return rest ?? 0;
}

/** Numbers equal values by their JSON text, so equal regions (periods, sector lists) share one entry. */
function interner<T>(): { list: T[]; number: (value: T) => number } {
  const list: T[] = [];
  const numbers = new Map<string, number>();
  return {
    list,
    number(value) {
      const key = JSON.stringify(value);
      let n = numbers.get(key);
      if (n === undefined) {
        n = list.length;
        list.push(value);
        numbers.set(key, n);
      }
      return n;
    },
  };
}

export function encodeCompactDataset(dataset: Dataset): CompactDataset {
  const { records, ...head } = dataset;
  const words = interner<string>();
  const regions = interner<Region>();
  const periods = interner<Period>();
  const sectorLists = interner<string[]>();
  const documentNumber = new Map(dataset.documents.map((d, i) => [d.id, i]));
  const rows = records.map((r): CompactRow => {
    const document = documentNumber.get(r.source.document);
    if (document === undefined) throw new Error(`record ${r.id} names unknown document ${r.source.document}`);
    const article = dataset.documents[document]?.articles.findIndex((a) => a.id === r.source.article) ?? -1;
    return [
      r.id,
      words.number(r.indicator),
      words.number(r.measure),
      r.value,
      words.number(r.unit),
      words.number(r.qualifier),
      regions.number(r.region),
      periods.number(r.period),
      sectorLists.number(r.sectors),
      words.number(r.rule),
      document,
      article >= 0 ? article : r.source.article,
      r.source.quote,
      r.source.text,
      r.source.start,
      r.source.end,
      restOf(r, RECORD_KEYS),
      restOf(r.source, SOURCE_KEYS),
    ];
  });
  return {
    format: COMPACT_FORMAT,
    head,
    words: words.list,
    regions: regions.list,
    periods: periods.list,
    sectorLists: sectorLists.list,
    records: rows,
  };
}

export function isCompactDataset(json: unknown): json is CompactDataset {
  return typeof json === "object" && json !== null && (json as { format?: unknown }).format === COMPACT_FORMAT;
}

/**
 * The Dataset a compact file stands for. Records that share a region (period,
 * sector list) share the object. It checks only the frame (arrays where
 * arrays belong): a wrong number or field gives a record that the dataset
 * check then rejects, as it would the same fault in indicators.json.
 */
export function decodeCompactDataset(compact: CompactDataset, quotes?: QuoteStore): Dataset {
  const { head, words, regions, periods, sectorLists, records } = compact;
  const tables = [words, regions, periods, sectorLists, records];
  if (!tables.every(Array.isArray)) {
    throw new Error("compact dataset without its tables");
  }
  const documents: readonly DocumentEntry[] = Array.isArray(head?.documents) ? head.documents : [];
  const out: IndicatorRecord[] = new Array(records.length);
  for (let i = 0; i < records.length; i++) {
    const row = records[i];
    if (!Array.isArray(row)) throw new Error(`compact record ${i} is not a row`);
    // Indexed reads rather than destructuring: this loop runs once per record of a large dataset.
    const document = documents[row[10]];
    const article = row[11];
    const articleId = typeof article === "number" ? document?.articles?.[article]?.id : article;
    const quote = row[12];
    const sourceExtra = row[17];
    let source: StoredQuoteSource | IndicatorRecord["source"];
    if (quote === 0 && quotes) {
      source = new StoredQuoteSource(document?.id, articleId, row[13], row[14], row[15], quotes, i);
      // Only a row with source fields of its own: an empty object per record was 100,000 allocations for nothing.
      if (sourceExtra) Object.assign(source, sourceExtra);
    } else
      source = {
        document: document?.id,
        article: articleId,
        quote,
        text: row[13],
        start: row[14],
        end: row[15],
      } as IndicatorRecord["source"];
    const record = {
      id: row[0],
      indicator: words[row[1]],
      measure: words[row[2]],
      value: row[3],
      unit: words[row[4]],
      qualifier: words[row[5]],
      region: regions[row[6]],
      period: periods[row[7]],
      sectors: sectorLists[row[8]],
      rule: words[row[9]],
      source: sourceExtra && !(source instanceof StoredQuoteSource) ? { ...source, ...sourceExtra } : source,
    };
    const extra = row[16];
    // The dataset check that follows decides whether these are records.
    out[i] = (extra ? { ...record, ...extra } : record) as unknown as IndicatorRecord;
  }
  return { ...head, records: out } as Dataset;
}
