import { describe, expect, it } from "vitest";
import { firstChartRow, median, redrawRow } from "../../src/bench/browser-timing";

describe("median", () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[7], 7],
  ])("median of %j is %d", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it("is NaN for no values", () => {
    expect(median([])).toBeNaN();
  });
});

describe("rows", () => {
  it("holds first chart to the median of the runs", () => {
    expect(firstChartRow("x", [400, 900, 450], 500).pass).toBe(true);
    expect(firstChartRow("x", [600, 900, 450], 500).pass).toBe(false);
    expect(firstChartRow("x", [Number.NaN], 500).pass).toBe(false);
  });
  it("holds every filter redraw to the budget, and fails a change that never redrew", () => {
    expect(redrawRow("r", { times: [40, 99], charted: [true, true] }).pass).toBe(true);
    expect(redrawRow("r", { times: [40, 101], charted: [true, true] }).pass).toBe(false);
    const never = redrawRow("r", { times: [40, -1], charted: [true, false] });
    expect(never.pass).toBe(false);
    expect(never.value).toBe("a change never redrew");
  });
});
