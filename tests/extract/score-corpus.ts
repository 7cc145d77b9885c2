import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractDocument } from "../../src/extract/document";
import { loadDocument } from "../../src/extract/load/load-document";
import type { IndicatorRecord } from "../../src/schema/dataset";

// The matching logic of the shared scorer (score.mjs), for the audit sets under
// fixtures/: the held-out tests assert a floor on the strict F1 it computes.

interface Period {
  year?: number;
  batch?: number | null;
  quarter?: number;
  months?: [number, number];
  month?: number;
}

export interface Fact extends Period {
  indicator: string;
  measure: string;
  region: string;
  value: number;
  qualifier?: string;
  currency?: string;
  partner?: string;
  entity?: string;
  period?: Period;
}

export interface ExpectedEntry {
  file: string;
  facts: Fact[];
}

// The scorer counts only these measures against precision.
const SCORED = new Set([
  "count",
  "investment",
  "output",
  "share",
  "investment_share",
  "output_share",
  "value",
  "growth",
  "rank",
]);
const MONEY = new Set(["value", "investment", "output"]);

const clean = (s: unknown) => String(s ?? "").replace(/[“”"'‘’《》\s]/gu, "");
const related = (a: unknown, b: unknown) => {
  const x = clean(a);
  const y = clean(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};
const periodOf = (f: Fact): Period =>
  f.period ?? { year: f.year, batch: f.batch ?? undefined, quarter: f.quarter, months: f.months, month: f.month };

function periodMatches(fp: Period, r: IndicatorRecord): boolean {
  if (r.period.year !== fp.year) return false;
  for (const k of ["batch", "quarter", "month"] as const) if (fp[k] != null && r.period[k] !== fp[k]) return false;
  return fp.months == null || (r.period.months?.[0] === fp.months[0] && r.period.months?.[1] === fp.months[1]);
}

function matches(f: Fact, r: IndicatorRecord): boolean {
  if (r.indicator !== f.indicator || r.measure !== f.measure) return false;
  // A zone may be filed as its own region or as an entity of its parent.
  const entityAsRegion = f.entity != null && !r.entity && related(r.region.name, f.entity);
  if (!entityAsRegion && !related(r.region.name, f.region)) return false;
  if (!periodMatches(periodOf(f), r)) return false;
  if (f.partner != null ? !related(f.partner, r.partner) : r.partner) return false;
  if (!entityAsRegion && (f.entity != null ? !related(f.entity, r.entity) : r.entity)) return false;
  if (f.currency && MONEY.has(f.measure) && r.unit !== f.currency) return false;
  if (f.measure === "count" || f.measure === "rank") return r.value === f.value;
  return Math.abs(r.value - f.value) <= Math.max(Math.abs(f.value) * 0.005, 0.05);
}

/** Strict matches of one file: each fact takes one unused record, preferring one with the same qualifier. */
function strictMatches(facts: Fact[], records: IndicatorRecord[]): number {
  const used = new Set<number>();
  let strict = 0;
  for (const f of facts) {
    let best = -1;
    for (let i = 0; i < records.length; i++) {
      const r = records[i];
      if (r === undefined || used.has(i) || !matches(f, r)) continue;
      if (best < 0) best = i;
      if (r.qualifier === (f.qualifier ?? "exact")) {
        best = i;
        break;
      }
    }
    if (best < 0) continue;
    used.add(best);
    if (records[best]?.qualifier === (f.qualifier ?? "exact")) strict++;
  }
  return strict;
}

function extractFile(dir: string, file: string): IndicatorRecord[] {
  // Read as bytes and load as the CLI does: audit sets hold GBK-encoded files.
  const bytes = readFileSync(join(dir, file));
  const id = createHash("sha256").update(file).digest("hex").slice(0, 12);
  const { document } = loadDocument(bytes, file, id);
  return extractDocument(document).records.filter((r) => SCORED.has(r.measure));
}

export function readExpected(dir: string): ExpectedEntry[] {
  return JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as ExpectedEntry[];
}

/** Strict F1 (0–1) of the extractor on every file an audit set's expected.json lists. */
export function strictF1(dir: string, expected: ExpectedEntry[]): number {
  let strict = 0;
  let facts = 0;
  let recordCount = 0;
  for (const entry of expected) {
    const records = extractFile(dir, entry.file);
    recordCount += records.length;
    facts += entry.facts.length;
    strict += strictMatches(entry.facts, records);
  }
  const p = recordCount === 0 ? 0 : strict / recordCount;
  const r = facts === 0 ? 0 : strict / facts;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}
