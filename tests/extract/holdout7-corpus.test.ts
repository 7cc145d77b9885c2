import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readExpected, strictF1 } from "./score-corpus";

// A seventh held-out set (see fixtures/holdout7/README.md), written blind to
// the rules: 82.35 % blind (190 facts, 184 records, 154 strict matches). Its
// misses were then fixed as general shapes but one (a zone missing from the
// gazetteer), so the floor is its measured strict F1 (99.2 %) rounded down.
const MEASURED_FLOOR = 0.99;

const HOLDOUT7 = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "holdout7");

describe("seventh held-out audit set", () => {
  const expected = readExpected(HOLDOUT7);

  it("lists facts for every file of the set", () => {
    expect(expected.length).toBeGreaterThanOrEqual(12);
    for (const entry of expected) expect(entry.facts.length).toBeGreaterThan(0);
  });

  it(`keeps strict F1 ≥ ${MEASURED_FLOOR}`, () => {
    expect(strictF1(HOLDOUT7, expected)).toBeGreaterThanOrEqual(MEASURED_FLOOR);
  });
});
