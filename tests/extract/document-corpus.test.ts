import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkConsistency } from "../../src/extract/consistency";
import type { IndicatorRecord } from "../../src/schema/dataset";
import { datasetSchema } from "../../src/schema/dataset";
import { extractText } from "./rules/extract-text";

// The development corpus through extractDocument, scored with the matching
// logic of the shared scorer (score.mjs): strict F1 must stay ≥ 0.95.
const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, "fixtures");

interface Fact {
  indicator: string;
  measure: string;
  region: string;
  value: number;
  qualifier?: string;
  currency?: string;
  partner?: string;
  entity?: string;
  year?: number;
  batch?: number | null;
  quarter?: number;
  months?: [number, number];
  month?: number;
  period?: { year: number; batch?: number; quarter?: number; months?: [number, number]; month?: number };
}

const clean = (s: unknown) => String(s ?? "").replace(/[“”"'‘’《》\s]/gu, "");
const related = (a: unknown, b: unknown) => {
  const x = clean(a);
  const y = clean(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
};
const periodOf = (f: Fact) =>
  f.period ?? { year: f.year, batch: f.batch ?? undefined, quarter: f.quarter, months: f.months, month: f.month };

function matches(f: Fact, r: IndicatorRecord): boolean {
  if (r.indicator !== f.indicator || r.measure !== f.measure) return false;
  const entityAsRegion = f.entity != null && !r.entity && related(r.region.name, f.entity);
  if (!entityAsRegion && !related(r.region.name, f.region)) return false;
  const fp = periodOf(f);
  if (r.period.year !== fp.year) return false;
  for (const k of ["batch", "quarter", "month"] as const) if (fp[k] != null && r.period[k] !== fp[k]) return false;
  if (fp.months != null && (r.period.months?.[0] !== fp.months[0] || r.period.months?.[1] !== fp.months[1]))
    return false;
  if (f.partner != null ? !related(f.partner, r.partner) : r.partner) return false;
  if (!entityAsRegion && (f.entity != null ? !related(f.entity, r.entity) : r.entity)) return false;
  if (f.currency && ["value", "investment", "output"].includes(f.measure) && r.unit !== f.currency) return false;
  if (f.measure === "count" || f.measure === "rank") return r.value === f.value;
  return Math.abs(r.value - f.value) <= Math.max(Math.abs(f.value) * 0.005, 0.05);
}

describe("development corpus", () => {
  it("reaches strict F1 ≥ 0.95 and a valid dataset", () => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, "expected.json"), "utf8")) as Array<{
      file: string;
      facts: Fact[];
    }>;
    let strict = 0;
    let facts = 0;
    let recordCount = 0;
    const documents = [];
    const all: IndicatorRecord[] = [];
    for (const entry of expected) {
      const { document, records } = extractText(readFileSync(join(FIXTURES, "corpus", entry.file), "utf8"), entry.file);
      documents.push(document);
      all.push(...records);
      recordCount += records.length;
      const used = new Set<number>();
      for (const f of entry.facts) {
        facts++;
        const i = records.findIndex(
          (r, j) => !used.has(j) && matches(f, r) && r.qualifier === (f.qualifier ?? "exact"),
        );
        if (i >= 0) {
          used.add(i);
          strict++;
        }
      }
    }
    const p = strict / recordCount;
    const r = strict / facts;
    expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.95);
    const parsed = datasetSchema.safeParse({
      schemaVersion: 1,
      generatedAt: new Date().toISOString(),
      documents,
      records: all,
      warnings: checkConsistency(all),
    });
    expect(parsed.success).toBe(true);
  });
});
