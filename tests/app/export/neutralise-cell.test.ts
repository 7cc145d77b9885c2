import { describe, expect, it } from "vitest";
import { neutraliseCell } from "../../../src/app/features/export/neutralise-cell";

describe("neutraliseCell", () => {
  it.each([
    ['=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["=", "'="],
  ])("neutralises text starting with a formula trigger: %j", (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each([["太原市"], ["1852.35亿元"], ["a=b"], [" =1"], ["下降2.7%"], ["2021年1–5月"], [""]])(
    "leaves ordinary text alone: %j",
    (input) => {
      expect(neutraliseCell(input)).toBe(input);
    },
  );

  it.each([[-2.7], [0], [185235000000], [-1]])("leaves numbers numeric: %d", (n) => {
    expect(neutraliseCell(n)).toBe(n);
  });

  it("leaves empty cells empty", () => {
    expect(neutraliseCell(null)).toBeNull();
  });
});
