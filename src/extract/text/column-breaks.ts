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

/** Ranges [start, end) of whitespace to delete to rejoin sentences broken across columns. */
export function columnBreaks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of execAll(BLANK_RUN, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const before = text.slice(lineStart, start).trimEnd();
    if (before.length < MIN_LINE || SENTENCE_END.test(before)) continue;
    if (!CONTINUES.test(text.slice(end, end + 1))) continue;
    out.push([start, end]);
  }
  return out;
}
