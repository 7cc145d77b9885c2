// Tables set out with pipes, as portals and markdown editors publish them
// (| 分会场 | 签约项目（个） | … | over |---|---|, or 禹州市 | 9个 | 11个 without a
// frame): read as the tab-separated tables the segmenter knows. Each pipe
// between cells (with the spaces beside it) becomes a tab and a frame's outer
// pipes go; the rule line under a header goes too. Offsets are kept in the map.

import { type OffsetText, replaceRanges } from "./offset-text";

const RULE_LINE = /^[ \t]*[|｜]?[ \t]*:?-{2,}:?[ \t]*(?:[|｜][ \t]*:?-{2,}:?[ \t]*)+[|｜]?[ \t]*$/u;
// Two cells at least, set apart by a pipe with text on both sides.
const PIPE_ROW = /[^|｜\s][ \t]*[|｜][ \t]*[^|｜\s]/u;
const PIPE_GAP = /[ \t]*[|｜][ \t]*/gu;

/** The text with its pipe tables turned into tab-separated rows. */
export function pipeTables(t: OffsetText): OffsetText {
  const text = t.text;
  if (!text.includes("|") && !text.includes("｜")) return t;
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    if (RULE_LINE.test(line)) replacements.push({ start, end: Math.min(end + 1, text.length), text: "" });
    else if (isPipeRow(line, text, start, end)) {
      for (const m of line.matchAll(PIPE_GAP)) {
        const at = m.index;
        // A frame's outer pipe is no cell boundary: it goes, with the spaces beside it.
        const outer = at === 0 || at + m[0].length === line.length;
        replacements.push({ start: start + at, end: start + at + m[0].length, text: outer ? "" : "\t" });
      }
    }
    start = end + 1;
  }
  return replaceRanges(t, replacements);
}

/** A row of a pipe table: cells set apart by pipes, and a neighbouring line that is one too (or a rule line). */
function isPipeRow(line: string, text: string, start: number, end: number): boolean {
  if (!PIPE_ROW.test(line) || /[。；]/u.test(line)) return false;
  const prevStart = text.lastIndexOf("\n", start - 2) + 1;
  const previous = start > 0 ? text.slice(prevStart, start - 1) : "";
  const nextEnd = text.indexOf("\n", end + 1);
  const next = end < text.length ? text.slice(end + 1, nextEnd < 0 ? text.length : nextEnd) : "";
  return [previous, next].some((l) => PIPE_ROW.test(l) || RULE_LINE.test(l));
}
