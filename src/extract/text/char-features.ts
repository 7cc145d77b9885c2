// What a clause can hold, as bits read in one pass over its characters. Every
// rule family needs a telltale pair of characters before its regex can match
// (money 元 right after a digit, 亿/万 or 美; a rate %/成/倍 right after a
// numeral; a period 年/月/… right after a numeral or 今/去/本…; a trade keyword
// 出口/进口/贸/顺差/逆差/总值): with the bits, most clauses of a page are passed
// over without running any regex on them. A bit is a necessary condition for
// its family, never a sufficient one.

/** 元 right after a digit, 多/余, a space, 亿/万/千 or 美 (every amount of money). */
export const MONEY = 1 << 0;
/** %, 成 or 倍 right after a digit or Chinese numeral (5.2%, 五成, 1.1倍). */
export const RATE = 1 << 1;
/** 占 (a share). */
export const SHARE = 1 << 2;
/** 第 right before a digit or Chinese numeral (a rank, a batch), or 首 (首位, 榜首). */
export const ORDINAL = 1 << 3;
/** 实绩, 业绩 or 记录 (enterprises with trade). */
export const ENTERPRISES = 1 << 4;
/** 持平 (flat growth). */
export const FLAT = 1 << 5;
/** 出口, 进口, 贸, 顺差, 逆差, 总值: every trade keyword holds one. */
export const TRADE = 1 << 6;
/** 同比, 环比, 相比, 比/较 before 去/上/前/一/a digit, 年均, 年平(均), 按年/按月: every comparison base holds one. */
export const BASE = 1 << 7;
/** 在 (a ranking's field: 在…中). */
export const ZAI = 1 << 8;
/** 中 */
export const ZHONG = 1 << 9;
/**
 * 年/月/季 right after a numeral or 今/去/上/本/当/同/全/前/此/半/个/两 (2021年, 今年,
 * 一季度, 5月, 前五个月), 本次/此次/本期, or 期/次/批 right after a numeral in a
 * clause that has 第 before a numeral (第三批): every period word holds one.
 */
export const PERIOD = 1 << 10;
/** 签约, 开工 (动工), 投产, 一批 (三个一批): a project activity. */
export const ACTIVITY = 1 << 11;
/** 项目 */
export const PROJECT = 1 << 12;
/** 期/次/批 right after a numeral: a period only with ORDINAL in the same clause. */
const BATCH_PAIR = 1 << 13;
/** 个 right after a numeral (4个): a bare count, read only in a table's row (川汇区　4个). */
export const COUNT = 1 << 14;

// Character classes for the pairs: a pair is a "second" character whose
// class is in the mask the "first" character (the one before it) allows.
const C_DIGIT = 1 << 0;
const C_CN = 1 << 1; // 零〇一二两三四五六七八九十百千
const C_SPACE = 1 << 2; // what \s matches
const C_BEFORE_YUAN = 1 << 3; // 多余亿万千美 (and 億萬 left in a simplified text)
const C_YUAN = 1 << 4;
const C_RATE_UNIT = 1 << 5; // %成倍, and 番 (翻一番)
const C_BEFORE_PERIOD = 1 << 6; // 〇零一二三四五六七八九十两今去上本当同全前此半个
const C_PERIOD = 1 << 7; // 年月季
const C_BATCH = 1 << 29; // 期次批
const C_THIS = 1 << 30; // 本此
const C_AN = 1 << 31; // 按 (按年, 按月: Hong Kong papers' year-on-year and month-on-month)
const C_BI = 1 << 8; // 比
const C_BEFORE_BI = 1 << 9; // 同环相
const C_COMPARE = 1 << 10; // 比较
const C_AFTER_COMPARE = 1 << 11; // 去上前一
const C_NIAN = 1 << 12; // 年
const C_JUN_PING = 1 << 13; // 均平
const C_KOU = 1 << 14; // 口
const C_CHU_JIN = 1 << 15; // 出进
const C_CHA = 1 << 16; // 差
const C_SHUN_NI = 1 << 17; // 顺逆
const C_ZHI = 1 << 18; // 值
const C_ZONG = 1 << 19; // 总
const C_SHI = 1 << 20; // 实
const C_JI = 1 << 21; // 绩
const C_CHI = 1 << 22; // 持
const C_PING = 1 << 23; // 平
const C_DI = 1 << 24; // 第
const C_ACT_FIRST = 1 << 25; // 签开动投一竣
const C_ACT_SECOND = 1 << 26; // 约工产批
const C_XIANG = 1 << 27; // 项
const C_MU = 1 << 28; // 目

const CLASS = new Uint32Array(0x10000);
/** Features a character gives on its own. */
const ALONE = new Uint32Array(0x10000);

function mark(table: Uint32Array, chars: string, bit: number): void {
  for (const ch of chars) {
    const c = ch.charCodeAt(0);
    table[c] = (table[c] ?? 0) | bit;
  }
}
const SPACES =
  "\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
mark(CLASS, "0123456789", C_DIGIT | C_BEFORE_PERIOD);
mark(CLASS, "零〇一二两三四五六七八九十百千", C_CN);
mark(CLASS, SPACES, C_SPACE);
mark(CLASS, "多余亿万千美億萬", C_BEFORE_YUAN);
mark(CLASS, "元", C_YUAN);
mark(CLASS, "%成倍番", C_RATE_UNIT);
// 首 before 季: 首季 (the first quarter, as Hong Kong papers write it).
mark(CLASS, "〇零一二三四五六七八九十两今去上本当同全前此半个首", C_BEFORE_PERIOD);
mark(CLASS, "年月季", C_PERIOD);
mark(CLASS, "期次批", C_BATCH);
// 首 too: 首批, 首次 (the first batch).
mark(CLASS, "本此首", C_THIS);
mark(CLASS, "比", C_BI);
mark(CLASS, "按", C_AN);
mark(CLASS, "同环相", C_BEFORE_BI);
mark(CLASS, "比较", C_COMPARE);
mark(CLASS, "去上前一", C_AFTER_COMPARE);
mark(CLASS, "年", C_NIAN);
mark(CLASS, "均平", C_JUN_PING);
mark(CLASS, "口", C_KOU);
mark(CLASS, "出进", C_CHU_JIN);
mark(CLASS, "差", C_CHA);
mark(CLASS, "顺逆", C_SHUN_NI);
mark(CLASS, "值", C_ZHI);
mark(CLASS, "总", C_ZONG);
mark(CLASS, "实", C_SHI);
mark(CLASS, "绩", C_JI);
// 有进出口记录的企业: 记录 stands for 实绩.
mark(CLASS, "记", C_SHI);
mark(CLASS, "录", C_JI);
// 有进出口业绩的企业 too.
mark(CLASS, "业", C_SHI);
mark(CLASS, "持", C_CHI);
mark(CLASS, "平", C_PING);
mark(CLASS, "第", C_DI);
mark(CLASS, "签开动投一竣", C_ACT_FIRST);
mark(CLASS, "约工产批", C_ACT_SECOND);
mark(CLASS, "项", C_XIANG);
mark(CLASS, "目", C_MU);
mark(ALONE, "占", SHARE);
// 相当于全国的0.42%: 当 too (most clauses holding it say 当月 or 当天, and the share scan finds nothing there).
mark(ALONE, "当", SHARE);
mark(ALONE, "贸", TRADE);
mark(ALONE, "在", ZAI);
mark(ALONE, "中", ZHONG);
mark(ALONE, "首", ORDINAL);

// Clause separators: ，；： end a clause (、 stays inside: lists); in headlines
// any whitespace (what \s matches) does too.
const BODY = 1;
const SPACE = 2;
const SEPARATOR = new Uint8Array(0x10000);
for (const ch of "，；：,;:｜|") SEPARATOR[ch.charCodeAt(0)] = BODY;
for (const ch of SPACES) SEPARATOR[ch.charCodeAt(0)] = SPACE;
// A line break inside a sentence comes only from a paragraph laid out one phrase per line: it ends a clause.
SEPARATOR[0x0a] = BODY | SPACE;

// The scans below read each character through one small index (0 for the
// many characters that matter to no table) into short tables, rather than
// through the three full tables: those span 576 KB, and the Han block
// alone of each thrashed the cache on every page.
const INDEX = new Uint8Array(0x10000);
const SMALL_CLASS: number[] = [0];
const SMALL_ALONE: number[] = [0];
const SMALL_SEPARATOR: number[] = [0];
for (let c = 0; c < 0x10000; c++) {
  // Brackets have no features but the clause scan stops at them.
  const bracket = c === 0xff08 || c === 0x28;
  if (CLASS[c] === 0 && ALONE[c] === 0 && SEPARATOR[c] === 0 && !bracket) continue;
  INDEX[c] = SMALL_CLASS.length;
  SMALL_CLASS.push(CLASS[c] ?? 0);
  SMALL_ALONE.push(ALONE[c] ?? 0);
  SMALL_SEPARATOR.push(SEPARATOR[c] ?? 0);
}
if (SMALL_CLASS.length > 0x100) throw new Error("char-features: more marked characters than the index holds");
const K_CLASS = Uint32Array.from(SMALL_CLASS);
const K_ALONE = Uint32Array.from(SMALL_ALONE);
const K_SEPARATOR = Uint8Array.from(SMALL_SEPARATOR);

const NUMERAL = C_DIGIT | C_CN;

/** Features of two adjacent characters (their classes, and their codes where classes do not say enough). */
function pairFeatures(current: number, previous: number, code: number, previousCode: number): number {
  let bits = 0;
  if ((current & C_YUAN) !== 0 && (previous & (C_DIGIT | C_SPACE | C_BEFORE_YUAN)) !== 0) bits |= MONEY;
  if ((current & C_RATE_UNIT) !== 0 && (previous & NUMERAL) !== 0) bits |= RATE;
  if ((current & C_PERIOD) !== 0 && (previous & C_BEFORE_PERIOD) !== 0) bits |= PERIOD;
  if ((current & C_BATCH) !== 0) {
    if ((previous & C_THIS) !== 0) bits |= PERIOD;
    else if ((previous & NUMERAL) !== 0) bits |= BATCH_PAIR;
  }
  if ((current & NUMERAL) !== 0 && (previous & C_DI) !== 0) bits |= ORDINAL;
  if ((current & C_BI) !== 0 && (previous & C_BEFORE_BI) !== 0) bits |= BASE;
  if ((current & (C_AFTER_COMPARE | C_DIGIT)) !== 0 && (previous & C_COMPARE) !== 0) bits |= BASE;
  if ((current & C_JUN_PING) !== 0 && (previous & C_NIAN) !== 0) bits |= BASE;
  if ((current & C_PERIOD) !== 0 && (previous & C_AN) !== 0) bits |= BASE;
  if ((current & C_KOU) !== 0 && (previous & C_CHU_JIN) !== 0) bits |= TRADE;
  if ((current & C_CHA) !== 0 && (previous & C_SHUN_NI) !== 0) bits |= TRADE;
  if ((current & C_ZHI) !== 0 && (previous & C_ZONG) !== 0) bits |= TRADE;
  if ((current & C_JI) !== 0 && (previous & C_SHI) !== 0) bits |= ENTERPRISES;
  if ((current & C_PING) !== 0 && (previous & C_CHI) !== 0) bits |= FLAT;
  if ((current & C_ACT_SECOND) !== 0 && (previous & C_ACT_FIRST) !== 0 && isActivity(previousCode, code))
    bits |= ACTIVITY;
  if ((current & C_MU) !== 0 && (previous & C_XIANG) !== 0) bits |= PROJECT;
  if (code === GE && (previous & NUMERAL) !== 0) bits |= COUNT;
  return bits;
}

const GE = "个".charCodeAt(0);

// 签约, 开工 (动工), 竣工, 投产, 一批 — not 签工 or 一产: the classes only say "a first and a second".
const [QIAN, YUE, KAI, GONG, TOU, CHAN, YI, PI, DONG, JUN] = Array.from("签约开工投产一批动竣", (ch) =>
  ch.charCodeAt(0),
);
function isActivity(first: number, second: number): boolean {
  return (
    (first === QIAN && second === YUE) ||
    ((first === KAI || first === DONG || first === JUN) && second === GONG) ||
    (first === TOU && second === CHAN) ||
    (first === YI && second === PI)
  );
}

/** The features of a whole clause, once its pairs are read. */
function clauseFeatures(mask: number): number {
  return (mask & BATCH_PAIR) !== 0 && (mask & ORDINAL) !== 0 ? mask | PERIOD : mask;
}

/** Features of text[from, to). */
export function textFeatures(text: string, from = 0, to = text.length): number {
  let mask = 0;
  let previous = 0;
  let previousCode = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const k = INDEX[c] ?? 0;
    if (k === 0) {
      previous = 0;
      continue;
    }
    mask |= K_ALONE[k] ?? 0;
    const current = K_CLASS[k] ?? 0;
    if (current !== 0 && previous !== 0) mask |= pairFeatures(current, previous, c, previousCode);
    previous = current;
    previousCode = c;
  }
  return clauseFeatures(mask);
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** A comma inside a number (1,203.5万美元): a digit before, exactly three after. */
function isThousandsComma(text: string, i: number): boolean {
  return (
    isDigit(text.charCodeAt(i - 1)) &&
    isDigit(text.charCodeAt(i + 1)) &&
    isDigit(text.charCodeAt(i + 2)) &&
    isDigit(text.charCodeAt(i + 3)) &&
    !isDigit(text.charCodeAt(i + 4))
  );
}

/**
 * Non-empty runs of text between clause separators, with their features, in
 * one pass: [start, end, features, start, end, features, …]. (The pass lives
 * here, beside the tables, so its loop reads them directly.)
 */
/** Where the bracket opened at `open` closes, if within 40 characters with nothing but clause marks inside; else -1. */
function bracketEnd(text: string, open: number): number {
  const limit = Math.min(text.length, open + 81);
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 0x29) return i;
    if (c === 0xff08 || c === 0x28 || c === 0x3002) return -1;
  }
  return -1;
}

// Labels that qualify the figure after their colon (环比：增长11.2%, 占全省：6.8%, 全省排名：第2位): read apart,
// the figure would lose what it is (a month-on-month rate read as year on year).
const QUALIFYING_LABEL = /(?:同比|环比|占比|比重|排名|占全省|占全市|占全国|占全区)$/u;

/**
 * Whether the colon at `i` joins a figure to its label: a count to what it counts (有进出口实绩企业：312家), or a
 * figure to the label qualifying it (环比：增长11.2%). The two are one clause.
 */
function joinedAtColon(text: string, i: number, c: number, start: number): boolean {
  if (c !== 0xff1a && c !== 0x3a) return false;
  // 对东盟：进出口61.38亿元: a partner's label, its trade after the colon.
  if (text.charCodeAt(start) === 0x5bf9 && i - start <= 20) return true;
  const next = text.charCodeAt(i + 1);
  if (next >= 0x30 && next <= 0x39 && text.charCodeAt(i - 1) === 0x4e1a && text.charCodeAt(i - 2) === 0x4f01)
    return true;
  return i > 1 && QUALIFYING_LABEL.test(text.slice(Math.max(0, i - 3), i));
}

// 出口增长最快，达14.7%: a rate's words, then its figure after a comma. The two are one clause.
const RATE_RANKED_BEFORE = /(?:增长|增速|增幅)(?:最快|较快|最高|最大)$/u;
const RATE_FIGURE_AFTER = /^(?:达到|达|为)[\d]/u;

function joinedAtRate(text: string, i: number, c: number): boolean {
  if (c !== 0xff0c && c !== 0x2c) return false;
  // 快, 高, 大 before the comma: most commas follow none and the regexes are not tried.
  const before = text.charCodeAt(i - 1);
  if (before !== 0x5feb && before !== 0x9ad8 && before !== 0x5927) return false;
  return RATE_RANKED_BEFORE.test(text.slice(Math.max(0, i - 6), i)) && RATE_FIGURE_AFTER.test(text.slice(i + 1, i + 4));
}

export function clauseSpans(text: string, headline: boolean): number[] {
  const cut = headline ? BODY | SPACE : BODY;
  const out: number[] = [];
  let start = 0;
  let mask = 0;
  let previous = 0;
  let previousCode = 0;
  // Inside a short bracket (（全省进出口总值2865.3亿元，增长2.1%）) a comma does not end the clause:
  // the aside is read whole, about its own place.
  let closeAt = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = INDEX[c] ?? 0;
    if (k === 0) {
      previous = 0;
      continue;
    }
    if ((c === 0xff08 || c === 0x28) && i > closeAt) closeAt = bracketEnd(text, i);
    if (
      ((K_SEPARATOR[k] ?? 0) & cut) !== 0 &&
      i > closeAt &&
      !(c === 0x2c && isThousandsComma(text, i)) &&
      !joinedAtColon(text, i, c, start) &&
      !joinedAtRate(text, i, c)
    ) {
      if (i > start) out.push(start, i, clauseFeatures(mask));
      start = i + 1;
      mask = 0;
      previous = 0;
      continue;
    }
    mask |= K_ALONE[k] ?? 0;
    const current = K_CLASS[k] ?? 0;
    if (current !== 0 && previous !== 0) mask |= pairFeatures(current, previous, c, previousCode);
    previous = current;
    previousCode = c;
  }
  if (text.length > start) out.push(start, text.length, clauseFeatures(mask));
  return out;
}
