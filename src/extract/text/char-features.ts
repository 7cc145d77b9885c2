// Which characters a clause holds, as bits, read in one pass. Every rule family
// needs some character before it can match (money needs 元 and a digit, a rate
// a numeral right before %/成/倍, a period 年/月/… right after a numeral or
// 今/去/本…, a trade keyword 口/贸/差/值): with the bits, most clauses of a page
// are passed over without running any of the rules' regexes on them.

export const DIGIT = 1 << 0;
/** 零〇一二两三四五六七八九十百千 */
export const CN_NUMERAL = 1 << 1;
export const YUAN = 1 << 2;
/** %, 成, 倍 */
const RATE_UNIT = 1 << 3;
/** A rate unit right after a digit or Chinese numeral (5.2%, 五成, 1.1倍). */
export const RATE = 1 << 4;
export const ZHAN = 1 << 5;
export const DI = 1 << 6;
/** 实 (实绩) */
export const SHI = 1 << 7;
/** 持 (持平) */
export const CHI = 1 << 8;
/** 口, 贸, 差: every trade keyword but 总值 holds one. */
export const TRADE = 1 << 9;
/** 值 (总值) */
export const ZHI = 1 << 10;
/** 比, 较: most comparison bases. */
export const COMPARE = 1 << 11;
/** 均, 平 (年均, 年平均) */
export const AVERAGE = 1 << 12;
export const ZAI = 1 << 13;
/** 年月季期次批 */
const PERIOD_CHAR = 1 << 14;
/** Characters that stand right before a period character in a period word. */
const BEFORE_PERIOD = 1 << 15;
/** A period character right after a numeral or 今/去/上/本/当/同/全/前/此/半/个 (2021年, 今年, 一季度, 5月, 第三批). */
export const PERIOD = 1 << 16;
/** 签, 开, 投, 三 (签约, 开工, 投产, 三个一批) */
export const ACTIVITY = 1 << 17;
/** 项 (项目) */
export const XIANG = 1 << 18;

const TABLE = new Uint32Array(0x10000);
function mark(chars: string, bit: number): void {
  for (const ch of chars) TABLE[ch.charCodeAt(0)] = (TABLE[ch.charCodeAt(0)] ?? 0) | bit;
}
mark("0123456789", DIGIT | BEFORE_PERIOD);
mark("零〇一二两三四五六七八九十百千", CN_NUMERAL);
mark("〇零一二三四五六七八九十两今去上本当同全前此半个", BEFORE_PERIOD);
mark("元", YUAN);
mark("%成倍", RATE_UNIT);
mark("占", ZHAN);
mark("第", DI);
mark("实", SHI);
mark("持", CHI);
mark("口贸差", TRADE);
mark("值", ZHI);
mark("比较", COMPARE);
mark("均平", AVERAGE);
mark("在", ZAI);
mark("年月季期次批", PERIOD_CHAR);
mark("签开投三", ACTIVITY);
mark("项", XIANG);

/** Adds the pair bits a character makes with the one before it. */
function pairFeatures(current: number, previous: number): number {
  let bits = current;
  if ((current & PERIOD_CHAR) !== 0 && (previous & BEFORE_PERIOD) !== 0) bits |= PERIOD;
  if ((current & RATE_UNIT) !== 0 && (previous & (DIGIT | CN_NUMERAL)) !== 0) bits |= RATE;
  return bits;
}

/** Features of text[from, to). */
export function textFeatures(text: string, from = 0, to = text.length): number {
  let mask = 0;
  let previous = 0;
  for (let i = from; i < to; i++) {
    const current = TABLE[text.charCodeAt(i)] ?? 0;
    if (current !== 0) mask |= pairFeatures(current, previous);
    previous = current;
  }
  return mask;
}

// Clause separators: ，；： end a clause (、 stays inside: lists); in headlines
// any whitespace (what \s matches) does too.
const BODY = 1;
const SPACE = 2;
const SEPARATOR = new Uint8Array(0x10000);
for (const ch of "，；：,;:") SEPARATOR[ch.charCodeAt(0)] = BODY;
for (const ch of "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff") SEPARATOR[ch.charCodeAt(0)] = SPACE;
for (let c = 0x2000; c <= 0x200a; c++) SEPARATOR[c] = SPACE;

/**
 * Non-empty runs of text between clause separators, with their features, in
 * one pass: [start, end, features, start, end, features, …]. (The pass lives
 * here, beside the tables, so its loop reads them directly.)
 */
export function clauseSpans(text: string, headline: boolean): number[] {
  const cut = headline ? BODY | SPACE : BODY;
  const out: number[] = [];
  let start = 0;
  let mask = 0;
  let previous = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((SEPARATOR[c] ?? 0) & cut) !== 0) {
      if (i > start) out.push(start, i, mask);
      start = i + 1;
      mask = 0;
      previous = 0;
      continue;
    }
    const current = TABLE[c] ?? 0;
    if (current !== 0) mask |= pairFeatures(current, previous);
    previous = current;
  }
  if (text.length > start) out.push(start, text.length, mask);
  return out;
}
