import { describe, expect, it } from "vitest";
import { chartFileParts } from "../../../src/app/features/export/chart-download";
import { records } from "./export-fixture";

describe("chartFileParts", () => {
  it("names one indicator, one region and one year", () => {
    expect(chartFileParts("trade-trend", records.slice(0, 1))).toEqual(["trade.total", "太原市", "2021"]);
  });

  it("falls back to the chart id for several indicators and gives the year span", () => {
    expect(chartFileParts("overview-mix", records)).toEqual(["overview-mix", "", "2021-2022"]);
  });

  it("names nothing but the chart for an empty chart", () => {
    expect(chartFileParts("empty", [])).toEqual(["empty", "", ""]);
  });
});
