import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readExpected, strictF1 } from "./score-corpus";

// A held-out set written for a generalisation audit (see fixtures/holdout/README.md),
// scored with the matching logic of the shared scorer (score.mjs). The floor is
// the strict F1 measured when the set was written, so a rule change that loses
// ground on unseen wording fails here even when the development corpus stays green.
const MEASURED_FLOOR = 1;

const HOLDOUT = join(dirname(fileURLToPath(import.meta.url)), "fixtures", "holdout");

describe("held-out audit set", () => {
  const expected = readExpected(HOLDOUT);

  it("lists facts for every file of the set", () => {
    expect(expected.length).toBeGreaterThanOrEqual(15);
    for (const entry of expected) expect(entry.facts.length).toBeGreaterThan(0);
  });

  it(`keeps strict F1 ≥ ${MEASURED_FLOOR}`, () => {
    expect(strictF1(HOLDOUT, expected)).toBeGreaterThanOrEqual(MEASURED_FLOOR);
  });
});
