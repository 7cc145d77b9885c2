import type { CompactDataset } from "../../schema/compact-dataset";
import type { Dataset } from "../../schema/dataset";
import {
  INDICATOR_INFO,
  INDICATORS,
  type IndicatorId,
  MEASURE_INFO,
  MEASURES,
  type MeasureId,
  QUALIFIERS,
  UNITS,
} from "../../schema/vocabulary";
import {
  checkDatasetHead,
  isInt,
  isPeriod,
  isRecord,
  isRegion,
  isSectorList,
  isText,
  warningsNameRecords,
} from "./quick-check-dataset";

// The quick check of a decoded compact dataset (src/schema/compact-dataset.ts),
// read from the compact file's rows and tables instead of the records built
// from them. The rows are arrays of numbers and strings and the tables hold
// every region, period, sector list and word once, so each table entry is
// checked once and a row costs a few comparisons: 100,000 records take
// ~50 ms instead of ~250 ms through quickCheckDataset, on the way to the
// first chart. The verdict is quickCheckDataset's: it must never accept
// what the schema rejects in the decoded dataset (a row with fields of its
// own, rare, goes through quickCheckDataset's record check), and rejecting
// more is allowed (tests/app/data/quick-check-compact.test.ts).

const indicators = new Set<string>(INDICATORS);
const measures = new Set<string>(MEASURES);
const units = new Set<string>(UNITS);
const qualifiers = new Set<string>(QUALIFIERS);

const MAX_INT = Number.MAX_SAFE_INTEGER;

/** Verdicts on a table's entries, each worked out on first use: 0 not yet, 1 valid, 2 not. */
function tableCheck(table: readonly unknown[], check: (v: unknown) => boolean): (i: unknown) => boolean {
  const verdicts = new Uint8Array(table.length);
  return (i) => {
    if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= table.length) return false;
    let v = verdicts[i];
    if (v === 0) {
      v = check(table[i]) ? 1 : 2;
      verdicts[i] = v;
    }
    return v === 1;
  };
}

/** The word a row's number points to, or undefined. */
function word(words: readonly unknown[], i: unknown): string | undefined {
  if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= words.length) return undefined;
  const w = words[i];
  return typeof w === "string" ? w : undefined;
}

/**
 * True when `decoded` (decodeCompactDataset of `compact`) certainly satisfies
 * the dataset schema. `quotesLater` as for quickCheckDataset: a row without
 * its quote (0) is accepted only then, the quotes being checked on arrival.
 */
export function quickCheckCompactDataset(compact: CompactDataset, decoded: Dataset, quotesLater = false): boolean {
  const head = checkDatasetHead(decoded);
  if (!head) return false;
  const { words, regions, periods, sectorLists, records: rows } = compact;
  if (![words, regions, periods, sectorLists, rows].every(Array.isArray)) return false;
  const documents = decoded.documents;
  const records = head.records;
  if (rows.length !== records.length) return false;
  const regionOk = tableCheck(regions, isRegion);
  const periodOk = tableCheck(periods, isPeriod);
  const sectorsOk = tableCheck(sectorLists, isSectorList);
  // Indicator, measure and unit triples: a handful, each checked once, keyed by their word numbers.
  const triples = new Map<number, boolean>();
  const tripleOk = (row: readonly unknown[], indicator: string, measure: string, unit: string): boolean => {
    const key = ((row[1] as number) * words.length + (row[2] as number)) * words.length + (row[4] as number);
    let ok = triples.get(key);
    if (ok === undefined) {
      ok =
        INDICATOR_INFO[indicator as IndicatorId].measures.includes(measure as MeasureId) &&
        (MEASURE_INFO[measure as MeasureId].units as readonly string[]).includes(unit);
      triples.set(key, ok);
    }
    return ok;
  };

  const ids = new Set<string>();
  for (let i = 0; i < rows.length; i++) {
    const cells: unknown = rows[i];
    if (!Array.isArray(cells)) return false;
    const row: readonly unknown[] = cells;
    let id: unknown = row[0];
    if (row[16] !== 0 || row[17] !== 0) {
      // Fields of its own may stand in for any of the row's: the record as decoded decides.
      const record = records[i] as { id?: unknown; source?: { document?: unknown } } | undefined;
      if (!isRecord(record, true, quotesLater) || !head.docIds.has(record?.source?.document as string)) return false;
      id = record?.id;
    } else {
      const indicator = word(words, row[1]);
      const measure = word(words, row[2]);
      const unit = word(words, row[4]);
      const qualifier = word(words, row[5]);
      const value = row[3];
      if (!isText(id) || !isText(word(words, row[9]))) return false;
      if (indicator === undefined || !indicators.has(indicator)) return false;
      if (measure === undefined || !measures.has(measure)) return false;
      if (unit === undefined || !units.has(unit)) return false;
      if (qualifier === undefined || !qualifiers.has(qualifier)) return false;
      if (typeof value !== "number" || !Number.isFinite(value)) return false;
      if (!tripleOk(row, indicator, measure, unit)) return false;
      if ((measure === "count" || measure === "rank") && !Number.isInteger(value)) return false;
      if (!regionOk(row[6]) || !periodOk(row[7]) || !sectorsOk(row[8])) return false;
      // The source: a listed document (so its id is known), an article of it, the quote, the span.
      const docNumber = row[10];
      if (typeof docNumber !== "number" || !Number.isInteger(docNumber) || docNumber < 0) return false;
      const document = documents[docNumber];
      if (!document) return false;
      const article = row[11];
      if (!(typeof article === "number" ? isText(document.articles[article]?.id) : isText(article))) return false;
      if (row[12] === 0 ? !quotesLater : !isText(row[12])) return false;
      const start = row[14];
      const end = row[15];
      if (!isText(row[13]) || !isInt(start, 0, MAX_INT) || !isInt(end, 0, MAX_INT) || end <= start) return false;
    }
    // A repeated id leaves the set's size as it was: one lookup per record instead of two.
    const size = ids.size;
    ids.add(id as string);
    if (ids.size === size) return false;
  }
  return warningsNameRecords(decoded.warnings, ids);
}
