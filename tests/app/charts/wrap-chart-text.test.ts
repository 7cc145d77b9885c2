import { describe, expect, it } from "vitest";
import { wrapChartText } from "../../../src/app/charts/wrap-chart-text";

// A monospace stand-in for the canvas: 10 px per character, 20 px per CJK character.
const measure = (text: string): number =>
  [...text].reduce((w, ch) => w + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 20 : 10), 0);

describe("wrapChartText", () => {
  it("leaves a line that fits alone, measuring it once", () => {
    let calls = 0;
    const counted = (t: string) => {
      calls++;
      return measure(t);
    };
    expect(wrapChartText("太原市进出口", 200, counted)).toBe("太原市进出口");
    expect(calls).toBe(1);
  });

  it("breaks Chinese between characters and keeps closing punctuation with its character", () => {
    // Characters of 20 px in lines of 100 px: five per line, and 、 stays on the line of 口.
    const lines = wrapChartText("太原市进出口、出口与进口全年", 100, measure).split("\n");
    expect(lines).toEqual(["太原市进出", "口、出口与", "进口全年"]);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(100);
  });

  it("keeps dates and Latin words whole and drops the space at a break", () => {
    const text = "数据来源：据 3 篇报道整理 — 太原日报 2022-02-27；山西日报 2023-06-30";
    const lines = wrapChartText(text, 200, measure).split("\n");
    for (const line of lines) {
      expect(measure(line)).toBeLessThanOrEqual(200);
      expect(line).toBe(line.trim());
    }
    expect(lines.join("").replaceAll(" ", "")).toBe(text.replaceAll(" ", ""));
    expect(lines.some((l) => l.includes("2022-02-27"))).toBe(true);
    expect(lines.some((l) => l.includes("2023-06-30"))).toBe(true);
  });

  it("keeps existing line breaks and breaks a word wider than a line between its letters", () => {
    expect(wrapChartText("abc\nabcdefghij", 50, measure)).toBe("abc\nabcde\nfghij");
  });

  it("wraps English at spaces", () => {
    expect(wrapChartText("projects signed by batch", 100, measure)).toBe("projects\nsigned by\nbatch");
  });
});
