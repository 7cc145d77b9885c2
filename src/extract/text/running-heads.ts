// A PDF's page header or footer (太原日报 2023年4月12日 第3版, 河南日报  2022年10月21日  星期五  要闻 3)
// repeated where the page turned: inside a paragraph it cuts a sentence in two
// (“开工一批”项目42⏎个，⏎太原日报 2023年4月12日 第3版⏎总投资213.76亿元). The line is
// taken out, so the wrap repair joins the sentence again. Only a line with a
// date, a page or weekday mark and no clause punctuation is such a header.

import { ENDS_SENTENCE } from "./hard-wraps";

const DATE = /\d{4}年\d{1,2}月\d{1,2}日/u;
const PAGE_MARK =
  /星期[一二三四五六日天]|第\s*\d+\s*版|[\s\u3000](?:要闻|综合|经济|财经|本地|地方|新闻)\s*\d{1,2}(?:\s|$)|责任编辑|本版编辑/u;
const CLAUSE_MARK = /[，。；！？,;]/u;
const MAX_LENGTH = 60;

// A PDF's page footer with no date (第 1 页 共 3 页, 第2页/共3页).
const PAGE_OF = /^第\s*\d{1,3}\s*页\s*[，,/]?\s*共\s*\d{1,3}\s*页$/u;

function isRunningHead(line: string): boolean {
  return (
    (line.length <= MAX_LENGTH && DATE.test(line) && PAGE_MARK.test(line) && !CLAUSE_MARK.test(line)) ||
    PAGE_OF.test(line)
  );
}

/** Ranges [start, end) of page-header lines (with their line end) standing inside a paragraph. */
export function runningHeads(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Every header holds a date; most texts hold no 日 followed by a page or weekday mark.
  if (!text.includes("版") && !text.includes("星期") && !text.includes("编辑") && !text.includes("页")) return out;
  let start = 0;
  let previousBlank = true;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    // A page turned inside a sentence, blank lines around the header and a page number before it
    // (…有进出口实绩的⏎⏎3⏎⏎山西日报 2024年1月20日 星期六 第4版 经济⏎⏎外贸企业1583家): all of it goes.
    if (line.length > 0 && previousBlank && isRunningHead(line)) {
      const turn = pageTurn(text, start, end);
      if (turn) {
        out.push(turn);
        start = turn[1];
        previousBlank = false;
        continue;
      }
      // 第 2 页 共 3 页 after a paragraph's end: the footer (and the page number over it) goes, the break stays.
      if (PAGE_OF.test(line)) {
        out.push([pageNumberBefore(text, start) ?? start, Math.min(end + 1, text.length)]);
        start = end + 1;
        continue;
      }
    }
    if (line.length > 0 && !previousBlank && end < text.length && isRunningHead(line)) {
      const next = text.indexOf("\n", end + 1);
      const nextLine = text.slice(end + 1, next < 0 ? text.length : next).trim();
      // Between two lines of one paragraph: not a footer closing the page (a blank line or the end after it).
      // A sentence the header cut goes straight on (个，⏎header⏎总投资 → 个，总投资); after a sentence's end the
      // next line keeps its own start.
      if (nextLine.length > 0) {
        const before = text.slice(Math.max(0, start - 9), Math.max(0, start - 1)).trimEnd();
        out.push(ENDS_SENTENCE.test(before) ? [start, end + 1] : [start - 1, end + 1]);
        start = end + 1;
        continue;
      }
    }
    // A page number alone (— 1 —) stands where a blank line would before the footer under it.
    previousBlank = line.length === 0 || PAGE_NUMBER.test(line);
    start = end + 1;
  }
  return out;
}

/** Where the page number's line (— 2 —) right over the line at `start` begins, blank lines between, or undefined. */
function pageNumberBefore(text: string, start: number): number | undefined {
  let at = start - 1;
  while (at > 0) {
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    const line = text.slice(lineStart, at).trim();
    if (line.length === 0) {
      at = lineStart - 1;
      continue;
    }
    return PAGE_NUMBER.test(line) ? lineStart : undefined;
  }
  return undefined;
}

const PAGE_NUMBER = /^[-—\s]*\d{1,2}[-—\s]*$/u;

/**
 * The range from the end of a sentence's last line before a page turn to the start of its next line after it,
 * or null: the header at [headStart, headEnd) has only blank lines and a page number between it and a line that
 * ends no sentence before it, and blank lines before the next line after it.
 */
function pageTurn(text: string, headStart: number, headEnd: number): [number, number] | null {
  let at = headStart - 1;
  let numbers = 0;
  for (;;) {
    if (at <= 0) return null;
    const lineStart = text.lastIndexOf("\n", at - 1) + 1;
    const line = text.slice(lineStart, at).trim();
    if (line.length === 0 || (PAGE_NUMBER.test(line) && ++numbers <= 1)) {
      at = lineStart - 1;
      continue;
    }
    if (ENDS_SENTENCE.test(line) || line.length < 8) return null;
    break;
  }
  let next = headEnd;
  while (next < text.length && text.charAt(next) === "\n") next++;
  if (next >= text.length || next === headEnd) return null;
  return [at, next];
}
