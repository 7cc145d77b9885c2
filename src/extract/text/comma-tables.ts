// Tables exported as comma-separated lines (县（区、市）,项目数（个）,总投资（亿元） over 榆次区,18,86.4): read as
// the tab-separated tables the segmenter knows. A line is a row when it holds two ASCII commas or more, no
// sentence punctuation, and a line next to it holds as many: prose with a thousands comma (1,852.35亿元) has
// neither. Each comma becomes a tab, one character for one, so offsets hold.

import { type OffsetText, replaceRanges } from "./offset-text";

const PROSE_MARK = /[，。；！？]/u;

/** Commas of a line that may be a comma-separated row, or 0. */
function commasOf(line: string): number {
  if (PROSE_MARK.test(line)) return 0;
  let n = 0;
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) === 0x2c) n++;
  return n >= 2 ? n : 0;
}

/** The text with its comma-separated tables turned into tab-separated rows. */
export function commaTables(t: OffsetText): OffsetText {
  const text = t.text;
  if (!text.includes(",")) return t;
  const lines: Array<{ start: number; end: number; commas: number }> = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lines.push({ start, end, commas: commasOf(text.slice(start, end)) });
    start = end + 1;
  }
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  lines.forEach((l, i) => {
    if (l.commas === 0) return;
    const paired = [lines[i - 1], lines[i + 1]].some((o) => o !== undefined && o.commas === l.commas);
    if (!paired) return;
    for (let at = l.start; at < l.end; at++)
      if (text.charCodeAt(at) === 0x2c) replacements.push({ start: at, end: at + 1, text: "\t" });
  });
  return replacements.length > 0 ? replaceRanges(t, replacements) : t;
}
