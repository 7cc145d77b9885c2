import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compileSchemaWriter, isFullyCompiled } from "../../../src/extract/run/compile-schema-writer";
import { datasetSchema, documentSchema, recordSchema, warningSchema } from "../../../src/schema/dataset";

// The compiled writer stands in for recordSchema.safeParse + JSON.stringify
// on every record the extractor writes. Its one promise: whenever it returns
// JSON, zod accepts the value and that JSON is exactly what writing zod's
// output gives; it may return null more often (zod then decides).

// A record as the extractor writes it (a partner, a month range and a second source).
const RECORD = {
  id: "aaff606b01c57e72",
  indicator: "trade.total",
  measure: "value",
  value: 4030000000,
  unit: "CNY",
  qualifier: "exact",
  region: { name: "晋中市", code: "140700", level: "prefecture" },
  period: { year: 2018, months: [1, 11], label: "2018年1–11月" },
  sectors: [],
  rule: "trade.total-value",
  partner: "韩国",
  source: {
    document: "ec50782a8fe5",
    article: "ec50782a8fe5-a4",
    quote: "同期，晋中市对韩国进出口40.3亿元，增长8成多，占同期晋中市外贸总值的19.8%。",
    text: "40.3亿元",
    start: 1052,
    end: 1058,
  },
  alsoIn: [
    {
      document: "ec50782a8fe5",
      article: "ec50782a8fe5-a9",
      quote: "晋中市对韩国进出口40.3亿元。",
      text: "40.3亿元",
      start: 2210,
      end: 2216,
    },
  ],
};

const writeRecord = compileSchemaWriter(recordSchema);

/** Same verdict as zod, and when the writer answers, zod's output written as JSON. */
function agrees(value: unknown): void {
  const json = writeRecord(value);
  const parsed = recordSchema.safeParse(value);
  if (json !== null) {
    expect(parsed.success).toBe(true);
    expect(json).toBe(JSON.stringify(parsed.data));
  }
}

type Path = (string | number)[];

function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Object.entries(value as Record<string, unknown>);
  return [prefix, ...entries.flatMap(([k, v]) => leafPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k]))];
}

function withAt(value: unknown, path: Path, replacement: unknown): unknown {
  const copy: unknown = structuredClone(value);
  if (path.length === 0) return replacement;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (replacement === DELETE) delete node[last];
  else node[last] = replacement;
  return copy;
}

const DELETE = Symbol("delete");
const PATHS = leafPaths(RECORD);

describe("compileSchemaWriter", () => {
  it("compiles the whole record schema (no part left to zod on every call)", () => {
    expect(isFullyCompiled(recordSchema)).toBe(true);
    for (const schema of [documentSchema, warningSchema]) expect(isFullyCompiled(schema)).toBe(true);
  });

  it("writes a valid record exactly as JSON.stringify writes zod's output, keys in schema order", () => {
    const json = writeRecord(RECORD);
    expect(json).toBe(JSON.stringify(recordSchema.parse(RECORD)));
    // partner comes before rule in the schema, after it in the object.
    expect(json?.indexOf('"partner"')).toBeLessThan(json?.indexOf('"rule"') ?? 0);
  });

  it("refuses what the schema's refinements and checks refuse", () => {
    const broken: [Path, unknown][] = [
      [
        ["period", "months"],
        [11, 1],
      ], // months must run forwards
      [["period", "quarter"], 2], // a period with both months and a quarter
      [["region", "code"], null], // a prefecture without a code
      [["region", "code"], "14070"], // not six digits
      [["measure"], "share"], // trade.total has no share measure
      [["unit"], "item"], // a value is not counted in items
      [["value"], Number.NaN],
      [["value"], Number.POSITIVE_INFINITY],
      [["source", "end"], 1052], // empty span
      [["source", "start"], -1],
      [["source", "start"], 1.5],
      [["id"], ""],
      [["period", "year"], 1900],
      [["sectors"], [""]],
      [["alsoIn", 0, "quote"], ""],
      [["indicator"], "trade.everything"],
    ];
    for (const [path, value] of broken) {
      const bad = withAt(RECORD, path, value);
      expect(recordSchema.safeParse(bad).success, path.join(".")).toBe(false);
      expect(writeRecord(bad), path.join(".")).toBeNull();
    }
  });

  it("leaves to zod a record zod would change (an unknown key is stripped)", () => {
    const extra = { ...RECORD, debug: "scratch" };
    expect(writeRecord(extra)).toBeNull();
    expect(recordSchema.safeParse(extra).success).toBe(true);
  });

  it("never accepts what zod rejects, nor writes other JSON than zod's output (random damage)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PATHS),
        fc.oneof(
          fc.anything(),
          fc.constant(DELETE),
          fc.string(),
          fc.integer({ min: -5, max: 3000 }),
          fc.double(),
          fc.constantFrom("exact", "about", "CNY", "percent", "zone", null, undefined, [], {}),
        ),
        (path, value) => agrees(withAt(RECORD, path, value)),
      ),
      { numRuns: 2000 },
    );
  });

  it("errs only towards null on other schema shapes, and keeps absent optional keys absent", () => {
    const schema = z.object({
      name: z.string().max(3),
      tags: z.array(z.enum(["a", "b"])).min(1),
      pair: z.tuple([z.number().int().positive(), z.boolean()]).nullable(),
      note: z.string().optional(),
      kind: z.literal("x"),
    });
    const write = compileSchemaWriter(schema);
    const ok = { kind: "x", pair: [3, true], tags: ["b"], name: "abc" };
    expect(write(ok)).toBe('{"name":"abc","tags":["b"],"pair":[3,true],"kind":"x"}');
    for (const bad of [
      { ...ok, name: "abcd" },
      { ...ok, tags: [] },
      { ...ok, tags: ["c"] },
      { ...ok, pair: [0, true] },
      { ...ok, pair: [3, true, 1] },
      { ...ok, note: 5 },
      { ...ok, kind: "y" },
    ]) {
      expect(schema.safeParse(bad).success).toBe(false);
      expect(write(bad)).toBeNull();
    }
    expect(write({ ...ok, pair: null, note: "n" })).toBe(
      '{"name":"abc","tags":["b"],"pair":null,"note":"n","kind":"x"}',
    );
  });

  it("answers null for every value of a schema it cannot compile (a transform), rather than guessing", () => {
    const schema = z.object({ n: z.string().transform((s) => s.length) });
    expect(isFullyCompiled(schema)).toBe(false);
    expect(compileSchemaWriter(schema)({ n: "abc" })).toBeNull();
    expect(isFullyCompiled(datasetSchema)).toBe(true);
  });
});
