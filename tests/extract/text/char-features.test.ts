import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scanPeriods } from "../../../src/extract/resolve/periods";
import { lastBase } from "../../../src/extract/rules/subject";
import * as feature from "../../../src/extract/text/char-features";
import { scanQuantities } from "../../../src/extract/text/quantities";

// The features only let the rules pass over clauses that cannot hold what
// they look for: on real text, reading with every feature assumed present
// must find exactly what the gated reading finds.

const corpusDir = new URL("../fixtures/corpus/", import.meta.url);
const clauses = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(new URL(f, corpusDir), "utf8").split(/[，；：,;:。！？\n]/u))
  .filter((c) => c.trim().length > 0);
const ALL = -1;

describe("char features", () => {
  it("reads the corpus clauses", () => {
    expect(clauses.length).toBeGreaterThan(500);
  });

  it("never hide a quantity the scanner finds with every feature assumed", () => {
    for (const c of clauses) expect(scanQuantities(c), c).toEqual(scanQuantities(c, ALL));
  });

  it("never hide a comparison base", () => {
    for (const c of clauses) expect(lastBase(c, 2021), c).toEqual(lastBase(c, 2021, ALL));
  });

  it("mark every clause with a period mention as PERIOD", () => {
    let withPeriods = 0;
    for (const c of clauses) {
      if (scanPeriods(c).length === 0) continue;
      withPeriods++;
      expect(feature.textFeatures(c) & feature.PERIOD, c).not.toBe(0);
    }
    expect(withPeriods).toBeGreaterThan(50);
  });

  it.each([
    ["进出口总值1852.35亿元", feature.MONEY | feature.TRADE],
    ["同比增长五成多", feature.RATE | feature.BASE],
    ["占全省的62.5%", feature.SHARE | feature.RATE],
    ["居中部第2位", feature.ORDINAL],
    ["有进出口实绩的企业822家", feature.ENTERPRISES | feature.TRADE],
    ["与去年同期持平", feature.FLAT],
    ["贸易顺差91257万美元", feature.TRADE | feature.MONEY],
    ["年均增长8%", feature.BASE | feature.RATE],
    ["按年增长26.3%", feature.BASE | feature.RATE],
    ["首5个月", feature.PERIOD],
    ["2022年第一次“三个一批”活动", feature.PERIOD | feature.ACTIVITY | feature.ORDINAL],
    ["签约项目20个", feature.ACTIVITY | feature.PROJECT],
    ["川汇区　4个", feature.COUNT],
  ])("%s has the features its figures need", (text, bits) => {
    expect(feature.textFeatures(text) & bits).toBe(bits);
  });

  it.each([
    "比如，在审批环节推行容缺受理",
    "元旦假期，文旅消费回暖",
    "开展一批重点工作",
    "人口和就业水平",
    "在园区看到",
  ])("prose %s holds no figure feature", (text) => {
    const figure =
      feature.MONEY |
      feature.RATE |
      feature.ORDINAL |
      feature.ENTERPRISES |
      feature.FLAT |
      feature.TRADE |
      feature.BASE |
      feature.PERIOD;
    expect(feature.textFeatures(text) & figure).toBe(0);
  });

  it("splits clauses at ，；： and, in headlines, at spaces", () => {
    expect(feature.clauseSpans("今年1至5月，进出口增长5%；出口2亿元", false).filter((_, i) => i % 3 !== 2)).toEqual([
      0, 6, 7, 14, 15, 20,
    ]);
    expect(feature.clauseSpans("太原 外贸 增长", true).filter((_, i) => i % 3 !== 2)).toEqual([0, 2, 3, 5, 6, 8]);
    expect(feature.clauseSpans("太原 外贸", false).filter((_, i) => i % 3 !== 2)).toEqual([0, 5]);
  });
});
