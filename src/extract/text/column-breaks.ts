import { execAll } from "./exec-all";

// A newspaper column break shows up in scraped text as a blank line in the
// middle of a sentence (sometimes mid-word: 推动项 / 目加快). A paragraph
// break follows end punctuation, and a headline is a short line; so a blank
// line is a column break when the text before it is a long line that does
// not end a sentence and the text after it carries on with a character.
//
// Accepted shape: "…改造提升传统优势产业和\n\n发展壮大…" (sample page, six times).
const BLANK_RUN = /\n[ \t\u3000]*(?:\n[ \t\u3000]*)+/gu;
const SENTENCE_END = /[。！？!?；;：:」』”"）)…]$|摄$/u;
const CONTINUES = /^[\p{Script=Han}\d%A-Za-z“"（(]/u;
const MIN_LINE = 40;
// A shorter line with two clause breaks is body text too (其中，潞州区签约项目8个，总投资71.2亿元，项目主要集中在):
// a headline has one comma at most.
const CLAUSE_BREAKS = /[，；][^，；]*[，；]/u;
// A short line may still be cut mid-word: a word of the trade no line ends or starts
// with (同比增 / 长52.3%), or a figure cut from its unit (56.8亿 / 元).
const SPLIT_WORDS = new Set([
  "增长",
  "下降",
  "减少",
  "同比",
  "亿元",
  "万元",
  "美元",
  "项目",
  "投资",
  "出口",
  "进口",
  "贸易",
  "企业",
  "总值",
  "总额",
  "签约",
  "开工",
  "投产",
  "百分",
  "分点",
]);
const FIGURE_END = /[\d.亿万]$/u;
const UNIT_START = /^(?:元|美元|亿|万|%|个|家)/u;

function cutMidWord(before: string, after: string): boolean {
  return SPLIT_WORDS.has(before.slice(-1) + after.slice(0, 1)) || (FIGURE_END.test(before) && UNIT_START.test(after));
}

/** Ranges [start, end) of whitespace to delete to rejoin sentences broken across columns. */
export function columnBreaks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of execAll(BLANK_RUN, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const before = text.slice(lineStart, start).trimEnd();
    if (SENTENCE_END.test(before)) continue;
    const after = text.slice(end, end + 2);
    if (before.length < MIN_LINE && !cutMidWord(before, after) && !CLAUSE_BREAKS.test(before)) continue;
    if (!CONTINUES.test(after)) continue;
    out.push([start, end]);
  }
  return out;
}
