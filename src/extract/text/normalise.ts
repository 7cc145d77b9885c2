import { decodeHtmlEntities } from "../load/html-entities";
import { columnBreaks } from "./column-breaks";
import { commaTables } from "./comma-tables";
import { hardWraps } from "./hard-wraps";
import { parseChineseInteger } from "./numerals";
import { deleteRanges, type OffsetText, replaceRanges } from "./offset-text";
import { paddedNames } from "./padded-names";
import { pipeTables } from "./pipe-tables";
import { runningHeads } from "./running-heads";
import { sloppyUnits } from "./sloppy-units";
import { taiwanWords } from "./taiwan-words";
import { isTraditional, toSimplified, withStrayTraditional } from "./traditional";

export interface NormalisedText extends OffsetText {
  traditional: boolean;
}

// Pinyin glosses inserted by mirror sites after a character: 項(xiàng)目.
// Only runs of Latin letters with at least one tone mark are removed, so
// acronyms such as RCEP（…） survive.
// One syllable or several (總投資(zǒng tóu zī)98.7億元, 唐山市（Tángshān Shì）), at least one with its tone marked,
// and an English gloss after them (进出口（jìnchūkǒu, imports and exports）).
const PINYIN_NOISE =
  /(?<=\p{Script=Han}|[”"])[（(](?=[a-zA-Zü'\s]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ])[a-zA-Z'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]+(?: [a-zA-Z'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]+){0,5}(?:[,，] ?[A-Za-z][A-Za-z' .-]{0,40})?[）)]/gu;
const WIDE_THOUSANDS = /，(?=[０-９]{3}(?![０-９]))/gu;

function isWideDigit(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c >= 0xff10 && c <= 0xff19;
}

// A Chinese full stop used as a decimal point before a unit: 57。6億元.
const STOP_AS_POINT = /(?<=\d)。(?=\d+\s*(?:[万亿千百萬億]|%|％|美元|元))/gu;

// What each UTF-16 code unit becomes. A lookup rather than range tests: the
// hot loop then has one well-fed branch, and rare characters cannot send the
// optimised loop back to the interpreter document after document.
const KEEP = 0;
const DROP = 1; // \r, byte-order mark
const SPACE = 2; // ideographic, no-break and thin spaces
const FOLD = 3; // full-width digits, Latin letters and number signs → ASCII
const TONE = 4; // kept, but a pinyin gloss may follow (à … ǜ)
const QUOTE = 5; // corner brackets (「三個一批」, Hong Kong and Taiwan papers) → the curly quotes every rule knows
const QUOTES: Record<number, string> = { 12300: "“", 12301: "”", 12302: "‘", 12303: "’" };
const CLASS = new Uint8Array(0x10000);
CLASS[0x0d] = DROP;
CLASS[0xfeff] = DROP;
for (const c of [0x3000, 0xa0, 0x2009]) CLASS[c] = SPACE;
for (const ch of "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz%.+-") {
  // Chinese punctuation in the same block (，（）：) stays as it is.
  CLASS[ch.charCodeAt(0) + 0xfee0] = FOLD;
}
for (const ch of "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ") CLASS[ch.charCodeAt(0)] = TONE;
for (const c of Object.keys(QUOTES)) CLASS[Number(c)] = QUOTE;

/** Index of the first character that is not kept as it is, or -1. */
function firstChange(body: string): number {
  // A plain loop: once optimised it outruns a regex class scan several times over.
  for (let i = 0; i < body.length; i++) if (CLASS[body.charCodeAt(i)] !== KEEP) return i;
  return -1;
}

// Offsets of an unchanged text are consecutive: copied from a shared run
// (grown on demand, up to IOTA_MAX) rather than written one by one.
const IOTA_MAX = 1 << 21;
let iota = new Int32Array(0);

function consecutive(map: Int32Array, count: number, from: number): void {
  if (from + count > IOTA_MAX) {
    for (let i = 0; i < count; i++) map[i] = from + i;
    return;
  }
  if (iota.length < from + count) {
    iota = new Int32Array(Math.min(IOTA_MAX, Math.max(from + count, iota.length * 2, 1 << 16)));
    for (let i = 0; i < iota.length; i++) iota[i] = i;
  }
  map.set(iota.subarray(from, from + count));
}

/**
 * Normalises the body of a document once, before any rule runs: full-width
 * digits and signs folded to ASCII, corner brackets to curly quotes, traditional characters converted (only
 * when the text is traditional), pinyin noise dropped, column breaks joined.
 * Offsets into the original text are kept in `map`.
 */
export function normalise(original: string, bodyStart: number): NormalisedText {
  let body = original.slice(bodyStart);
  const traditional = isTraditional(body);
  body = traditional ? toSimplified(body) : withStrayTraditional(body);
  const first = firstChange(body);
  // ５，１３６亿元: a text typing full-width digits sets thousands apart with a full-width comma; one for one, so
  // offsets hold.
  if (first >= 0) body = body.replace(WIDE_THOUSANDS, (comma, at: number) => (isWideDigit(body, at - 1) ? "," : comma));
  let t: OffsetText;
  let toneMarks = false;
  if (first < 0) {
    const map = new Int32Array(body.length + 1);
    consecutive(map, body.length, bodyStart);
    map[body.length] = original.length;
    t = { text: body, map };
  } else {
    const folded = fold(body, bodyStart, first, original.length);
    t = folded.text;
    toneMarks = folded.toneMarks;
  }
  if (t.text.includes("&")) t = decodeEntities(t);
  if (t.text.includes("<")) t = tagRemnants(t);
  if (t.text.includes("关键词")) t = searchHighlights(t);
  if (t.text.includes("**")) t = boldMarks(t);
  t = replaceStops(t);
  if (traditional) t = taiwanWords(t);
  if (t.text.includes("百分之")) t = percentWords(t);
  t = { text: itemsAsUnits(t.text), map: t.map };
  t = sloppyUnits(t);
  const spaced = spacedNumbers(t.text);
  if (spaced.length > 0) t = deleteRanges(t, spaced);
  if (t.text.includes(" ")) {
    const gaps = Array.from(t.text.matchAll(LABEL_GAP), (m): [number, number] => [m.index, m.index + 1]);
    if (gaps.length > 0) t = deleteRanges(t, gaps);
  }
  const padded = paddedNames(t.text);
  if (padded.length > 0) t = deleteRanges(t, padded);
  t = pipeTables(t);
  t = commaTables(t);
  const heads = runningHeads(t.text);
  if (heads.length > 0) t = deleteRanges(t, heads);
  // Lines rejoined first: pinyin noise may itself be cut by a line end (項(x⏎iàng)目).
  const wraps = hardWraps(t.text);
  if (wraps.length > 0) t = deleteRanges(t, wraps);
  t = deleteRanges(t, columnBreaks(t.text));
  if (toneMarks) {
    const noise = Array.from(t.text.matchAll(PINYIN_NOISE), (m): [number, number] => [m.index, m.index + m[0].length]);
    t = deleteRanges(t, noise);
  }
  return { ...t, traditional };
}

/** The text with characters dropped, spaced and folded from `first` on; unchanged runs are copied as slices. */
function fold(body: string, bodyStart: number, first: number, end: number): { text: OffsetText; toneMarks: boolean } {
  const map = new Int32Array(body.length + 1);
  consecutive(map, first, bodyStart);
  const pieces: string[] = [];
  let j = first;
  let run = 0;
  let toneMarks = false;
  for (let i = first; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const k = CLASS[c];
    if (k === KEEP || k === TONE) {
      toneMarks ||= k === TONE;
      map[j++] = bodyStart + i;
      continue;
    }
    if (i > run) pieces.push(body.slice(run, i));
    run = i + 1;
    if (k === DROP) continue;
    pieces.push(k === SPACE ? " " : k === QUOTE ? (QUOTES[c] ?? "") : String.fromCharCode(c - 0xfee0));
    map[j++] = bodyStart + i;
  }
  if (run < body.length) pieces.push(body.slice(run));
  map[j] = end;
  return { text: { text: pieces.join(""), map: map.subarray(0, j + 1) }, toneMarks };
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether some 。 stands between two digits (the only place STOP_AS_POINT can match). */
function hasStopBetweenDigits(text: string): boolean {
  for (let i = text.indexOf("。"); i >= 0; i = text.indexOf("。", i + 1)) {
    if (isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

// A number set apart by spaces inside prose, as some sites and editors space Latin text
// (当天集中开工项目 186 个，总投资 1103.8 亿元): the spaces go. Only on lines holding a
// clause mark: table rows and list lines keep the spaces between their cells.
const CLAUSE_MARKS = /[，。；]/u;

const LIST_MARK = 0x3001; // 、

function isHan(c: number): boolean {
  return c >= 0x4e00 && c <= 0x9fff;
}

/** A digit, a decimal point or a percent sign: what a number set apart by spaces is made of. */
function isNumberChar(c: number): boolean {
  return isDigitCode(c) || c === 0x2e || c === 0x25;
}

const DECIMALS_THEN_UNIT = /^\d+(?:万亿|亿|万)?(?:美元|元|%)/u;
// Words that lead a number (约 1 250亿元).
const NUMBER_LEADS = "约近超逾达为共计";

/**
 * Spaces between a Han character and a number that a Han character follows again
 * (项目 186 个), found by a scan over the spaces: a regex with look-behinds tried at
 * every position cost a twentieth of the whole pipeline.
 */
function spacedNumbers(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf(" "); i >= 0; i = text.indexOf(" ", i + 1)) {
    const before = text.charCodeAt(i - 1);
    // Before the number: a Han character, then the space, then digits, a space and a Han character.
    if (isHan(before) && isNumberChar(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (isNumberChar(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === 0x20 && isHan(text.charCodeAt(j + 1)) && onProseLine(text, i)) {
        out.push([i, i + 1], [j, j + 1]);
        i = j;
      } else if (NUMBER_LEADS.includes(text.charAt(i - 1)) && onProseLine(text, i)) {
        // 约 1 250亿元: a qualifier set apart from its number.
        out.push([i, i + 1]);
      }
      continue;
    }
    // A space after a decimal point (进口 76. 85亿美元): one number. Not a list's number before a year
    // (1. 2023年): the digits after close with a unit.
    if (
      before === 0x2e &&
      isDigitCode(text.charCodeAt(i - 2)) &&
      DECIMALS_THEN_UNIT.test(text.slice(i + 1, i + 12)) &&
      onProseLine(text, i)
    ) {
      out.push([i, i + 1]);
      continue;
    }
    // A decimal point set apart by spaces (412 . 7亿元, 12 .9%): one number.
    if (isDigitCode(before) && text.charCodeAt(i + 1) === 0x2e && onProseLine(text, i)) {
      if (isDigitCode(text.charCodeAt(i + 2))) {
        out.push([i, i + 1]);
        continue;
      }
      if (text.charCodeAt(i + 2) === 0x20 && isDigitCode(text.charCodeAt(i + 3))) {
        out.push([i, i + 1], [i + 2, i + 3]);
        i += 2;
        continue;
      }
    }
    // Thousands set apart by a space (共有2 185个项目参加): one number, on a prose line.
    // Also in a headline when a Han character leads the number and a unit closes it (进出口4 561.8亿元).
    if (
      isDigitCode(before) &&
      thousandsAfter(text, i) &&
      leadingDigits(text, i) <= 3 &&
      (onProseLine(text, i) ||
        (isHan(text.charCodeAt(i - leadingDigits(text, i) - 1)) && UNIT_AFTER.test(text.slice(i + 1, i + 16))))
    ) {
      out.push([i, i + 1]);
      continue;
    }
    // A thousands comma with a space after it (总投资1, 086.4亿元): one number, a unit after it.
    if (
      before === 0x2c &&
      isDigitCode(text.charCodeAt(i - 2)) &&
      leadingDigits(text, i - 1) <= 3 &&
      thousandsAfter(text, i) &&
      UNIT_AFTER.test(text.slice(i + 1, i + 16)) &&
      onProseLine(text, i)
    ) {
      out.push([i, i + 1]);
      continue;
    }
    // A space that a PDF put inside an amount (总投资13 2.6亿元, 总值106. 82亿元): one number, a unit after it.
    if ((isDigitCode(before) || before === 0x2e) && isDigitCode(text.charCodeAt(i + 1)) && splitAmount(text, i)) {
      out.push([i, i + 1]);
      continue;
    }
    // A space a careless writer left inside a sentence's words (签 约项目24个, 焦作 市外贸进 出口): after a clause
    // mark on a prose line, between two Han characters (not a dateline's or a byline's space at the line's start).
    if (isHan(before) && isHan(text.charCodeAt(i + 1)) && spaceInSentence(text, i)) {
      out.push([i, i + 1]);
      continue;
    }
    // A number opening a line (137 个项目集中开工) or a list's next item (分别为 31 个、45 个、20 个).
    if (isNumberChar(before) && isHan(text.charCodeAt(i + 1))) {
      let j = i - 1;
      while (j >= 0 && isNumberChar(text.charCodeAt(j))) j--;
      const lead = j < 0 ? 0x0a : text.charCodeAt(j);
      if ((lead === 0x0a || lead === LIST_MARK) && onProseLine(text, i)) out.push([i, i + 1]);
    }
  }
  return out;
}

/** Three digits after the space at `at`, then a unit or a Han character (2 185个, 1 852.35亿元), not a fourth digit. */
function thousandsAfter(text: string, at: number): boolean {
  for (let k = 1; k <= 3; k++) if (!isDigitCode(text.charCodeAt(at + k))) return false;
  const next = text.charCodeAt(at + 4);
  // 1 503 826万美元: another group of thousands after the next space.
  if (next === 0x20) return thousandsAfter(text, at + 4);
  return !isDigitCode(next) && (next === 0x2e || next === 0x25 || isHan(next));
}

/** Digits right before the space at `at`, up to the first other character. */
function leadingDigits(text: string, at: number): number {
  let n = 0;
  while (at - n - 1 >= 0 && isDigitCode(text.charCodeAt(at - n - 1))) n++;
  return at - n - 1 >= 0 && text.charCodeAt(at - n - 1) === 0x2e ? 99 : n;
}

const SPLIT_TAIL = /^\d+(?:\.\d+)?(?:(?:万亿|亿|万)?(?:美元|元)|%)/u;

/** Whether the space at `at` splits one amount: a Han character before its digits, a unit after them, one point. */
function splitAmount(text: string, at: number): boolean {
  let j = at - 1;
  let points = 0;
  while (j >= 0 && isNumberChar(text.charCodeAt(j))) if (text.charCodeAt(j--) === 0x2e) points++;
  if (j < 0 || !isHan(text.charCodeAt(j))) return false;
  const tail = SPLIT_TAIL.exec(text.slice(at + 1, at + 20));
  if (!tail || points + (tail[0].includes(".") ? 1 : 0) > 1) return false;
  return onProseLine(text, at);
}

const UNIT_AFTER = /^\d{3}(?:[ ,]\d{3})*(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元|个|家)/u;

/** Whether the space at `at` stands inside a sentence: a clause mark before it on its line, and a full stop or comma after. */
function spaceInSentence(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  let lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0) lineEnd = text.length;
  return CLAUSE_MARKS.test(text.slice(lineStart, at)) && CLAUSE_MARKS.test(text.slice(at, lineEnd));
}

function onProseLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at) + 1;
  let lineEnd = text.indexOf("\n", at);
  if (lineEnd < 0) lineEnd = text.length;
  return CLAUSE_MARKS.test(text.slice(lineStart, lineEnd));
}

function replaceStops(t: OffsetText): OffsetText {
  if (!hasStopBetweenDigits(t.text)) return t;
  return { text: t.text.replace(STOP_AS_POINT, "."), map: t.map };
}

// A percentage in words, as formal reports write it (同比增长百分之十九点二, 占全市的百分之三十五):
// rewritten as the figure it is (19.2%), so that every rule reads it as it reads 19.2%.
// Not 百分之十几 (no figure stated).
const PERCENT_WORDS =
  /百分之(?:(?<digits>\d+(?:\.\d+)?)|(?<int>[零〇一二两三四五六七八九十百]+)(?:点(?<frac>[零〇一二三四五六七八九]+))?)(?![几\d])/gu;
const DIGIT_WORDS = "零一二三四五六七八九";

function percentWords(t: OffsetText): OffsetText {
  const replacements: Array<{ start: number; end: number; text: string }> = [];
  for (const m of t.text.matchAll(PERCENT_WORDS)) {
    const g = m.groups ?? {};
    let figure = g.digits;
    if (figure === undefined) {
      const whole = parseChineseInteger(g.int ?? "");
      if (whole === null) continue;
      const frac = Array.from(g.frac ?? "", (ch) => DIGIT_WORDS.indexOf(ch === "〇" ? "零" : ch)).join("");
      figure = frac.length > 0 ? `${whole}.${frac}` : String(whole);
    }
    replacements.push({ start: m.index, end: m.index + m[0].length, text: `${figure}%` });
  }
  return replaceRanges(t, replacements);
}

// 19项、15项、13项: projects counted with 项, as some reports count them, read as the 个 every rule knows.
// One character for one, so offsets stay; not 项目 itself.
const NUMERAL_CHARS = new Set("0123456789零〇一二两三四五六七八九十百千");

function itemsAsUnits(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  for (let i = text.indexOf("项"); i >= 0; i = text.indexOf("项", i + 1)) {
    if (!NUMERAL_CHARS.has(text.charAt(i - 1)) || text.charAt(i + 1) === "目") continue;
    out ??= [];
    out.push(text.slice(from, i), "个");
    from = i + 1;
  }
  if (out === undefined) return text;
  out.push(text.slice(from));
  return out.join("");
}

// Character references left in a text file by a site's export (第八期&ldquo;三个一批&rdquo;, 进出口&nbsp;1852.35亿元):
// decoded in place, the reference's first character standing for the decoded one and the rest deleted.
const ENTITY_REFERENCE = /&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/gu;

// Tags a scraper left in a text page (<p>, <br/>, </div>, <span style="…">): markup, not words. A tag that breaks a
// line (br, p, div, li, tr, h1–h6) leaves a line break behind.
const TAG_REMNANT = /<\/?([a-zA-Z][a-zA-Z0-9]{0,9})(?:\s[^<>\n]{0,300})?\s*\/?>/gu;
const LINE_BREAK_TAG = /^(?:br|p|div|li|tr|h[1-6]|section|article|table)$/iu;

function tagRemnants(t: OffsetText): OffsetText {
  const parts: string[] = [];
  const rest: Array<[number, number]> = [];
  let from = 0;
  for (const m of t.text.matchAll(TAG_REMNANT)) {
    // One character of the tag stays for the line break, so that each kept character keeps its offset.
    const breaks = LINE_BREAK_TAG.test(m[1] ?? "");
    if (breaks) {
      parts.push(t.text.slice(from, m.index), "\n");
      from = m.index + 1;
      rest.push([m.index + 1, m.index + m[0].length]);
    } else rest.push([m.index, m.index + m[0].length]);
  }
  if (rest.length === 0) return t;
  parts.push(t.text.slice(from));
  return deleteRanges({ text: parts.join(""), map: t.map }, rest);
}

function decodeEntities(t: OffsetText): OffsetText {
  const parts: string[] = [];
  const rest: Array<[number, number]> = [];
  let from = 0;
  for (const m of t.text.matchAll(ENTITY_REFERENCE)) {
    const decoded = decodeHtmlEntities(m[0]);
    // One UTF-16 unit only, so that each kept character keeps its offset; a no-break space is a space.
    if (decoded.length !== 1 || decoded === m[0]) continue;
    parts.push(t.text.slice(from, m.index), decoded === "\u00A0" ? " " : decoded);
    from = m.index + 1;
    rest.push([m.index + 1, m.index + m[0].length]);
  }
  if (rest.length === 0) return t;
  parts.push(t.text.slice(from));
  return deleteRanges({ text: parts.join(""), map: t.map }, rest);
}

// A search engine's cached copy marks the words searched for ([长沙]市实现[进出口]总额…) and lists them in its notice
// (您查询的关键词已被标明：[长沙]  [进出口]  [2019]): the marks are the engine's, not the article's.
const HIGHLIGHT_NOTICE = /关键词(?:已被|已)?(?:标明|标出|高亮|标记)[^\n]*/u;
const MARKED_TERM = /\[([^[\]\n]{1,16})\]/gu;

function searchHighlights(t: OffsetText): OffsetText {
  const notice = HIGHLIGHT_NOTICE.exec(t.text);
  if (!notice) return t;
  const terms = new Set(Array.from(notice[0].matchAll(MARKED_TERM), (m) => m[1]));
  if (terms.size === 0) return t;
  const marks: Array<[number, number]> = [];
  for (const m of t.text.matchAll(MARKED_TERM)) {
    if (!terms.has(m[1])) continue;
    const end = m.index + m[0].length;
    marks.push([m.index, m.index + 1], [end - 1, end]);
  }
  return deleteRanges(t, marks);
}

// Markdown's bold marks around words (**上半年**，全市有**进出口**实绩的企业6217家): no part of the words.
const BOLD = /\*\*([^*\n]{1,40})\*\*/gu;

function boldMarks(t: OffsetText): OffsetText {
  const marks: Array<[number, number]> = [];
  for (const m of t.text.matchAll(BOLD)) {
    const end = m.index + m[0].length;
    marks.push([m.index, m.index + 2], [end - 2, end]);
  }
  return marks.length > 0 ? deleteRanges(t, marks) : t;
}

// A post's label and its figure set apart by one space (签约项目 5个｜总投资 31.2亿元): one phrase. Only after a
// measure's word and before a figure with its unit, so that a table's bare figures stay apart (签约项目 12 36.5).
// The space comes first so that the scan looks for spaces, not tries the look-behind at every position.
const LABEL_GAP =
  / (?<=(?:项目|签约|开工|动工|投产|总投资|投资额|签约额|金额|产值|进出口|出口|进口|顺差|逆差) )(?=\d[\d.]*(?:个|家|亿元|万元|亿美元|万美元|%))/gu;
