import { describe, expect, it } from "vitest";
import { quickCheckCompactDataset } from "../../../src/app/data/quick-check-compact";
import { quickCheckDataset } from "../../../src/app/data/quick-check-dataset";
import {
  type CompactDataset,
  decodeCompactDataset,
  encodeCompactDataset,
  QuoteStore,
  splitQuotes,
} from "../../../src/schema/compact-dataset";
import { type Dataset, datasetSchema } from "../../../src/schema/dataset";
import chartDataset from "../fixtures/chart-dataset.json" with { type: "json" };
import { richDataset, sampleDataset } from "../fixtures/make-dataset";

// The compact check reads rows and tables instead of decoded records. Like
// quickCheckDataset it may reject more than the zod schema, never less: every
// cell of every row and table entry of an encoded dataset is replaced in turn
// by awkward values, or removed, and its verdict on the decoded dataset is
// compared with zod's.

const zodOk = (v: unknown): boolean => datasetSchema.safeParse(v).success;
const viaJson = (compact: CompactDataset): CompactDataset => JSON.parse(JSON.stringify(compact)) as CompactDataset;

const AWKWARD: unknown[] = [
  null,
  "",
  "x",
  "0",
  "140100",
  "zone",
  "count",
  "item",
  0,
  -1,
  1,
  1.5,
  2,
  3,
  99,
  1948,
  Number.MAX_SAFE_INTEGER + 2,
  Number.NaN,
  true,
  [],
  [""],
  {},
  { id: "" },
  { partner: "" },
  { document: "nope" },
];

/** Decodes (quotes in the rows) and asks both checks; undefined when the file does not even decode. */
function verdicts(compact: CompactDataset): { quick: boolean; zod: boolean } | undefined {
  let decoded: Dataset;
  try {
    decoded = decodeCompactDataset(viaJson(compact));
  } catch {
    return undefined;
  }
  return { quick: quickCheckCompactDataset(compact, decoded), zod: zodOk(decoded) };
}

/** Every [container, key] inside the rows and tables of a compact dataset. */
function cells(compact: CompactDataset): [Record<string | number, unknown>, string | number][] {
  const out: [Record<string | number, unknown>, string | number][] = [];
  const walk = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const container = node as Record<string | number, unknown>;
    for (const key of Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node)) {
      out.push([container, key]);
      walk(container[key]);
    }
  };
  for (const table of [compact.records, compact.words, compact.regions, compact.periods, compact.sectorLists]) {
    walk(table);
  }
  walk(compact.head.documents);
  return out;
}

describe("quickCheckCompactDataset", () => {
  it.each<[string, () => Dataset]>([
    ["the sample fixture", sampleDataset],
    ["the chart fixture", () => structuredClone(chartDataset) as unknown as Dataset],
    ["the rich fixture", richDataset],
  ])("accepts %s, as zod and quickCheckDataset do", (_name, make) => {
    const compact = viaJson(encodeCompactDataset(make()));
    const decoded = decodeCompactDataset(viaJson(compact));
    expect(zodOk(decoded)).toBe(true);
    expect(quickCheckDataset(decoded, true)).toBe(true);
    expect(quickCheckCompactDataset(compact, decoded)).toBe(true);
  });

  it("accepts rows without their quotes only when the quotes come later", () => {
    const { compact } = splitQuotes(encodeCompactDataset(richDataset()), "indicators.quotes.json");
    const store = new QuoteStore(compact.records.length);
    const decoded = decodeCompactDataset(viaJson(compact), store);
    expect(quickCheckCompactDataset(compact, decoded, true)).toBe(true);
    expect(quickCheckCompactDataset(compact, decoded, false)).toBe(false);
  });

  it("never accepts a decoded dataset zod rejects, cell by cell", () => {
    const base = viaJson(encodeCompactDataset(richDataset()));
    expect(verdicts(base)).toEqual({ quick: true, zod: true });
    let rejectedByZod = 0;
    let tried = 0;
    for (let n = 0; n < cells(base).length; n++) {
      for (const [value, remove] of [...AWKWARD.map((v) => [v, false] as const), [undefined, true] as const]) {
        const broken = viaJson(base);
        const [container, key] = cells(broken)[n] as [Record<string | number, unknown>, string | number];
        if (remove && !Array.isArray(container)) delete container[key];
        else container[key] = value;
        const v = verdicts(broken);
        if (!v) continue;
        tried += 1;
        if (!v.zod) rejectedByZod += 1;
        if (v.quick && !v.zod) throw new Error(`accepts cell ${n} (${String(key)}) = ${JSON.stringify(value)}`);
      }
    }
    // The mutations do break things: most of them are real schema violations.
    expect(tried).toBeGreaterThan(2000);
    expect(rejectedByZod).toBeGreaterThan(1000);
    // Thousands of zod parses: seconds on a busy machine.
  }, 30_000);

  it("rejects a repeated record id and a warning naming no record", () => {
    const compact = viaJson(encodeCompactDataset(richDataset()));
    const twice = viaJson(compact);
    const [first, second] = twice.records;
    if (!first || !second) throw new Error("no records");
    second[0] = first[0];
    expect(quickCheckCompactDataset(twice, decodeCompactDataset(viaJson(twice)))).toBe(false);

    const dangling = viaJson(compact);
    dangling.head.warnings = [{ kind: "conflicting_values", message: "m", records: ["nope"] }];
    expect(quickCheckCompactDataset(dangling, decodeCompactDataset(viaJson(dangling)))).toBe(false);
  });
});
