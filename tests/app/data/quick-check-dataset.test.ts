import { describe, expect, it } from "vitest";
import { CHECKED_SCHEMA_VERSION, quickCheckDataset } from "../../../src/app/data/quick-check-dataset";
import { type Dataset, datasetSchema, SCHEMA_VERSION } from "../../../src/schema/dataset";
import chartDataset from "../fixtures/chart-dataset.json" with { type: "json" };
import { makeDataset, makeRecord, richDataset, sampleDataset } from "../fixtures/make-dataset";

// The quick check may reject more than the zod schema (zod then decides) but
// must never accept what zod rejects. Every field of every kind of object is
// replaced in turn by awkward values, or removed, and the two verdicts compared.

const clone = <T>(v: T): T => structuredClone(v);
const zodOk = (v: unknown): boolean => datasetSchema.safeParse(v).success;

const AWKWARD: unknown[] = [
  null,
  "",
  "x",
  "140100",
  "zone",
  "2022-02-30",
  "2026-11-28T03:00:00+08:00",
  0,
  -1,
  1.5,
  7,
  10,
  13,
  100,
  1948,
  2101,
  Number.MAX_SAFE_INTEGER + 2,
  true,
  [],
  [1],
  [3, 2],
  [2, 3],
  [""],
  {},
];

/** Keys an object may lack, each with a value that is valid alone but may clash with the rest. */
const ADDITIONS: [string, unknown][] = [
  ["batch", 1],
  ["quarter", 2],
  ["month", 3],
  ["months", [1, 2]],
  ["alsoIn", []],
  ["partner", ""],
  ["date", "2022-13-01"],
  ["code", null],
];

/** Every path to a value inside `root` (objects and arrays), without the root itself. */
function paths(root: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof root !== "object" || root === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(root)
    ? root.map((v, i) => [i, v])
    : Object.entries(root as Record<string, unknown>);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): void {
  let node = root as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (remove && !Array.isArray(node)) delete node[last];
  else node[last] = value;
}

describe("quickCheckDataset", () => {
  it("was written for the schema's current version", () => {
    expect(CHECKED_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });

  it.each<[string, () => unknown]>([
    ["the sample fixture", sampleDataset],
    ["the chart fixture", () => chartDataset],
    ["the rich fixture", richDataset],
  ])("accepts %s, as zod does", (_name, make) => {
    const dataset = make();
    expect(zodOk(dataset)).toBe(true);
    expect(quickCheckDataset(dataset)).toBe(true);
  });

  it("never accepts a dataset zod rejects, field by field", () => {
    const base = richDataset();
    expect(quickCheckDataset(base)).toBe(true);
    let rejectedByZod = 0;
    for (const path of paths(base)) {
      for (const [value, remove] of [...AWKWARD.map((v) => [v, false] as const), [undefined, true] as const]) {
        const broken = clone(base);
        setAt(broken, path, value, remove);
        const zod = zodOk(broken);
        if (!zod) rejectedByZod += 1;
        if (quickCheckDataset(broken) && !zod) {
          throw new Error(`quick check accepts ${path.join(".")} = ${JSON.stringify(value)} (removed: ${remove})`);
        }
      }
    }
    for (const path of [[], ...paths(base)].filter((p) => {
      let node: unknown = base;
      for (const k of p) node = (node as Record<string | number, unknown>)[k];
      return typeof node === "object" && node !== null && !Array.isArray(node);
    })) {
      for (const [key, value] of ADDITIONS) {
        const broken = clone(base);
        setAt(broken, [...path, key], value);
        if (quickCheckDataset(broken) && !zodOk(broken)) {
          throw new Error(`quick check accepts ${[...path, key].join(".")} = ${JSON.stringify(value)} added`);
        }
      }
    }
    // The mutations do break things: most of them are real schema violations.
    expect(rejectedByZod).toBeGreaterThan(1000);
    // Thousands of zod parses: seconds on a busy machine (it timed out at the default 5 s on a clean clone).
  }, 30_000);

  it("rejects broken cross-references", () => {
    const duplicate = makeDataset([makeRecord({ id: "a", indicator: "trade.total", measure: "value" })]);
    duplicate.records.push(clone(duplicate.records[0] as Dataset["records"][number]));
    const unknownDocument = clone(duplicate);
    unknownDocument.records = [{ ...(duplicate.records[0] as Dataset["records"][number]) }];
    unknownDocument.records[0] = {
      ...(unknownDocument.records[0] as Dataset["records"][number]),
      source: { ...(unknownDocument.records[0] as Dataset["records"][number]).source, document: "nope" },
    };
    const unknownRecord = makeDataset([makeRecord({ id: "a", indicator: "trade.total", measure: "value" })], {
      warnings: [{ kind: "conflicting_values", message: "m", records: ["b"] }],
    });
    for (const dataset of [duplicate, unknownDocument, unknownRecord]) {
      expect(zodOk(dataset)).toBe(false);
      expect(quickCheckDataset(dataset)).toBe(false);
    }
  });
});
