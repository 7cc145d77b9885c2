import { describe, expect, it } from "vitest";
import { describeFilters, describeYears } from "../../../src/app/features/export/describe-filters";
import { dataset } from "./export-fixture";

describe("describeFilters", () => {
  it("names every filter, 'all' where it does not narrow", () => {
    const lines = describeFilters({ regions: [], sectors: [], indicators: [], from: null, to: null }, dataset, "en");
    expect(lines).toEqual([
      { label: "Regions", value: "all" },
      { label: "Indicators", value: "all" },
      { label: "Sectors", value: "all" },
      { label: "Years", value: "all" },
    ]);
  });

  it("turns codes and ids into names, zones by their name", () => {
    const lines = describeFilters(
      {
        regions: ["140100", "山西综改示范区", "999999"],
        sectors: ["新能源"],
        indicators: ["trade.total", "nope"],
        from: 2021,
        to: 2021,
      },
      dataset,
      "zh",
    );
    expect(lines.map((l) => l.value)).toEqual(["太原市、山西综改示范区、999999", "进出口总额、nope", "新能源", "2021"]);
  });

  it.each([
    [2019, null, "zh", "2019年起"],
    [null, 2021, "en", "to 2021"],
    [2019, 2021, "en", "2019–2021"],
    [null, null, "en", null],
  ] as const)("years %s–%s (%s) → %s", (from, to, lang, expected) => {
    expect(describeYears({ from, to }, lang)).toBe(expected);
  });
});
