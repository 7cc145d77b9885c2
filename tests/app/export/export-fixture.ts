import type { Dataset, IndicatorRecord } from "../../../src/schema/dataset";

// A small dataset shaped like the extractor's output: the sample page's
// Taiyuan trade figures plus hostile text (a formula, commas, quotes, a line
// break) in the places a CSV could break.
const doc = {
  id: "doc-ty-20220227",
  file: "data/raw/000_a349228e6c3992d1.txt",
  source: "太原日报",
  date: "2022-02-27",
  region: "太原市",
  url: "https://example.org/tyrb/2022-02-27/1.html",
  inferred: false,
  articles: [
    { id: "a1", title: "我市外贸进出口总值创新高" },
    { id: "a2", title: '=HYPERLINK("http://x","y"), 标题含"引号"' },
  ],
};

const base = {
  qualifier: "exact",
  region: { name: "太原市", code: "140100", level: "prefecture" },
  period: { year: 2021, label: "2021年" },
  sectors: [],
} as const;

export const records: IndicatorRecord[] = [
  {
    ...base,
    id: "r-total",
    indicator: "trade.total",
    measure: "value",
    value: 185235000000,
    unit: "CNY",
    sectors: [],
    region: { ...base.region },
    period: { ...base.period },
    rule: "trade.total-value",
    source: {
      document: doc.id,
      article: "a1",
      quote: "2021年，我市进出口总值1852.35亿元，增长52.9%。",
      text: "1852.35亿元",
      start: 10,
      end: 19,
    },
  },
  {
    ...base,
    id: "r-growth",
    indicator: "trade.export",
    measure: "growth",
    value: -2.7,
    unit: "percent",
    sectors: [],
    region: { ...base.region },
    period: { year: 2021, months: [1, 5], label: "2021年1–5月" },
    rule: "trade.growth",
    source: {
      document: doc.id,
      article: "a2",
      quote: '=HYPERLINK("http://x","y") 出口下降2.7%，\n其中"机电产品", 增长',
      text: "下降2.7%",
      start: 3,
      end: 9,
    },
  },
  {
    ...base,
    id: "r-share",
    indicator: "projects.signed",
    measure: "count",
    value: 71,
    unit: "item",
    qualifier: "more_than",
    region: { name: "山西综改示范区", code: null, level: "zone" },
    period: { year: 2022, batch: 1, label: "2022年第1批" },
    sectors: ["新能源", "-数字经济"],
    partner: "RCEP",
    entity: "@太重集团",
    rule: "projects.count",
    source: {
      document: doc.id,
      article: "missing-article",
      quote: "签约项目71个以上。",
      text: "71个以上",
      start: 4,
      end: 9,
    },
  },
];

export const dataset: Dataset = {
  schemaVersion: 1,
  generatedAt: "2026-11-28T03:00:00Z",
  documents: [doc],
  records,
  warnings: [
    { kind: "inconsistent_sum", message: "exports + imports ≠ total", records: ["r-total", "r-growth"] },
    { kind: "implausible_magnitude", message: "value, too large?", records: ["r-total"] },
  ],
};
