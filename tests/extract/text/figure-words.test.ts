import { describe, expect, it } from "vitest";
import { mayStateFigure } from "../../../src/extract/text/figure-words";

// One real sentence per row: whether it may state a figure of ours. A "no" row
// is prose the rules need not search for figures; a "yes" row must never be
// passed over, whatever else it holds.
const ROWS: [text: string, may: boolean][] = [
  ["全省开发区共签约项目347个、开工项目323个、投产项目315个", true],
  ["我市进出口额完成1852.35亿元，同比增长52.9%", true],
  ["对东盟进出口增长五成多", true],
  ["有进出口实绩的企业三百余家", true],
  ["本次活动共涉及项目四十六个，总投资一百八十二亿元", true],
  ["进口与去年同期持平", true],
  ["出口额实现翻番", true],
  ["规模稳居全省首位", true],
  ["居全省第三位", true],
  ["南昌市　1126.4　8.3", true],
  ["RCEP贸易额552.68万元", true],
  ["对RCEP成员国进出口占全市的三分之一", true],
  ["占全省的比重过半", true],
  ["进出口总值居首", true],
  ["3月29日，綦江区举行2022年一季度重大项目集中签约、集中开工、集中投产活动。", false],
  ["会议强调，要坚持项目为王，推动项目早落地、早开工、早投产、早见效。", false],
  ["海关有关负责人表示，将进一步优化通关流程，支持外贸企业稳订单、拓市场。", false],
  ["邓州市受主要出口企业订单减少影响，外贸有所回落。", false],
  ["近年来，这座城市在“十四五”规划引领下，加快构建现代产业体系。", false],
];

describe("mayStateFigure", () => {
  it.each(ROWS)("%s → %s", (text, may) => {
    expect(mayStateFigure(text)).toBe(may);
  });
});
