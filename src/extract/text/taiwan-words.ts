// Taiwan's words for what mainland reports say otherwise, in a traditional text
// once it is converted: 年增 / 年减 / 年增率 (year on year), 出超 / 入超
// (surplus, deficit), 东协 (ASEAN), 兆 (a million million: 2兆2317亿元), 前3季
// (the first three quarters). Each is rewritten to the mainland word the rules
// read, offsets kept in the map. Run only on traditional texts: in simplified
// writing 兆 and 季 alone mean other things.

import { type OffsetText, replaceRanges } from "./offset-text";

const WORDS: Readonly<Record<string, string>> = {
  年增率: "同比增长",
  年增: "同比增长",
  年减: "同比下降",
  出超: "顺差",
  入超: "逆差",
  东协: "东盟",
};

// 年增 before a figure only (年增加 is a verb's own word); 出超 / 入超 and 东协 anywhere.
const WORD = /年增率(?=\d)|年增(?=\d)|年减(?=\d)|出超|入超|东协/gu;
// 2兆2317亿, 1兆6,512亿, 1兆707亿: the 兆 and the 亿 after it read as one count of 亿.
const TRILLION_THEN_HUNDRED_MILLION = /(?<![\d.])(?<t>\d+)兆(?<y>\d{1,3}(?:,\d{3})?|\d{1,4})(?=亿)/gu;
// 逾1兆元: 兆 before its unit is 万亿.
const TRILLION_ALONE = /(?<=\d)兆(?=元|美元|新台币)/gu;
// 前3季, 第4季: a quarter's words without 度.
const QUARTER = /(?<=[前第][\d一二三四])季(?!度|节)/gu;

/** The text with Taiwan's economic words rewritten as the mainland's. */
export function taiwanWords(t: OffsetText): OffsetText {
  const text = t.text;
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  for (const m of text.matchAll(WORD)) {
    replacements.push({ start: m.index, end: m.index + m[0].length, text: WORDS[m[0]] ?? m[0] });
  }
  for (const m of text.matchAll(TRILLION_THEN_HUNDRED_MILLION)) {
    const trillions = Number(m.groups?.t ?? "0");
    const rest = Number((m.groups?.y ?? "0").replace(",", ""));
    replacements.push({ start: m.index, end: m.index + m[0].length, text: String(trillions * 10000 + rest) });
  }
  for (const m of text.matchAll(TRILLION_ALONE)) replacements.push({ start: m.index, end: m.index + 1, text: "万亿" });
  for (const m of text.matchAll(QUARTER)) replacements.push({ start: m.index, end: m.index + 1, text: "季度" });
  replacements.sort((a, b) => a.start - b.start);
  return replaceRanges(t, replacements);
}
