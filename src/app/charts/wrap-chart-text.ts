// Title, subtitle and source line are broken into lines here, before ECharts
// sees them, rather than by ECharts' own `overflow: "break"`. To wrap, ECharts
// first measures all 128 ASCII characters once per font (three fonts: title,
// subtitle, footer), ~40 ms of the first chart's draw on a desktop and four
// times that on a slow phone. Measuring whole candidate lines needs a few
// calls per line, and the layout then knows exactly how many lines it has.

/** Width in pixels of a string in the font being wrapped for. */
export type MeasureWidth = (text: string) => number;

// Pieces a line may not be broken inside: a run of Latin letters, digits and
// their punctuation ("2022-02-27", "zhibiao"), a run of spaces, or one CJK
// character with the closing punctuation that must stay on its line (据、 → 据、).
const PIECE =
  /\s+|[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]+|[\p{Script=Han}\u3000-\u303f\uff00-\uffef][\u3001\u3002\uff09\uff0c\uff1a\uff1b\u201d\u300b\u300d]*/gu;

/**
 * `text` with line breaks inserted so that no line is wider than `maxWidth`
 * (existing line breaks are kept). Lines break between pieces, never inside
 * a word or number unless the word alone is too wide.
 */
export function wrapChartText(text: string, maxWidth: number, measure: MeasureWidth): string {
  return text
    .split("\n")
    .flatMap((paragraph) => wrapParagraph(paragraph, maxWidth, measure))
    .join("\n");
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: MeasureWidth): string[] {
  if (paragraph === "" || measure(paragraph) <= maxWidth) return [paragraph];
  const pieces = paragraph.match(PIECE) ?? [paragraph];
  const lines: string[] = [];
  let start = 0;
  while (start < pieces.length) {
    // Spaces at the start of a line are dropped, as at its end.
    while (start < pieces.length && /^\s+$/u.test(pieces[start] ?? "")) start++;
    if (start >= pieces.length) break;
    const fit = longestFit(pieces, start, maxWidth, measure);
    if (fit > start) {
      lines.push(pieces.slice(start, fit).join("").trimEnd());
      start = fit;
    } else {
      // One piece wider than a line by itself: broken between its characters.
      lines.push(...breakWord(pieces[start] ?? "", maxWidth, measure));
      start++;
    }
  }
  return lines;
}

/** The end of the longest run of pieces from `start` that fits (`start` itself when even one does not). */
function longestFit(pieces: readonly string[], start: number, maxWidth: number, measure: MeasureWidth): number {
  let lo = start;
  let hi = pieces.length;
  // Widths grow with each piece added: a binary search needs about log2(n) measurements per line.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(pieces.slice(start, mid).join("").trimEnd()) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function breakWord(word: string, maxWidth: number, measure: MeasureWidth): string[] {
  const chars = [...word];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    const end = Math.max(start + 1, longestFit(chars, start, maxWidth, measure));
    lines.push(chars.slice(start, end).join(""));
    start = end;
  }
  return lines;
}
