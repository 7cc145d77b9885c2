import type { Region } from "../../schema/dataset";
import { scanPeriods } from "../resolve/periods";
import { placeAtEnd } from "../resolve/regions";
import { textFeatures } from "../text/char-features";
import { precisionOf, scaleDecimal } from "../text/decimal";
import { headRegions } from "./subject";
import type { Clause, ReadingState } from "./types";

// A bracketed aside about another place inside a clause: 增速高于全省（全省增长3.6%）,
// 居全省第一位（全省同比下降6.8%）, 高于全国（全国为2.1%）. Its figure belongs to the
// place it names, and it must not become the subject of the rest of the sentence.

// One bracket pair, full- or half-width, with no bracket inside.
const BRACKET = /[（(](?<inner>[^（）()]{2,80})[）)]/gu;
// The aside's region leads it; a figure follows (a rate, an amount, 持平).
const HAS_FIGURE = /\d|持平|[一二三四五六七八九十两]成/u;
// 全省为3.6%: a bare rate after a growth comparison (增速高于全省) is that place's growth.
const BARE_RATE = /^(?:同比)?(?:为|是)?(?<num>-?\d+(?:\.\d+)?)%$/u;
const COMPARES_GROWTH = /增速|增幅|增长|降幅/u;

// A rate alone in brackets: （下降8.1%）, （增长3.6%）.
// A bare one (（0.2%）) too, after a place's rate: 较同期全国增速（0.2%）, 高于全国同期（6.1%）.
// A time word may lead the place: （同期全省进出口1802.4亿元…）, （本次全省共签约项目173个…）.
const ASIDE_LEAD = /^(?:同期|同时|当期|当天|当日|同日|本次|此次|本期|而)[，,]?/u;
// Also with the whole's rate after it: 占无锡全市（7308.6亿元，增长5.4%）的24.4%, or its noun before it:
// 占全省（同期进出口352.6亿元）的33.3%.
const AMOUNT_ONLY =
  /^(?:同期)?(?:外贸|货物贸易)?(?:进出口|出口|进口)?(?:总值|总额|额)?(?:为|达|是)?(?:约|近)?\d+(?:,\d{3})*(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元)(?:[，,](?:同比)?(?:增长|下降)\d+(?:\.\d+)?%)?$/u;
// 签约项目数量占全省（611个）的9.2%: the whole's count.
const COUNT_ONLY = /^\d+个$/u;
const SHARE_OF_BEFORE = /占[^，。；（()）\d]{1,8}$/u;
const ZONES_TOGETHER = /(?:各类?)?(?:开发区|园区)$/u;
const RATE_ONLY = /^(?:同比)?(?:增长|下降|增|降|减少)?-?\d+(?:\.\d+)?%$/u;
// Words after the place that name its rate or period, not the place: 全国增速, 全国同期.
const RATE_WORDS = /(?:同期)?(?:平均)?(?:增速|增幅|水平)?$/u;
const WHOLE_NOUN = /(?:同期)?(?:货物贸易|外贸|对外贸易)?(?:进出口|出口|进口|外贸|贸易)(?:总值|总额|额|值)?$/u;
// 占全省本次签约总投资（797.4亿元）的11.6%: the projects' amount named before the bracket.
const PROJECTS_NOUN = /(?:本次|本期|此次)?(?:签约|开工|投产)?(?:项目)?(?:总投资|投资总额|投资额|签约额|签约总额)$/u;
const MONTHS_AFTER_PLACE =
  /(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:月份?)?(?:-|—|–|~|～|至|到))?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?$/u;
// A gap in points after the bracket: the bracket held a rate being compared.
const GAP_AFTER = /^[^，。；]{0,6}百分点/u;
// 宜宾市（68.4%）、遂宁市（45.7%）、眉山市（39.2%）增速均在30%以上: places listed with their rates, the measure after.
const RATES_NAMED_AFTER = /^(?:[、和及与]\p{Script=Han}{2,10}[（(][^（）()]*[）)])*[^，。；（(]{0,4}?(?:增速|增幅)/u;

export interface Aside {
  /** The clause with the bracket blanked out (offsets kept). */
  main: Clause;
  /** The bracket's inner text as a clause of its own. */
  inner: Clause;
  /** Where the bracket starts in the clause. */
  at: number;
  region: Region;
  /** The bracket names another period of the clause's own place (（一季度增长10.4%）), not another place. */
  ownPlace?: boolean;
  /** The inner text after its region, when it is a bare rate (全省为3.6%). */
  bareRate?: { value: number; start: number; end: number; precision: number };
}

/** Whether a clause had asides read and blanked out (blank): a run of spaces no written clause holds. */
export function hasBlankedAsides(text: string): boolean {
  return text.includes("  ");
}

function blank(text: string, from: number, to: number): string {
  return text.slice(0, from) + " ".repeat(to - from) + text.slice(to);
}

/** `text` as a clause starting at `start` in the document, in `period`. */
function subClause(text: string, start: number, period: Clause["period"]): Clause {
  return { text, start, period, features: textFeatures(text) };
}

/** The bracket's inner text as a clause of its own (in `period`), at its offset in the text. */
function innerClause(clause: Clause, m: RegExpExecArray, innerText: string, period: Clause["period"]): Clause {
  return subClause(innerText, clause.start + m.index + 1, period);
}

/** The clause with the bracket blanked out, offsets kept. */
function mainClause(clause: Clause, m: RegExpExecArray): Clause {
  return subClause(blank(clause.text, m.index, m.index + m[0].length), clause.start, clause.period);
}

/** The place a whole's words before its amount end with (全省进出口总值, 全省1至2月进出口总值), if any. */
function placeOfWhole(words: string, state: ReadingState): Region | undefined {
  const head = words.replace(RATE_WORDS, "").replace(WHOLE_NOUN, "").replace(MONTHS_AFTER_PLACE, "");
  return placeAtEnd(head, { home: state.home, seenZones: state.seenZones });
}

/** The first bracketed aside naming a place and a figure in a clause, or undefined. */
export function findAside(clause: Clause, state: ReadingState): Aside | undefined {
  const text = clause.text;
  if (!text.includes("（") && !text.includes("(")) return inlineWhole(clause, state);
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const innerText = m.groups?.inner ?? "";
    if (!HAS_FIGURE.test(innerText)) continue;
    const inner = innerClause(clause, m, innerText, clause.period);
    // The place must lead the aside: （其中出口增长5%） or （人民币，下同） are not asides.
    // Or stand right before it, the aside a bare rate: 增速比全省（下降8.1%）高31.6个百分点.
    // （同期全省进出口1802.4亿元，增长10.9%）: a time word may come first.
    const prefix = ASIDE_LEAD.exec(innerText)?.[0].length ?? 0;
    let lead = headRegions(inner, Math.min(innerText.length, 6 + prefix), state)[0];
    if (lead && prefix > 0 && lead.start === prefix) lead = { ...lead, start: 0 };
    // （全吕梁市本次签约项目21个）: the whole of a named place.
    else if (lead?.start === 1 && innerText.startsWith("全")) lead = { ...lead, start: 0 };
    // Or a bare amount right after its place: 占全省（3122.3亿美元）的6.7%.
    let named: string | undefined;
    if (
      lead?.start !== 0 &&
      (RATE_ONLY.test(innerText) ||
        AMOUNT_ONLY.test(innerText) ||
        (COUNT_ONLY.test(innerText) && SHARE_OF_BEFORE.test(text.slice(0, m.index))))
    ) {
      const before = text.slice(Math.max(0, m.index - 16), m.index);
      // 占全省进出口总值（738.4亿美元）的77.2%: the place before the whole's noun.
      // Also before the whole's months (占全省1至2月进出口总值（1038.2亿元）的12.4%).
      // 占全省开发区（612个）的9.3%: the place's zones together, as its 三个一批 reports count them.
      const bare = before.replace(RATE_WORDS, "").replace(WHOLE_NOUN, "").replace(ZONES_TOGETHER, "");
      named = PROJECTS_NOUN.exec(bare)?.[0];
      const place = placeOfWhole(bare.slice(0, bare.length - (named?.length ?? 0)), state);
      if (place) lead = { start: 0, end: 0, region: place };
    }
    if (lead?.start !== 0) continue;
    // 占全省本次签约总投资（797.4亿元）: the amount read with the projects' noun before it, offsets kept.
    const read = named ? subClause(named + innerText, inner.start - named.length, inner.period) : inner;
    const aside: Aside = { main: mainClause(clause, m), inner: read, at: m.index, region: lead.region };
    const bare = BARE_RATE.exec(innerText.slice(lead.end));
    const end = m.index + m[0].length;
    if (
      bare?.groups?.num &&
      (COMPARES_GROWTH.test(text.slice(0, m.index)) ||
        GAP_AFTER.test(text.slice(end)) ||
        RATES_NAMED_AFTER.test(text.slice(end)))
    ) {
      const num = bare.groups.num;
      const start = lead.end + bare[0].length - num.length - 1;
      aside.bareRate = { value: scaleDecimal(num, 0), start, end: start + num.length + 1, precision: precisionOf(num) };
    }
    return aside;
  }
  return inlineWhole(clause, state);
}

// 占全省同期进出口总值52.6亿美元的35.4%: the whole's amount written inline, where others bracket it.
const INLINE_WHOLE = /占(?<head>[^，。；（()）\d]{1,16}?)(?<amount>\d+(?:\.\d+)?(?:万亿|亿|万)?(?:美元|元))的/u;

/** The whole's amount inside a share's phrase, as an aside about the place it names, or undefined. */
function inlineWhole(clause: Clause, state: ReadingState): Aside | undefined {
  const m = clause.text.includes("占") ? INLINE_WHOLE.exec(clause.text) : null;
  const amount = m?.groups?.amount;
  if (!m || !amount) return undefined;
  const region = placeOfWhole(m.groups?.head ?? "", state);
  if (!region) return undefined;
  const at = m.index + m[0].length - 1 - amount.length;
  return {
    main: subClause(blank(clause.text, at, at + amount.length), clause.start, clause.period),
    inner: subClause(amount, clause.start + at, clause.period),
    at,
    region,
  };
}

// A period and its rate or amount: 一季度增长10.4%, 上半年为2.3亿元.
const PERIOD_FIGURE = /^(?:为|是)?(?:同比)?(?:增长|下降|增|降|减少)?-?\d+(?:\.\d+)?(?:%|(?:万亿|亿|万)?(?:美元|元))$/u;

/**
 * A bracket giving the clause's own place's figure for another period of the same year
 * (二季度…增长15.9%，比一季度加快5.5个百分点（一季度增长10.4%）), or undefined.
 */
const BASE_LEVEL_INNER = /^(?:去年|上年|上一年)(?:同期|同月)?(?:为|是)?[\d约近超逾]/u;

export function findPeriodAside(clause: Clause, state: ReadingState, region: Region): Aside | undefined {
  const text = clause.text;
  if (!text.includes("（") && !text.includes("(")) return undefined;
  BRACKET.lastIndex = 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const innerText = m.groups?.inner ?? "";
    // （去年同期228.41亿元）, （去年同月为61.27亿元）: the base's level, no figure of the report's; blanked out.
    if (BASE_LEVEL_INNER.test(innerText))
      return {
        main: mainClause(clause, m),
        inner: innerClause(clause, m, "", clause.period),
        at: m.index,
        region,
        ownPlace: true,
      };
    const when = scanPeriods(innerText)[0];
    if (when?.start !== 0 || !PERIOD_FIGURE.test(innerText.slice(when.end))) continue;
    const period = when.apply(clause.period, state.refYear, state.main);
    // Last year's figure in brackets is a comparison's base, no figure of the year reported.
    if (period.year !== clause.period.year) continue;
    return {
      main: mainClause(clause, m),
      inner: innerClause(clause, m, innerText, period),
      at: m.index,
      region,
      ownPlace: true,
    };
  }
  return undefined;
}
