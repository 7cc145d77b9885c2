import { describe, expect, it } from "vitest";
import { extractText, sentenceDoc } from "./extract-text";

// Sentences that state no figure are read only for what they carry to the sentences after
// (document.ts: mayHoldFigures). Each row is such a sentence before figures that depend on it:
// a place it names, the activity, a list's introduction, a comparison base.
type Row = [label: string, region: string, date: string, text: string, expected: string[]];
const fmt = (r: {
  indicator: string;
  measure: string;
  value: number;
  qualifier: string;
  region: { name: string };
  source: { text: string };
}) => `${r.indicator}/${r.measure} ${r.region.name} = ${r.value} ${r.qualifier} «${r.source.text}»`;

const ROWS: Row[] = [
  [
    "a county named in a sentence with no figure, then 该市's figures (h209)",
    "南阳市",
    "2017-01-20",
    "邓州市受主要出口企业订单减少影响，外贸有所回落。该市全年进出口7.8亿元，下降5.2%。",
    ["trade.total/value 邓州市 = 780000000 exact «7.8亿元»", "trade.total/growth 邓州市 = -5.2 exact «下降5.2%»"],
  ],
  [
    "a zone's activity named with no figure, then its projects (h72)",
    "长沙市",
    "2022-04-27",
    "4月26日上午，长沙经济技术开发区2022年二季度重点项目集中签约开工投产活动在星沙举行。23个重点项目集中签约、开工、投产，总投资216.5亿元。其中签约项目9个、开工项目8个、投产项目6个。",
    [
      "projects.total/count 长沙经济技术开发区 = 23 exact «23个»",
      "projects.total/investment 长沙经济技术开发区 = 21650000000 exact «216.5亿元»",
      "projects.signed/count 长沙经济技术开发区 = 9 exact «项目9个»",
      "projects.started/count 长沙经济技术开发区 = 8 exact «项目8个»",
      "projects.producing/count 长沙经济技术开发区 = 6 exact «项目6个»",
    ],
  ],
  [
    "a zone introduced with its short name and no figure, then its trade (h304)",
    "太原市",
    "2022-07-22",
    "太原武宿综合保税区（以下简称武宿综保区）是我市外贸的“主引擎”。今年以来，武宿综保区新落地加工贸易项目4个，上半年进出口214.6亿元，增长18.7%，占全市的24.5%。",
    [
      "trade.total/value 太原武宿综合保税区 = 21460000000 exact «214.6亿元»",
      "trade.total/growth 太原武宿综合保税区 = 18.7 exact «增长18.7%»",
      "trade.total/share 太原武宿综合保税区 = 24.5 exact «24.5%»",
    ],
  ],
  [
    "the activity named with no figure and no place, then its count (本次活动)",
    "綦江区",
    "2022-03-30",
    "重大项目集中签约、集中开工、集中投产活动昨日举行。本次活动共涉及项目四十六个，总投资一百八十二亿元。",
    [
      "projects.total/count 綦江区 = 46 exact «项目四十六个»",
      "projects.total/investment 綦江区 = 18200000000 exact «一百八十二亿元»",
    ],
  ],
  [
    "a list introduced with no figure, then its lines (h232)",
    "江西省",
    "2025-10-20",
    "从设区市看，南昌市进出口1126.4亿元，增长8.3%。其余设区市进出口情况如下：\n赣州市：802.7亿元，增长14.2%；",
    [
      "trade.total/value 南昌市 = 112640000000 exact «1126.4亿元»",
      "trade.total/growth 南昌市 = 8.3 exact «增长8.3%»",
      "trade.total/value 赣州市 = 80270000000 exact «802.7亿元»",
      "trade.total/growth 赣州市 = 14.2 exact «增长14.2%»",
    ],
  ],
  [
    "a base stated with no figure, for the rates after it",
    "宁波市",
    "2023-04-20",
    "以下增速均为与2019年同期相比。一季度，全市进出口2880.5亿元，增长12.2%。",
    ["trade.total/value 宁波市 = 288050000000 exact «2880.5亿元»"],
  ],
  [
    "prose about projects with no figure, then the counts",
    "太原市",
    "2023-05-10",
    "会议强调，要坚持项目为王，推动项目早落地、早开工、早投产。全市签约项目34个，总投资156.2亿元。",
    [
      "projects.signed/count 太原市 = 34 exact «项目34个»",
      "projects.signed/investment 太原市 = 15620000000 exact «156.2亿元»",
    ],
  ],
];

describe("sentences without figures carry what the next ones need", () => {
  it.each(ROWS)("%s", (_label, region, date, text, expected) => {
    const { records } = extractText(sentenceDoc(text, region, date));
    expect(records.map(fmt)).toEqual(expected);
  });
});
