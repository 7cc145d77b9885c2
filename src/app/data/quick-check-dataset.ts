import type { Dataset } from "../../schema/dataset";
import {
  INDICATOR_INFO,
  INDICATORS,
  type IndicatorId,
  MEASURE_INFO,
  MEASURES,
  type MeasureId,
  QUALIFIERS,
  REGION_LEVELS,
  UNITS,
  WARNING_KINDS,
} from "../../schema/vocabulary";

// A hand-compiled form of the zod schema in src/schema/dataset.ts, for the
// common case of a valid file: plain loops and comparisons, about twenty
// times faster than zod (which may not compile its own checks under the
// app's CSP, as that forbids eval) and without zod's 30 KB in the first load.
// It says only yes or no. It must never accept what the schema rejects;
// rejecting more is allowed, since a "no" hands the file to zod, which then
// decides and names the problems (tests/app/data/quick-check-dataset.test.ts
// holds the two to that on generated and broken datasets).

/** The schema version this check was written for (a test keeps it equal to SCHEMA_VERSION). */
export const CHECKED_SCHEMA_VERSION = 1;

type Obj = Record<string, unknown>;

const indicators = new Set<string>(INDICATORS);
const measures = new Set<string>(MEASURES);
const units = new Set<string>(UNITS);
const qualifiers = new Set<string>(QUALIFIERS);
const levels = new Set<string>(REGION_LEVELS);
const warningKinds = new Set<string>(WARNING_KINDS);

// Accepted shape: 2026-11-28 (the schema's isoDate).
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
// Accepted shape: 2026-11-28T03:00:00Z or 2026-11-28T03:00:00.123Z (UTC only; the date is checked below).
const ISO_DATETIME = /^(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})T(?<h>\d{2}):(?<mi>\d{2}):(?<s>\d{2})(?:\.\d{1,9})?Z$/u;
// Accepted shape: 140100 (a six-digit GB/T 2260 code).
const DIVISION_CODE = /^\d{6}$/u;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
export const isText = (v: unknown): v is string => typeof v === "string" && v.length > 0;
const isOptText = (v: unknown): boolean => v === undefined || isText(v);
const isOptString = (v: unknown): boolean => v === undefined || typeof v === "string";
export const isInt = (v: unknown, min: number, max: number): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;
const isOptInt = (v: unknown, min: number, max: number): boolean => v === undefined || isInt(v, min, max);

function isDateTime(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const g = ISO_DATETIME.exec(v)?.groups;
  if (!g) return false;
  const [y, mo, d, h, mi, s] = [g.y, g.mo, g.d, g.h, g.mi, g.s].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // A real calendar date and clock time: Date.UTC would roll 02-30 over into March.
  return (
    y >= 1000 &&
    at.getUTCFullYear() === y &&
    at.getUTCMonth() === mo - 1 &&
    at.getUTCDate() === d &&
    at.getUTCHours() === h &&
    at.getUTCMinutes() === mi &&
    at.getUTCSeconds() === s
  );
}

export function isRegion(v: unknown): boolean {
  if (!isObj(v) || !isText(v.name) || typeof v.level !== "string" || !levels.has(v.level)) return false;
  const code = v.code;
  if (code === null) return v.level === "zone";
  return typeof code === "string" && DIVISION_CODE.test(code) && v.level !== "zone";
}

export function isPeriod(v: unknown): boolean {
  if (!isObj(v) || !isInt(v.year, 1949, 2100) || !isText(v.label)) return false;
  if (!isOptInt(v.batch, 1, 99) || !isOptInt(v.quarter, 1, 4) || !isOptInt(v.month, 1, 12)) return false;
  const months = v.months;
  if (months !== undefined) {
    if (!Array.isArray(months) || months.length !== 2) return false;
    const [a, b] = months as unknown[];
    if (!isInt(a, 1, 12) || !isInt(b, 1, 12) || a > b) return false;
  }
  let kinds = 0;
  for (const k of [v.batch, v.quarter, months, v.month]) if (k !== undefined) kinds += 1;
  return kinds <= 1;
}

function isSourceSpan(v: unknown, quoteLater = false): boolean {
  return (
    isObj(v) &&
    isText(v.document) &&
    isText(v.article) &&
    (quoteLater || isText(v.quote)) &&
    isText(v.text) &&
    isInt(v.start, 0, Number.MAX_SAFE_INTEGER) &&
    isInt(v.end, 0, Number.MAX_SAFE_INTEGER) &&
    v.end > v.start
  );
}

/**
 * Objects already found valid in this check. A compact dataset's records
 * share their region, period and sector list objects; each is checked once.
 */
let checked = new WeakSet<object>();

function once(v: unknown, check: (v: unknown) => boolean): boolean {
  if (typeof v === "object" && v !== null && checked.has(v)) return true;
  if (!check(v)) return false;
  if (typeof v === "object" && v !== null) checked.add(v);
  return true;
}

export const isSectorList = (v: unknown): boolean => Array.isArray(v) && v.every(isText);

export function isRecord(v: unknown, shared: boolean, quotesLater: boolean): boolean {
  if (!isObj(v) || !isText(v.id) || !isText(v.rule)) return false;
  const { indicator, measure, unit, value } = v;
  if (typeof indicator !== "string" || !indicators.has(indicator)) return false;
  if (typeof measure !== "string" || !measures.has(measure)) return false;
  if (typeof unit !== "string" || !units.has(unit)) return false;
  if (typeof v.qualifier !== "string" || !qualifiers.has(v.qualifier)) return false;
  if (typeof value !== "number" || !Number.isFinite(value)) return false;
  if (!INDICATOR_INFO[indicator as IndicatorId].measures.includes(measure as MeasureId)) return false;
  if (!(MEASURE_INFO[measure as MeasureId].units as readonly string[]).includes(unit)) return false;
  if ((measure === "count" || measure === "rank") && !Number.isInteger(value)) return false;
  if (shared) {
    if (!once(v.region, isRegion) || !once(v.period, isPeriod) || !once(v.sectors, isSectorList)) return false;
  } else if (!isRegion(v.region) || !isPeriod(v.period) || !isSectorList(v.sectors)) return false;
  if (!isSourceSpan(v.source, quotesLater)) return false;
  if (!isOptText(v.partner) || !isOptText(v.entity) || !isOptText(v.of) || !isOptText(v.among)) return false;
  return v.alsoIn === undefined || (Array.isArray(v.alsoIn) && v.alsoIn.every((span) => isSourceSpan(span)));
}

function isDocument(v: unknown): boolean {
  return (
    isObj(v) &&
    isText(v.id) &&
    isText(v.file) &&
    isOptString(v.source) &&
    (v.date === undefined || (typeof v.date === "string" && ISO_DATE.test(v.date))) &&
    isOptString(v.region) &&
    isOptString(v.url) &&
    typeof v.inferred === "boolean" &&
    Array.isArray(v.articles) &&
    v.articles.every((a) => isObj(a) && isText(a.id) && typeof a.title === "string")
  );
}

function isWarning(v: unknown): boolean {
  return (
    isObj(v) &&
    typeof v.kind === "string" &&
    warningKinds.has(v.kind) &&
    isText(v.message) &&
    Array.isArray(v.records) &&
    v.records.every(isText)
  );
}

/**
 * The dataset's frame and everything but its records: schema version, date,
 * documents and the warnings' shape. The document ids when all is well, else
 * null. The warnings' record ids are checked by `warningsNameRecords`.
 */
export function checkDatasetHead(json: unknown): { docIds: Set<string>; records: unknown[] } | null {
  if (!isObj(json) || json.schemaVersion !== CHECKED_SCHEMA_VERSION || !isDateTime(json.generatedAt)) return null;
  const { documents, records, warnings } = json;
  if (!Array.isArray(documents) || !Array.isArray(records) || !Array.isArray(warnings)) return null;
  const docIds = new Set<string>();
  for (const d of documents) {
    if (!isDocument(d)) return null;
    docIds.add((d as Obj).id as string);
  }
  for (const w of warnings) if (!isWarning(w)) return null;
  return { docIds, records };
}

/** Whether every warning names only records in `ids`. */
export function warningsNameRecords(warnings: readonly { records: readonly string[] }[], ids: Set<string>): boolean {
  return warnings.every((w) => w.records.every((id) => ids.has(id)));
}

/**
 * True when `json` certainly satisfies the dataset schema, shape and
 * cross-references alike (known documents, unique record ids, warnings
 * naming present records). False means "ask zod", not necessarily invalid.
 * `shared`: records may share their region, period and sector list objects
 * (a decoded compact dataset), so each of those is checked only once.
 * `quotesLater`: the records' source quotes come from a file of their own,
 * checked when it is loaded (QuoteStore.fill), so they are not checked here.
 */
export function quickCheckDataset(json: unknown, shared = false, quotesLater = false): json is Dataset {
  checked = new WeakSet<object>();
  const head = checkDatasetHead(json);
  if (!head) return false;
  const ids = new Set<string>();
  for (const r of head.records) {
    if (!isRecord(r, shared, quotesLater)) return false;
    const rec = r as Obj;
    const id = rec.id as string;
    if (ids.has(id) || !head.docIds.has((rec.source as Obj).document as string)) return false;
    ids.add(id);
  }
  return warningsNameRecords((json as Dataset).warnings, ids);
}
