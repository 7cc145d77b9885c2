// Text copied from a PDF or a scanned page keeps the page's line ends: every
// line of a paragraph runs to about the column's width and breaks wherever
// the width ran out, mid-word included (集中开⏎工项目41个). Prose set one
// paragraph per line ends its lines with sentences; a wrapped page mostly
// does not. So a line that ends mid-sentence and runs to most of the column's
// width goes on in the next line, where the column is the width many of the
// page's lines end at, or else the widest line of a block of three or more (a
// block of two may be a headline). A line that ends a sentence, or a short
// one, ends its paragraph. Table rows are never joined.
//
// Accepted shape:
//   本次活动，全市集中签约项目34个，签约金额156.2亿元；集中开
//   工项目41个，总投资203.8亿元；集中投产项目27个，总投资98.5亿元，
//   达产后预计新增年产值120亿元以上。三类项目共计102个，总投
//   资458.5亿元，比上次活动增加15个。

import { PLACE_ITEM_LINE } from "./list-lines";

/** Narrowest and widest column, in half-width units (a Chinese character is two). */
const MIN_WIDTH = 24;
const MAX_WIDTH = 130;
/** How far from a page's column width a line may be and still run to its edge (digits are narrower). */
const SLACK = 6;
/** A line that runs on is at least this share of the widest line. */
const RUNS_ON = 0.6;
// A table row (cells set apart by runs of spaces or tabs) is no wrapped prose.
// Also a row set with single spaces, ending in figures (鹿城区　12　86.4　21.3) or of four cells
// or more (a header row): a byline has two spaces at most (本报讯（记者 张三 通讯员 李四）).
// Or a list line of phrases set apart by single spaces ending in a figure (东盟　进出口6.9亿元　增长38.5%).
const TABLE_ROW =
  /\t| {2,}|\u3000{2,}|[|｜]|[ \u3000][\d.,%-]+[ \u3000][\d.,%-]+$|^[^\s\d，。；]{2,12}[ \u3000][^\s，。；]*\d[^\s，。；]*[ \u3000][^\s，。；]*[\d%倍成多]$/u;
const MAX_SPACES = 2;
// A box's line, its figure first, a space, then what the figure is (38个　开工项目; 448.37亿元　项目总投资).
const FIGURE_FIRST = /^[\d.]+\s*(?:个|家|项|亿元|万元|亿美元|万美元|%|倍)[ \u3000]+\p{Script=Han}/u;

function isTableRow(line: string): boolean {
  if (TABLE_ROW.test(line) || PLACE_ITEM_LINE.test(line) || FIGURE_FIRST.test(line)) return true;
  let spaces = 0;
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if ((c === 0x20 || c === 0x3000) && spaces++ >= MAX_SPACES) return true;
  }
  return false;
}
const CLAUSE_MARK = /[，、；：。]/u;
const INDENT = /^(?:[ \u3000]{2}|\t)/u;
const EMOJI_LEAD = /^\p{Extended_Pictographic}/u;
// Not a decimal a wrap cut (…增长1⏎2.5%): the number's mark is followed by no digit.
const NUMBERED_LEAD = /^\s*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])/u;
/** A line ending a sentence (a full stop, semicolon or colon, maybe a closing quote): no wrap goes on from it. */
export const ENDS_SENTENCE = /[。！？!?；：:][”」』）)]?$/u;

function widthOf(line: string): number {
  let w = 0;
  for (let i = 0; i < line.length; i++) w += line.charCodeAt(i) < 0x2e80 ? 1 : 2;
  return w;
}

interface Line {
  start: number;
  /** End of the line's text, trailing spaces left out. */
  end: number;
  width: number;
  table: boolean;
  open: boolean;
  /** Set in by spaces (　　3月28日，…): a paragraph's first line, never a wrapped line's go-on. */
  indented: boolean;
  /** Set in by spaces only (not led by an emoji or a number). */
  spaced: boolean;
}

/** Ranges [start, end) of line ends to delete to rejoin paragraphs wrapped at a column's width. */
export function hardWraps(text: string): Array<[number, number]> {
  const blocks: Line[][] = [];
  let block: Line[] = [];
  let lines = 0;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const raw = text.slice(at, end);
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") {
      if (block.length > 0) blocks.push(block);
      block = [];
    } else {
      const kept = line.trimEnd();
      lines++;
      block.push({
        start: at,
        end: at + kept.length,
        width: widthOf(kept),
        table: isTableRow(kept.trim()),
        open: !ENDS_SENTENCE.test(kept),
        // A line led by an emoji (📥 进口：…) or a list's number (2. 开工一批：…, ②…) starts a point of its own,
        // as an indented one does.
        indented: INDENT.test(kept) || EMOJI_LEAD.test(kept) || NUMBERED_LEAD.test(kept),
        spaced: INDENT.test(kept),
      });
    }
    at = end + 1;
  }
  if (block.length > 0) blocks.push(block);
  const out: Array<[number, number]> = [];
  const column = pageColumn(blocks, lines);
  for (const b of blocks) {
    const from = out.length;
    if (column !== undefined) joinAtColumn(b, column, text, out);
    else joinBlock(b, text, out);
    if (spacedLines(b) >= 2) joinUnindented(b, text, out, from);
    const joined = new Set(out.slice(from).map((r) => r[0]));
    // A line never starts with a clause mark (…开工项目6个⏎，总投资22.8亿元): it goes on from the line before.
    // Nor does a list end in its mark (…分别为312.6亿元、⏎218.4亿元、156.3亿元和142.7亿元).
    for (let i = 1; i < b.length; i++) {
      const l = b[i] as Line;
      const before = b[i - 1] as Line;
      if (
        !before.table &&
        !joined.has(before.end) &&
        (CLAUSE_MARK.test(text.charAt(l.start)) || text.charAt(before.end - 1) === "、")
      )
        out.push([before.end, l.start]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * The width a page is wrapped at, when many of its lines end mid-sentence at
 * about one width (a PDF's or a scan's column): paragraphs of two lines are
 * then rejoined too, which a block on its own cannot tell from a headline.
 */
function pageColumn(blocks: readonly Line[][], lines: number): number | undefined {
  const widths: number[] = [];
  for (const b of blocks)
    for (let i = 0; i < b.length - 1; i++) {
      const l = b[i] as Line;
      if (l.open && !l.table && l.width >= MIN_WIDTH && l.width <= MAX_WIDTH) widths.push(l.width);
    }
  if (widths.length < 3) return undefined;
  widths.sort((a, b) => a - b);
  let best = 0;
  let column = 0;
  for (let i = 0, j = 0; i < widths.length; i++) {
    while ((widths[i] as number) - (widths[j] as number) > SLACK) j++;
    if (i - j + 1 >= best) {
      best = i - j + 1;
      column = widths[i] as number;
    }
  }
  // Most lines of a page set one paragraph per line end sentences; a wrapped page's mostly do not.
  return best >= 3 && best * 10 >= lines * 2 ? column : undefined;
}

/**
 * Whether a block reads as prose (most of its lines but the last hold a clause
 * mark), as a wrapped paragraph does: lines set one phrase each (全省第九期“三个一批”
 * 项目建设活动⏎举行集中签约开工投产⏎洛阳分会场设在伊滨经开区) hold none, the line end
 * being their only break.
 */
function readsAsProse(block: readonly Line[], text: string): boolean {
  let lines = 0;
  let marked = 0;
  for (let i = 0; i < block.length - 1; i++) {
    const l = block[i] as Line;
    if (l.table) continue;
    lines++;
    if (CLAUSE_MARK.test(text.slice(l.start, l.end))) marked++;
  }
  return lines < 2 || marked * 2 >= lines;
}

// A line that closes on a figure's unit, and a next line that opens a new statement (…增长27.5%，占44.7%⏎对RCEP
// 其他成员国进出口…; …增长超三成⏎其中对东盟…): items one a line, as posts set them; a wrapped sentence would have a mark between.
const FIGURE_END = /(?:[%％元个倍]|[\d一二三四五六七八九两]成多?)$/u;
const ITEM_START = /^(?:对|其中|全市|全省|我市|本市|出口|进口|进出口|【)/u;

function newItem(l: Line, next: Line, text: string): boolean {
  return FIGURE_END.test(text.slice(l.start, l.end)) && ITEM_START.test(text.slice(next.start, next.end));
}

function joinAtColumn(block: readonly Line[], column: number, text: string, out: Array<[number, number]>): void {
  if (!readsAsProse(block, text)) return;
  for (let i = 0; i < block.length - 1; i++) {
    const l = block[i] as Line;
    const next = block[i + 1] as Line;
    if (l.open && !l.table && !next.table && !next.indented && l.width >= column * RUNS_ON && !newItem(l, next, text))
      out.push([l.end, next.start]);
  }
}

function spacedLines(block: readonly Line[]): number {
  let n = 0;
  for (const l of block) if (l.spaced) n++;
  return n;
}

/**
 * Paragraphs set in by spaces (　　据郑州海关统计，…进出口总值⏎2748.6亿元，…): a line not set in, after a line
 * ending mid-sentence, goes on from it whatever the lines' widths (wrapped by hand or by a narrow editor).
 */
function joinUnindented(block: readonly Line[], text: string, out: Array<[number, number]>, from: number): void {
  // Only this block's joins so far (those of the blocks before end elsewhere).
  const joined = new Set(out.slice(from).map((r) => r[0]));
  for (let i = 0; i < block.length - 1; i++) {
    const l = block[i] as Line;
    const next = block[i + 1] as Line;
    if (l.open && !l.table && !next.table && !next.indented && !joined.has(l.end) && !newItem(l, next, text))
      out.push([l.end, next.start]);
  }
}

function joinBlock(block: readonly Line[], text: string, out: Array<[number, number]>): void {
  // A table row or a masthead set with spaces (大同市人民政府公报　　2024年第4期) takes no part.
  const prose = block.filter((l) => !l.table);
  if (prose.length < 3) return;
  let widest = 0;
  for (const l of prose) widest = Math.max(widest, l.width);
  if (widest < MIN_WIDTH || widest > MAX_WIDTH || !readsAsProse(block, text)) return;
  const runsOn = (l: Line) => l.open && !l.table && l.width >= widest * RUNS_ON;
  let open = 0;
  for (let i = 0; i < block.length - 1; i++) if (runsOn(block[i] as Line)) open++;
  // Most lines but a paragraph's last end mid-sentence.
  if (open < 2 || open * 2 < prose.length - 1) return;
  for (let i = 0; i < block.length - 1; i++) {
    const l = block[i] as Line;
    const next = block[i + 1] as Line;
    if (runsOn(l) && !next.table && !next.indented && !newItem(l, next, text)) out.push([l.end, next.start]);
  }
}
