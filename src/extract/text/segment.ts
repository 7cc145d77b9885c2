// Layout of a page: articles, each with headline lines and body lines, and
// sentences with their offsets in the normalised text. A headline is a short
// line that does not end a sentence; a run of headline lines after body text
// starts a new article (a newspaper page holds several).

export interface Sentence {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  text: string;
  headline: boolean;
  /** Index of the line (paragraph) within the document. */
  paragraph: number;
}

export interface Article {
  index: number;
  title: string;
  sentences: Sentence[];
}

const HEADLINE_MAX = 40;
const ENDS_SENTENCE = /[。！？!?；;：:，,）)]$/u;
const BYLINE = /^(?:本报讯|.{0,12}讯[ （(]|（记者|\(记者)/u;
const CAPTION = /摄$/u;
// A sentence ends at 。！？ (a closing quote after it stays with it): the shape
// /[^。！？!?]+(?:[。！？!?]+[”’」』]?)?|[。！？!?]+/, read by hand below (a regex
// match object per sentence cost more than the split itself).
const STOP = new Uint8Array(0x10000);
for (const ch of "。！？!?") STOP[ch.charCodeAt(0)] = 1;
const CLOSING = new Uint8Array(0x10000);
for (const ch of "”’」』") CLOSING[ch.charCodeAt(0)] = 1;

/** End of the sentence that starts at `start` in `line`. */
function sentenceEnd(line: string, start: number): number {
  let i = start;
  if (STOP[line.charCodeAt(i)] === 1) {
    while (i < line.length && STOP[line.charCodeAt(i)] === 1) i++;
    return i;
  }
  while (i < line.length && STOP[line.charCodeAt(i)] !== 1) i++;
  if (i === line.length) return i;
  while (i < line.length && STOP[line.charCodeAt(i)] === 1) i++;
  if (i < line.length && CLOSING[line.charCodeAt(i)] === 1) i++;
  return i;
}

function isHeadline(line: string): boolean {
  return (
    line.length <= HEADLINE_MAX &&
    !ENDS_SENTENCE.test(line) &&
    !line.includes("。") &&
    !BYLINE.test(line) &&
    !CAPTION.test(line)
  );
}

/** Splits normalised text into articles and sentences. */
export function segment(text: string): Article[] {
  const articles: Article[] = [];
  let current: Article | undefined;
  let inBody = false;
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    if (line.length > 0) {
      const headline = isHeadline(line);
      if (!current || (headline && inBody)) {
        current = { index: articles.length, title: "", sentences: [] };
        articles.push(current);
        inBody = false;
      }
      if (headline && !inBody) current.title = current.title ? `${current.title} ${line}` : line;
      else inBody = true;
      const base = lineStart + lead;
      if (headline) {
        current.sentences.push({ start: base, end: base + line.length, text: line, headline: true, paragraph });
      } else {
        for (let from = 0; from < line.length; ) {
          const to = sentenceEnd(line, from);
          const s = line.slice(from, to);
          const trimmed = s.trimStart();
          const off = s.length - trimmed.length;
          const t = trimmed.trimEnd();
          if (t.length > 0) {
            const start = base + from + off;
            current.sentences.push({ start, end: start + t.length, text: t, headline: false, paragraph });
          }
          from = to;
        }
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return articles;
}
