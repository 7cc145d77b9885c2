import type { IndicatorRecord, Region, SourceSpan } from "../schema/dataset";
import type { IndicatorId } from "../schema/vocabulary";
import { isWithinRegion } from "./resolve/gazetteer";
import { type PeriodContext, type PeriodMention, referenceYear, scanPeriods } from "./resolve/periods";
import { inferPublication } from "./resolve/publication";
import { articleHome, documentZones, type HomeRegion, NAME_NOTE, resolveHome, subjectRegions } from "./resolve/regions";
import { cityListParagraph } from "./rules/city-list";
import { type ClauseText, clauseTexts, PASSED_BEFORE, splitClauses } from "./rules/clauses";
import { RULES } from "./rules/index";
import { type MergedFact, mergeDuplicates, periodKey } from "./rules/merge-duplicates";
import { stagesNamed } from "./rules/projects";
import type { Candidate, Clause, ReadingState } from "./rules/types";
import { BASE, COUNT, MONEY, RATE } from "./text/char-features";
import { mayStateFigure } from "./text/figure-words";
import { normalise } from "./text/normalise";
import { type OffsetText, originalRange } from "./text/offset-text";
import { type Article, type Sentence, segment } from "./text/segment";
import type { DocumentResult, LoadedDocument } from "./types";

// Reading side of the pipeline: normalise → segment → sentences → rules →
// resolve → merge duplicates. Pure: the same document always gives the same result.

const bare = (ctx: PeriodContext): boolean => !ctx.batch && !ctx.quarter && !ctx.months && !ctx.month;

// 12月29日上午，我市第四次“三个一批”活动…举行 in a report of early January: an event of the year before.
const DECEMBER_DAY = /(?<!\d)12月\d{1,2}日/u;

/**
 * The period an article is about: the context after its first period words
 * (headline included). A headline's bare year (全年累计签约项目超三百个) gives way to the
 * event the first body paragraph names in that year (我市2023年第四次“三个一批”活动):
 * that is what 本次 later refers to.
 */
function mainPeriod(
  article: Article,
  texts: ReadonlyArray<readonly ClauseText[]>,
  refYear: number,
  before: PeriodContext | undefined,
  newYear: boolean,
): PeriodContext {
  // 【项目篇】 after an article's opening: a section of the same article, in its period until it names another.
  // A review of the year published in its first weeks (回眸2024 … 一年来，…全年共举办四次活动): the year before.
  const start: PeriodContext =
    before && SECTION_LABEL.test(article.sentences[0]?.text ?? "")
      ? { year: before.year }
      : newYear &&
          (leadTexts(article).some((t) => YEAR_IN_REVIEW.test(t) || DECEMBER_DAY.test(t)) ||
            // 一、过去一年工作回顾: a government work report's section on the year before.
            // Also a paragraph opening on it (过去一年，面对煤炭市场深度调整的严峻形势，…).
            article.sentences.some((s) => (s.headline ? YEAR_REVIEWED : YEAR_REVIEW_OPENS).test(s.text)))
        ? { year: refYear - 1 }
        : { year: refYear };
  let found: PeriodContext | undefined;
  // A headline's quarter or month, set aside until the body's first period words say which year it was.
  let headlinePart: PeriodContext | undefined;
  let firstBody = -1;
  for (const [i, sentence] of article.sentences.entries()) {
    if (found && firstBody >= 0 && sentence.paragraph !== firstBody) break;
    if (!sentence.headline && firstBody < 0) firstBody = sentence.paragraph;
    // Someone quoted (“今年一开年，订单就排到了5月份。”) speaks of other times than the report's.
    // Nor a bulletin's issue line (2018年第11期　太原海关统计分析科　2018年12月17日): its number, not a batch.
    if (sentence.text.startsWith("“") || ISSUE_LINE.test(sentence.text)) continue;
    // A dateline (盐城日报 2024年4月26日 星期五) or an event's date says when, not what period the article reports.
    // Nor a headline's 下半年 (规模创历史新高，下半年增速明显回升): a trend in part of the year reported on.
    // Nor a headline's period of what the figures passed (10个月外贸总值超去年全年): the year before, not the report's.
    const mentions = periodsOf(sentence, texts[i] ?? []).filter(
      (m) =>
        !m.date &&
        !(
          sentence.headline &&
          (sentence.text.startsWith("下半年", m.start) ||
            PASSED_BEFORE.test(sentence.text.slice(Math.max(0, m.start - 3), m.start)))
        ),
    );
    const first = mentions[0];
    if (!first) continue;
    const thisEvent = !found && mentions.length === 1 && THIS_EVENT.test(mentionText(sentence, texts[i] ?? [], first));
    // 此次全县签约、开工、投产项目共12个 in a county's item after the page's lead on the 第三次 activity: that event.
    if (thisEvent && before !== undefined && !bare(before) && before.year === start.year) return before;
    // A caption's 本次 above the body (图①：…定襄县本次4个签约项目…): the event the body names further on.
    if (thisEvent) continue;
    let ctx = first.apply(found ?? start, refYear, start);
    // 2022年第一次: the year and the batch come as one mention; a bare year may be refined by the next one.
    const second = mentions[1];
    if (second && bare(ctx)) ctx = second.apply(ctx, refYear, ctx);
    if (headlinePart && !sentence.headline) {
      // 阳泉外贸四季度实现正增长 over 2020年，…全年全市进出口…: a headline's quarter or month, put in the year of
      // the report's date, was a highlight of the year the body names.
      const own = first.apply(start, refYear, start);
      // 抢抓四季度黄金期 over 全市第九期“三个一批”…活动: the body's event, numbered, is what the article reports.
      // 上半年全市集中开工项目214个 over 十堰市2021年二季度重大项目集中签约开工活动…举行: a headline's months
      // cumulated, the body's opening event (a quarter, no figure of its own) what 本次 refers to.
      const event =
        headlinePart.months !== undefined &&
        own.quarter !== undefined &&
        !(texts[i] ?? []).some((t) => (t.features & (MONEY | RATE | COUNT)) !== 0);
      return own.year !== headlinePart.year || own.batch !== undefined || event ? own : headlinePart;
    }
    if (!found) {
      found = ctx;
      if (
        sentence.headline &&
        found.batch === undefined &&
        (found.quarter ?? found.month ?? found.months) !== undefined
      ) {
        headlinePart = found;
        continue;
      }
      // Only a headline's bare year is refined; the body's first period words stand.
      // So is a headline's first batch (綦江区今年首次…集中签约开工) that the body names as a quarter
      // (綦江区2024年一季度重大项目集中签约开工活动): quarterly events are reported by quarter.
      if ((!bare(found) && !(sentence.headline && found.batch === 1)) || !sentence.headline) return found;
    } else if (bare(found) && (ctx.batch || ctx.quarter) && ctx.year === found.year) return ctx;
    // 全年进出口首次突破8000亿元 over 2023年，我省货物贸易进出口…: the body's first period words say which year
    // (and which months) a headline's bare year was.
    else if (bare(found) && !sentence.headline) return ctx;
    else if (found.batch === 1) return ctx.quarter && ctx.year === found.year ? ctx : found;
  }
  // An article naming no period of its own after one about an event of the same year (a county's item on a page
  // whose lead reports the 第三次 activity, a sidebar listing the cities' venues): the same event.
  return found ?? (before !== undefined && !bare(before) && before.year === start.year ? before : start);
}

const THIS_EVENT = /^(?:本次|此次|本期)$/u;
// Also with the issue's running number alone (2024年第7期（总第96期）).
const ISSUE_LINE =
  /^(?:\d{4}年)?第\d{1,3}期(?:[^，。；“”"\d]{0,30}\d{4}年\d{1,2}月\d{1,2}日|[（(]总第\d{1,4}期[）)])$/u;
const SECTION_LABEL = /^【[^】]{1,6}篇】/u;
// A post's section heading: a mark (▍, ■, 【…】), an emoji or a part's number (PART 2｜3月) before a few words.
const SECTION_LINE_MAX = 12;
const SECTION_MARK =
  /^(?:(?:PART|Part)[ \u3000]*\d|[▍▌■□◆◇●○▶►]|【|\p{Extended_Pictographic}|[一二三四五六七八九十]{1,2}、)/u;

/** Whether a sentence's first line is short enough to be a section's heading (▍市场与主体⏎对…). */
function headingLine(text: string): boolean {
  const end = text.indexOf("\n");
  return (end < 0 ? text.length : end) <= SECTION_LINE_MAX;
}
const YEAR_IN_REVIEW = /一年来|过去的?一年|回眸|回望|岁末年初|年终盘点/u;
const YEAR_REVIEWED = /过去的?一年|一年来/u;
const YEAR_REVIEW_OPENS = /^(?:刚刚)?过去的?一年[，,]/u;

const NO_PERIODS: readonly PeriodMention[] = [];

/**
 * Period words of a whole sentence. A body sentence's are its clauses' (no
 * period word runs across ，；：, so the clause scans already hold them); a
 * headline's clauses end at spaces, which a period word may hold (1 - 5月).
 */
function periodsOf(sentence: Sentence, texts: readonly ClauseText[]): readonly PeriodMention[] {
  if (sentence.headline || sentence.row === true) return scanPeriods(sentence.text);
  let found: readonly PeriodMention[] = NO_PERIODS;
  for (const t of texts) {
    if (t.periods.length === 0) continue;
    found = found.length === 0 ? t.periods : [...found, ...t.periods];
  }
  return found;
}

/** The words of a mention from periodsOf: a body sentence's are offsets in their clause. */
function mentionText(sentence: Sentence, texts: readonly ClauseText[], m: PeriodMention): string {
  if (sentence.headline || sentence.row === true) return sentence.text.slice(m.start, m.end);
  const clause = texts.find((t) => t.periods.includes(m));
  return clause ? clause.text.slice(m.start, m.end) : "";
}

/** The original characters behind normalised [from, to), in order (deleted ones left out), copied run by run. */
function originalChars(original: string, map: Int32Array, from: number, to: number): string {
  const pieces: string[] = [];
  let runStart = from;
  for (let i = from + 1; i <= to; i++) {
    if (i < to && map[i] === (map[i - 1] ?? 0) + 1) continue;
    const first = map[runStart] ?? 0;
    pieces.push(original.slice(first, (map[i - 1] ?? 0) + 1));
    runStart = i;
  }
  return pieces.join("");
}

/**
 * A stable 64-bit id of the parts, as 16 hex digits: two 32-bit lanes
 * (FNV-1a and a multiply-rotate), each finished with an avalanche mix. A
 * cryptographic digest per record cost more than reading the record did.
 */
function hashId(parts: readonly string[]): string {
  const text = parts.join("\u0000");
  let a = 0x811c9dc5;
  let b = 0x27d4eb2f ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x9e3779b1);
    b = (b << 13) | (b >>> 19);
  }
  return hex8(avalanche(a ^ Math.imul(b, 0x85ebca6b))) + hex8(avalanche(b ^ Math.imul(a, 0xc2b2ae35)));
}

function avalanche(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const HEX = "0123456789abcdef";

function hex8(n: number): string {
  let out = "";
  for (let shift = 28; shift >= 0; shift -= 4) out += HEX[(n >>> shift) & 15];
  return out;
}

// Also a post's pin or point (📍宝鸡高新区).
const HEADING_MARK = /^(?:[\u2580-\u259f■□▪◆◇▲△▶►★☆●○◼◾⬛•]|\p{Extended_Pictographic}\uFE0F?)\s*/u;

// 二、全国主要指标（2016年）: a numbered section about one place's figures.
const NUMBERED_PLACE_HEADING =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])\s*(?<place>\p{Script=Han}{2,12}?)(?:主要)?(?:经济|外贸|贸易|进出口)?(?:指标|数据|情况)(?:[（(][^）)]*[）)])?$/u;
// Also numbered: （一）晋中经济技术开发区。签约项目12个….
const VENUE_LABEL = /^【(?<name>\p{Script=Han}{2,8}?)(?:分会场|主会场)?】/u;
// A venue's word after its place (■晋中分会场).
const VENUE_WORD = /(?:分会场|主会场)$/u;
// 【太原分会场】 on a line of its own: the paragraphs under it are that place's.
const VENUE_HEADING = /^【(?<place>\p{Script=Han}{2,8}?)(?:分会场|主会场)?】$/u;
const VENUE_OPENER = /^(?<name>\p{Script=Han}{2,8}?)(?:分会场|主会场)(?:设在|设于|位于)/u;
const PLACE_SENTENCE =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])?\s*(?<name>\p{Script=Han}{2,16})[。：:]$/u;

// 二、潢川县, or a place's name alone over its figures (界首市 ⏎ 开工项目：22个｜总投资：86.4亿元).
const NUMBER_MARK =
  /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|\d{1,2}[ \u3000]*[｜|])?\s*/u;

/** The place a section heading names alone (▍襄阳, ■晋城市, 二、潢川县), if it does. */
function placeHeading(text: string, home: HomeRegion, seenZones: readonly string[]): Region | undefined {
  const mark =
    HEADING_MARK.exec(text) ?? NUMBERED_PLACE_HEADING.exec(text) ?? VENUE_HEADING.exec(text) ?? NUMBER_MARK.exec(text);
  if (!mark) return undefined;
  // ■晋中分会场: a venue's heading is its place's.
  const name = (mark.groups?.place ?? text.slice(mark[0].length)).trim().replace(VENUE_WORD, "");
  if (name.length < 2 || name.length > 12) return undefined;
  const hit = subjectRegions(name, { home, seenZones })[0];
  return hit && hit.start === 0 && hit.end === name.length ? hit.region : undefined;
}

/** A section's period when it is a whole year: a month's or a quarter's section does not reach its breakdowns. */
function yearOf(section: PeriodContext | undefined): PeriodContext | undefined {
  return section !== undefined && bare(section) ? section : undefined;
}

/**
 * The period a new paragraph starts in. A single month an article is not about
 * (5月当月 in a 1-5月 report) is an aside for its own paragraph: the next one
 * without period words is about the article's period again (of that year).
 */
function paragraphPeriod(period: PeriodContext, main: PeriodContext): PeriodContext {
  // 前三季度…。⏎单看第三季度，…。⏎分区县（市）看，…: a quarter or a month inside the article's months was its own
  // paragraph's; the next paragraph is about the months again.
  if (
    main.months !== undefined &&
    period.year === main.year &&
    period.batch === undefined &&
    (period.quarter !== undefined || period.month !== undefined) &&
    (period.quarter ?? 0) * 3 <= main.months[1] &&
    (period.month ?? 0) <= main.months[1]
  )
    return main;
  // 2020年，全市进出口…。⏎四季度，当季进出口…。⏎分县区看，…: a quarter in a report on the whole year was its own
  // paragraph's.
  if (bare(main) && period.year === main.year && period.batch === undefined && period.quarter !== undefined)
    return main;
  // 全省第十六期“三个一批”…。⏎一季度，全省…累计完成投资…。⏎各地同步设立分会场。…: a part of the year in a batch's
  // report was its own paragraph's.
  if (
    main.batch !== undefined &&
    period.batch === undefined &&
    period.year === main.year &&
    period.quarter !== undefined
  )
    return main;
  // 今年一季度…。去年一季度，全省进出口为1916亿元。⏎1—2月…: the same quarter of the year before, named as a base,
  // was its paragraph's.
  if (main.quarter !== undefined && period.quarter === main.quarter && period.year < main.year) return main;
  // 全省2022年二季度重大项目集中开工…。今年一季度，全省集中开工…1812个。⏎各市州分会场中，…: another quarter of the
  // year, named in a quarter's report, was its paragraph's too.
  if (
    main.quarter !== undefined &&
    period.quarter !== undefined &&
    period.quarter !== main.quarter &&
    period.year === main.year &&
    period.batch === undefined
  )
    return main;
  // 2023年，全省开发区共举办四次活动，累计签约…: another year's summary in an event's report is its
  // own paragraph's; the next paragraph is about the event again.
  if (
    (main.batch !== undefined || main.quarter !== undefined) &&
    period.year !== main.year &&
    period.batch === undefined &&
    period.quarter === undefined
  )
    return main;
  // 前11个月即超过2023年全年水平（681.2亿元）。 / 上年（2014年），全市外贸进出口为48.27亿美元。: another year's
  // figure in a report on its own year is its paragraph's; the next paragraph is the article's period again.
  if (main.batch === undefined && main.quarter === undefined && period.year !== main.year && period.batch === undefined)
    return main;
  // So is another batch of the article's year (加上3月份第一批…的751个项目 in a report on the second).
  if (
    main.batch !== undefined &&
    period.batch !== undefined &&
    period.batch !== main.batch &&
    period.year === main.year
  )
    return main;
  if (period.month === undefined || main.month !== undefined) return period;
  if (period.year === main.year) return main;
  return period.batch === undefined ? { year: period.year } : { year: period.year, batch: period.batch };
}

// Also a stage's part of the article's whole (投产方面，37个项目建成投产…) after a county's figures, unless it goes on
// about the place before (开工项目方面，该区有19个项目开工).
const BREAKDOWN_LEAD =
  /^(?:(?:从|分)[^，。；]{1,8}(?:看|来看)[，,]|(?:签约|开工|动工|投产|竣工)(?:项目)?方面[，,](?!.*该[区市县]))/u;

// Features some rule needs: sentences without any give only their clauses with period words, if any.
const NEEDED = RULES.reduce((bits, rule) => bits | rule.needs, 0);

/** The headline lines and the first body sentence: where an article names what it is about. */
function leadTexts(article: Article): string[] {
  const lead: string[] = [];
  for (const sentence of article.sentences) {
    lead.push(sentence.text);
    if (!sentence.headline && !BYLINE_ONLY.test(sentence.text)) break;
  }
  return lead;
}

const TRADERS_LEAD = /^(?:全[省市区县])?有(?:进出口|外贸|出口)实绩的/u;
const BYLINE_ONLY = /^(?:本报讯|.{0,12}讯)?[（(]?记者[^）)]*[）)]?$/u;

const DIGIT = /[\d〇零一二两三四五六七八九十百千万亿]/u;

/**
 * Whether the rules must look for figures in a sentence. One that states no figure and names no place
 * (推动项目早落地、早开工、早投产; most of a page's prose) gives no record and no subject; the rules only
 * take what it carries to the sentences after (the activity it names, a subtotal's flag). Not a headline,
 * a table's row or a list's introduction (…情况如下：), whose words name what the lines after are of, nor a
 * sentence holding a comparison base (与上年同期相比), which holds for the figures after it.
 */
function mayHoldFigures(sentence: Sentence, clauses: readonly Clause[], namesPlace: () => boolean): boolean {
  if (sentence.headline || sentence.row === true || sentence.header !== undefined) return true;
  if (sentence.text.endsWith("：") || sentence.text.endsWith(":") || mayStateFigure(sentence.text)) return true;
  if (clauses.some((c) => (c.features & BASE) !== 0)) return true;
  return namesPlace();
}

/**
 * Whether candidates before `to` (from `from`) give the figure `c` states for its place with another value,
 * and none gives it for `part`: a second value of one figure is no restatement but another place's.
 */
function restatedOtherwise(c: Candidate, part: Region, out: readonly Candidate[], from: number, to: number): boolean {
  const key = periodKey(c.period);
  let other = false;
  for (let k = from; k < to; k++) {
    const o = out[k] as Candidate;
    if (o.indicator !== c.indicator || o.measure !== c.measure || o.unit !== c.unit || o.partner !== c.partner)
      continue;
    if (periodKey(o.period) !== key) continue;
    if (o.region.name === part.name) return false;
    // Two exact values apart by more than rounding (a headline's 逾2500亿元 restates 2543.2亿元).
    if (
      o.region.name === c.region.name &&
      o.qualifier === "exact" &&
      c.qualifier === "exact" &&
      Math.abs(o.value - c.value) > 0.01 * Math.max(Math.abs(o.value), Math.abs(c.value))
    )
      other = true;
  }
  return other;
}

/** The place a short sentence without figures opens with, when the next one (of its paragraph) goes on about it. */
function topicPlace(
  sentence: Sentence,
  next: Sentence | undefined,
  home: HomeRegion,
  seenZones: readonly string[],
  previous?: Sentence,
): HomeRegion["region"] | undefined {
  if (!next || next.paragraph !== sentence.paragraph || sentence.headline) return undefined;
  // 各地情况如下。⏎汨罗市把再生资源精深加工作为主攻方向。此次集中开工项目14个…: a paragraph opened by a figureless
  // sentence on a place below the home one, the next one on the event with no place of its own.
  const eventNext =
    previous?.paragraph !== sentence.paragraph &&
    EVENT_OPENER.test(next.text) &&
    !PLACE_OFFICE.test(sentence.text) &&
    subjectRegions(next.text, { home, seenZones }).length === 0;
  // Or, in a provincial report, a city whose 全市 the next sentence speaks of (朔州市分会场设在怀仁经济技术开发区。
  // 本次活动全市共推进项目38个); in a city's, a county whose 全县 it speaks of (22日上午，长子县在县经济技术开发区
  // 设立分会场。此次全县签约、开工、投产项目共12个).
  // Also in a county-level city's post (【新乡】新乡市分会场设在…。全市集中签约项目58个): its city.
  const cityNext = (home.region.level === "province" || home.region.level === "county") && CITY_WORD.test(next.text);
  const countyNext = home.region.level !== "county" && COUNTY_WORD.test(next.text);
  if (!next.text.startsWith("其中") && !cityNext && !countyNext && !eventNext) return undefined;
  const text = sentence.text
    .replace(NAME_NOTE, "")
    .replace(BYLINE_LEAD, "")
    .replace(LEAD_TIME, "")
    .replace(LABEL_LEAD, "");
  const place = openingPlace(text, 40, home, seenZones);
  if (!place) return undefined;
  if (next.text.startsWith("其中")) return place;
  if (eventNext && LOWER_LEVEL[home.region.level]?.includes(place.level) && within(place, home.region)) return place;
  if (cityNext && place.level === "prefecture") return place;
  const word = countyNext ? COUNTY_WORD.exec(next.text)?.[0] : undefined;
  return word && place.level === "county" && place.name.endsWith(word.slice(-1)) ? place : undefined;
}

/** The place a short figureless text opens with, other than the home region, if any. */
function openingPlace(text: string, max: number, home: HomeRegion, seenZones: readonly string[]): Region | undefined {
  // 之一 (临湘市是此次活动的分会场之一) states no figure.
  if (text.length > max || DIGIT.test(text.includes("之一") ? text.replaceAll("之一", "") : text)) return undefined;
  const lead = subjectRegions(text, { home, seenZones })[0];
  return lead?.start === 0 && lead.region.name !== home.region.name ? lead.region : undefined;
}

/** The place a line introducing the lines after it is about (长垣市表现亮眼——, 从县域看，长垣市表现突出：), if any. */
function introPlace(sentence: Sentence, home: HomeRegion, seenZones: readonly string[]): Region | undefined {
  if (!INTRO_END.test(sentence.text) || sentence.headline) return undefined;
  const text = sentence.text.replace(BREAKDOWN_LEAD, "").replace(LEAD_TIME, "").replace(LABEL_LEAD, "");
  return openingPlace(text, 30, home, seenZones);
}
const INTRO_END = /(?:——|：|:)$/u;

// 全县 / 该县, 全区 / 该区 for a district, 该市 for a county-level city (全市 in a city's paper is the city).
const COUNTY_WORD = /全县|该县|全区|该区|该市/u;
// A section's label opening the sentence (【新乡】).
const LABEL_LEAD = /^【[^】]{1,8}】/u;
const BYLINE_LEAD = /^(?:本报讯|[^，。（(]{0,12}讯)?[（(](?:记者|通讯员)[^）)]*[）)]/u;
// The day or time a report's sentence opens with (22日上午，, 今年以来，), no figure of it.
const LEAD_TIME =
  /^(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上?)?[，,]?|^(?:当天|当日|日前|近日)(?:上午|下午)?[，,]?|^(?:今年以来|年初以来|近年来|近期|目前)[，,]/u;

const CITY_WORD = /全市|该市|我市/u;
// A sentence on the event itself (此次集中开工项目14个, 当天开工项目12个, 本季度开工项目10个).
const EVENT_OPENER = /^(?:此次|本次|这次|当天|当日|本季度|本期|本批)/u;
// An office or official of the place (市委书记, 县长, 县政府): the sentence is about them.
const PLACE_OFFICE = /^[^，。；]{2,12}?(?:委|政府|人大|政协|书记|市长|县长|区长|主任|领导|负责人)/u;
/** Whether `place` lies in `home` (a zone, with no code, is taken to: the scan only finds the home's zones). */
function within(place: Region, home: Region): boolean {
  return place.code === null || home.code === null || isWithinRegion(place.code, home.code);
}
// The places a report on each level speaks of under its own.
const LOWER_LEVEL: Partial<Record<Region["level"], ReadonlyArray<Region["level"]>>> = {
  province: ["prefecture"],
  prefecture: ["county", "zone"],
};

const LIST_INTRO_END = /(?:如下|情况|分别是|具体是|以下[^，。；：:]{0,8}|(?<=^[^，。；]{1,10})看)[：:]$/u;
// A paragraph of its own that only introduces a list (按阶段看：): the place of the paragraph before goes on.
const LIST_INTRO_ALONE = /^[^，。；：\d]{1,10}(?:看|如下)[：:]$/u;
// The list goes on: an item ending with ； before the next, or an item opened by its number (二是, （三）, 3.).
const ITEM_END = /[；;]$/u;
const ITEM_START =
  /^(?:[一二三四五六七八九十]是|其[一二三四五六七八九十][，,]|[（(][一二三四五六七八九十][）)]|\d{1,2}[.、．])/u;

/** Months (or a month) in force in an article about a quarter or a batch of the same year. */
function monthsAside(period: PeriodContext, main: PeriodContext): boolean {
  return (
    (period.months !== undefined || period.month !== undefined) &&
    (main.quarter !== undefined || main.batch !== undefined) &&
    period.year === main.year
  );
}

/** Reads one article sentence by sentence, carrying the reading state. */
function readArticle(
  article: Article,
  documentHome: HomeRegion,
  seenZones: string[],
  refYear: number,
  out: Candidate[],
  before: PeriodContext | undefined,
  newYear: boolean,
): PeriodContext {
  const home =
    documentHome.region.level === "province" || documentHome.region.level === "prefecture"
      ? articleHome(
          documentHome,
          leadTexts(article),
          article.sentences.map((s) => s.text),
        )
      : documentHome;
  const texts = article.sentences.map((sentence) => clauseTexts(sentence, NEEDED));
  const main = mainPeriod(article, texts, refYear, before, newYear);
  const state: ReadingState = {
    home,
    seenZones,
    sentences: article.sentences,
    refYear,
    main,
    period: main,
    paragraph: -1,
    paragraphRegion: home.region,
    paragraphBase: undefined,
    articleBase: undefined,
    previousTainted: false,
    currency: undefined,
    activity: false,
  };
  const sentences = article.sentences;
  let paragraphFrom = out.length;
  // A section headed by a place alone (▍襄阳): its paragraphs are that place's.
  let sectionPlace: Region | undefined;
  // The place the paragraph's first figures (not a 其中 part's) were about.
  let paragraphSubject: Region | undefined;
  // The part of the article's place (a zone, a county) the last paragraph with figures was about.
  let partBefore: Region | undefined;
  const articleFrom = out.length;
  // Inside the items of a list a paragraph introduced (…具体情况如下：): they keep its place.
  let inList = false;
  // The place the paragraph introducing the list was about.
  let listRegion: Region | undefined;
  // The period a section's heading named (▍6月单月): its lines, one a paragraph, are about it.
  let sectionPeriod: PeriodContext | undefined;
  // How many figures had been read when a sentence last named a period.
  let periodNamedAt = -1;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i] as Sentence;
    // A box opening a paragraph (【划重点】🔹本次活动项目总数1099个) ends a part about a place too.
    const box =
      i > 0 && sentence.text.startsWith("【") && (sentences[i - 1] as Sentence).paragraph !== sentence.paragraph;
    if (i > 0 && (sentence.headline || box || NUMBERED_PLACE_HEADING.test(sentence.text))) {
      sectionPlace = placeHeading(sentence.text, home, seenZones);
      // 【季度】二季度进出口21.3亿元…【县域】孝义市进出口16.5亿元: a section heading naming no period
      // starts a part about the article's period again.
      if (sentence.headline && (texts[i] ?? []).length === 0) state.period = main;
    }
    // ▍市场与主体: another section, about the article's period again. Not a point right under the
    // section's heading (📅 5月当月 ⏎ 📌 进出口19.6亿元…): neither a heading nor set apart by a blank line.
    if (
      i > 0 &&
      SECTION_MARK.test(sentence.text) &&
      (sentence.headline || headingLine(sentence.text) || sentence.start - (sentences[i - 1] as Sentence).end > 1)
    )
      sectionPeriod = undefined;
    if (sentence.paragraph !== state.paragraph) {
      // 1—8月，全市固定资产投资同比增长17.9%。 in a quarter's or a batch's report: months that gave no
      // figure of ours are another statistic's, not the period of what follows.
      // So are months named last in a sentence that gave none (…投产项目15个。受疫情影响，今年上半年项目推进一度受阻).
      if (
        state.paragraph >= 0 &&
        (out.length === paragraphFrom || out.length === periodNamedAt) &&
        monthsAside(state.period, main)
      )
        state.period = main;
      state.paragraph = sentence.paragraph;
      if (out.length > paragraphFrom)
        partBefore =
          paragraphSubject !== undefined &&
          paragraphSubject.name !== home.region.name &&
          (paragraphSubject.level === "zone" || paragraphSubject.level === "county")
            ? paragraphSubject
            : undefined;
      paragraphFrom = out.length;
      paragraphSubject = undefined;
      // A paragraph opening with 其中 breaks down the place the one before was about; so do the items of a
      // list the paragraph before introduced (该区共有9个项目参与，…具体情况如下：⏎一是签约项目4个…).
      const previous = i > 0 ? (sentences[i - 1] as Sentence).text : "";
      // The look-behind alternative would otherwise be tried at every position of every sentence.
      // Also a place whose figures the lines after it give (从县域看，长垣市表现亮眼——⏎👉 签约项目9个…).
      const introduced = i > 0 ? introPlace(sentences[i - 1] as Sentence, home, seenZones) : undefined;
      const intro =
        introduced !== undefined ||
        ((previous.endsWith("：") || previous.endsWith(":")) && LIST_INTRO_END.test(previous));
      inList = intro || (inList && (ITEM_END.test(previous) || ITEM_START.test(sentence.text)));
      // Each item starts from the place the introduction was about, not the item's before it
      // (…主要呈现以下特点：⏎…⏎四是兰州金昌双核带动。…嘉峪关市…⏎五是经营主体持续增加。…企业1092家).
      if (intro) listRegion = introduced ?? state.paragraphRegion;
      if (inList && !sentence.text.startsWith("其中")) state.paragraphRegion = listRegion ?? state.paragraphRegion;
      else if (!sentence.text.startsWith("其中") && !inList && !LIST_INTRO_ALONE.test(sentence.text))
        state.paragraphRegion = sectionPlace ?? home.region;
      state.paragraphBase = state.articleBase;
      // The body after the headlines starts from the article's period: a headline's remark on part of it
      // (规模创历史新高，下半年增速明显回升) is no period of the lead's figures.
      state.period =
        sectionPeriod ??
        (i > 0 && sentences[i - 1]?.headline && !sentence.headline ? main : paragraphPeriod(state.period, main));
      // 宁波市。全年进出口9170.3亿元…: a paragraph opened by a place's name alone is about that place.
      // So is one under a venue's label (【许昌分会场】分会场设在长葛市…。活动现场集中签约项目27个).
      // So is one opened by a place's venue (晋城分会场设在晋城经济技术开发区。签约项目21个…).
      const opener = (
        VENUE_OPENER.exec(sentence.text) ??
        PLACE_SENTENCE.exec(sentence.text) ??
        VENUE_LABEL.exec(sentence.text)
      )?.groups?.name;
      const place = opener ? placeHeading(`■${opener}`, home, seenZones) : undefined;
      if (place) state.paragraphRegion = place;
    }
    // 从市场看，/ 分贸易方式看，: a new breakdown of the article's whole, after a county's or a
    // single month's figures (2月当月…。从市场看，对东盟进出口… is 1—2月's again).
    // Not in a provincial report's paragraph about one of its cities (本次太原共推进…项目61个。从类别看，
    // 签约、开工、投产项目分别为…): the city's breakdown.
    if (BREAKDOWN_LEAD.test(sentence.text)) {
      const city =
        home.region.level === "province" &&
        paragraphSubject?.level === "prefecture" &&
        !cityListParagraph(sentences, i, home.region);
      state.paragraphRegion = city && paragraphSubject ? paragraphSubject : home.region;
      // Under a section's heading naming its year (一、2016年外贸工作成绩来之不易), that year's breakdown.
      state.period = yearOf(sectionPeriod) ?? paragraphPeriod(state.period, main);
    }
    // 4月当月，全市进出口163.2亿元…。有进出口实绩的外贸企业1026家: the traders of the report's period, not the month's.
    else if (TRADERS_LEAD.test(sentence.text))
      state.period = yearOf(sectionPeriod) ?? paragraphPeriod(state.period, main);
    // 郑州航空港经济综合实验区（以下简称航空港区）表现亮眼。其中，签约项目27个…: a place introduced in a
    // sentence with no figure is the whole the next sentence's 其中 breaks down.
    const topic = topicPlace(sentence, sentences[i + 1], home, seenZones, sentences[i - 1]);
    if (topic) state.paragraphRegion = topic;
    const own = texts[i] ?? [];
    if (own.length === 0) {
      for (const rule of RULES) rule.pass?.(sentence, state);
      continue;
    }
    const clauses = splitClauses(own, state);
    if (own.some((t) => t.periods.length > 0)) periodNamedAt = out.length;
    // Also a short line under a mark (🗓️ 5月当月) that names only the period.
    if (
      i > 0 &&
      (sentence.headline || sentence.text.length <= SECTION_LINE_MAX) &&
      SECTION_MARK.test(sentence.text) &&
      own.some((t) => t.periods.length > 0)
    )
      sectionPeriod = state.period;
    // Both asked only when needed, at most once a sentence: the place scan is the costly part.
    let places: boolean | undefined;
    const namesPlace = (): boolean => {
      places ??= subjectRegions(sentence.text, { home, seenZones }).length > 0;
      return places;
    };
    let known: boolean | undefined;
    const figures = (): boolean => {
      known ??= mayHoldFigures(sentence, clauses, namesPlace);
      return known;
    };
    for (const rule of RULES) {
      for (const c of rule.read(sentence, clauses, state, figures)) {
        c.article = article.index;
        // 青岛前湾综合保税区上半年进出口566.2亿元…。⏎分项看，出口198.7亿元…: a figure naming no place, which the
        // article already gave its place with another value, is the part's the paragraph before was about.
        // Not in a paragraph that has given figures of the whole (从全市看，…共推进项目131个。其中，签约项目46个…), nor a
        // part of the event counted on stage (现场签约的6个项目).
        if (
          partBefore !== undefined &&
          c.region.name === home.region.name &&
          !c.fallback &&
          paragraphSubject?.name !== home.region.name
        ) {
          if (!namesPlace() && restatedOtherwise(c, partBefore, out, articleFrom, paragraphFrom)) c.region = partBefore;
        }
        out.push(c);
        if (paragraphSubject === undefined && !sentence.text.startsWith("其中")) paragraphSubject = c.region;
      }
    }
  }
  reassignByTheirSum(out, articleFrom);
  reassignStagesBySum(out, articleFrom);
  wholeOfOneStage(out, articleFrom, sentences);
  return main;
}

const ALL_STAGES_EVENT = /三个一批|推进(?:重点|重大)?项目/u;
const ONE_STAGE_EVENT = /集中(?:签约|开工|动工|投产)|(?:签约|开工|动工|投产)(?:仪式|活动|大会)/u;
/**
 * 临汾市2019年第一批重大项目集中开工…各县（市、区）参加活动的项目分别为：尧都区21个、…: in an article about one
 * stage's event, naming no other stage anywhere, all the projects taking part are that stage's; the figures read
 * as all the event's projects are that stage's too.
 */
function wholeOfOneStage(out: Candidate[], from: number, sentences: readonly Sentence[]): void {
  let whole = false;
  let staged = false;
  for (let i = from; i < out.length; i++) {
    const c = out[i] as Candidate;
    if (c.indicator === "projects.total") whole = true;
    else if (STAGE_INDICATORS.includes(c.indicator)) staged = true;
  }
  if (!whole || !staged) return;
  const named = new Set<IndicatorId>();
  let event = false;
  for (const s of sentences) {
    // 三个一批 / 推进项目: the event is of all the stages, whatever part of it this article tells.
    if (ALL_STAGES_EVENT.test(s.text)) return;
    for (const stage of stagesNamed(s.text)) named.add(stage);
    event ||= ONE_STAGE_EVENT.test(s.text);
  }
  const stage = [...named][0];
  if (named.size !== 1 || !event || stage === undefined || !STAGE_INDICATORS.includes(stage)) return;
  for (let i = from; i < out.length; i++) {
    const c = out[i] as Candidate;
    if (c.indicator === "projects.total") c.indicator = stage;
  }
}

const STAGE_INDICATORS = ["projects.signed", "projects.started", "projects.producing"];

/** The one place whose total fits (stated twice, a headline and its body, it is still one), else undefined. */
function onlyFit(fits: readonly Candidate[]): Candidate | undefined {
  return new Set(fits.map((t) => t.region.name)).size === 1 ? fits[0] : undefined;
}

/**
 * 全市开发区此次共推进项目68个…，晋城经开区一家就拿出了25个项目。⏎“签约一批”：项目9个…；“开工一批”：项目10个…；
 * “投产一批”：项目6个…: the three stages' counts, filed under the whole the article is about, add up to another
 * place's count of all its projects and not to the whole's: they and the amounts beside them are that place's.
 */
function reassignStagesBySum(out: Candidate[], from: number): void {
  const totals: Candidate[] = [];
  const stages = new Map<string, Candidate[]>();
  for (let i = from; i < out.length; i++) {
    const c = out[i] as Candidate;
    if (c.measure !== "count" || c.entity || c.fallback) continue;
    if (c.indicator === "projects.total") totals.push(c);
    else if (STAGE_INDICATORS.includes(c.indicator)) {
      const key = `${c.region.name}|${periodKey(c.period)}`;
      const list = stages.get(key) ?? [];
      list.push(c);
      stages.set(key, list);
    }
  }
  if (totals.length < 2) return;
  for (const list of stages.values()) {
    // One count of each stage, nothing more.
    if (list.length !== 3 || new Set(list.map((c) => c.indicator)).size !== 3) continue;
    const first = list.reduce((a, b) => (b.start < a.start ? b : a));
    const last = list.reduce((a, b) => (b.start > a.start ? b : a));
    const sum = list.reduce((n, c) => n + c.value, 0);
    const whole = first.region.name;
    const key = periodKey(first.period);
    const samePeriod = (t: Candidate) => periodKey(t.period) === key;
    if (totals.some((t) => t.region.name === whole && samePeriod(t) && t.value === sum)) continue;
    const fits = totals.filter((t) => t.start < first.start && samePeriod(t) && t.value === sum);
    const other = onlyFit(fits);
    // A zone's own report naming itself two ways (山西综改示范区, 山西转型综合改革示范区) moves nothing.
    if (!other || other.region.name === whole || other.region.level !== "zone" || first.region.level === "zone")
      continue;
    for (let i = from; i < out.length; i++) {
      const c = out[i] as Candidate;
      if (
        c.region.name === whole &&
        !c.entity &&
        c.indicator.startsWith("projects.") &&
        c.sentence.start >= first.sentence.start &&
        c.sentence.start <= last.sentence.start
      )
        c.region = other.region;
    }
  }
}

/** Whether two amounts agree to about the last written digit (a tenth of a per cent of either). */
function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-3 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * 榆次区…进出口总值完成23.54亿元…。同期，全市进出口总值57.13亿元。⏎其中，出口17.82亿元…；进口5.72亿元…: a
 * breakdown naming no place, filed under the whole the sentence before gave, whose exports and imports add up
 * to another place's total and not to that whole's, is that other place's (the article's subject, an aside
 * about the whole between). Only when exactly one place's total fits.
 */
function reassignByTheirSum(out: Candidate[], from: number): void {
  const totals: Candidate[] = [];
  for (let i = from; i < out.length; i++) {
    const c = out[i] as Candidate;
    if (c.indicator === "trade.total" && c.measure === "value" && !c.partner && !c.entity) totals.push(c);
  }
  if (totals.length < 2) return;
  const bySentence = new Map<number, Candidate[]>();
  for (let i = from; i < out.length; i++) {
    const c = out[i] as Candidate;
    if (!c.indicator.startsWith("trade.") || c.partner || c.entity || !c.sentence.text.startsWith("其中")) continue;
    const list = bySentence.get(c.sentence.start) ?? [];
    list.push(c);
    bySentence.set(c.sentence.start, list);
  }
  for (const list of bySentence.values()) {
    const exp = list.find((c) => c.indicator === "trade.export" && c.measure === "value");
    const imp = list.find((c) => c.indicator === "trade.import" && c.measure === "value");
    if (!exp || !imp || exp.region.name !== imp.region.name || exp.unit !== imp.unit) continue;
    const sum = exp.value + imp.value;
    const key = periodKey(exp.period);
    const fits = totals.filter(
      (t) => t.start < exp.start && t.unit === exp.unit && periodKey(t.period) === key && sameAmount(t.value, sum),
    );
    const own = totals.some(
      (t) => t.region.name === exp.region.name && periodKey(t.period) === key && sameAmount(t.value, sum),
    );
    const other = onlyFit(fits);
    if (own || !other || other.region.name === exp.region.name) continue;
    const whole = exp.region.name;
    for (const c of list) if (c.region.name === whole) c.region = other.region;
  }
}

// Records are built in small functions called per record rather than in one
// long loop: candidates come in many shapes (partner, entity, share, rank),
// and an optimised loop specialised on the first shapes would be thrown back
// to the interpreter again and again.
interface Sources {
  doc: LoadedDocument;
  norm: OffsetText;
  articleIds: string[];
  quotes: Map<number, string>;
}

function quoteOf(x: Sources, c: Candidate): string {
  const cached = x.quotes.get(c.sentence.start);
  if (cached !== undefined) return cached;
  const q = originalChars(x.doc.text, x.norm.map, c.sentence.start, c.sentence.end);
  x.quotes.set(c.sentence.start, q);
  return q;
}

/**
 * A figure's span in the normalised text. A table cell's figure is read with
 * its column's words around it (88.4 → 签约金额88.4亿元), which are not in the
 * text: its span is cut back to the cell (the gap between cells is whitespace).
 */
function cellSpan(text: string, c: Candidate): [number, number] {
  const end = Math.min(c.end, c.sentence.end);
  if (c.sentence.header === undefined && c.sentence.columns === undefined) return [c.start, end];
  // The cell is the run without spaces around the middle of the figure's span:
  // the words its column lends it stand on either side of the cell (签约金额88.4亿元,
  // 同比增长23.7%) and may reach into the cells beside it, the figure does not.
  const first = c.sentence.start;
  const last = c.sentence.end;
  let mid = Math.min(Math.max(Math.floor((c.start + c.end) / 2), first), last - 1);
  // A long label before the figure (排名第1 for a cell of 1) may put the middle in the gap before the cell: the
  // figure is to its right, the words after a figure being no longer than its unit.
  let right = mid;
  while (right < end && /\s/u.test(text.charAt(right))) right++;
  if (right < end) mid = right;
  while (mid > first && /\s/u.test(text.charAt(mid))) mid--;
  let from = mid;
  while (from > first && !/\s/u.test(text.charAt(from - 1))) from--;
  let to = mid;
  while (to < last && !/\s/u.test(text.charAt(to))) to++;
  return [from, to];
}

function sourceOf(x: Sources, c: Candidate): SourceSpan {
  const [start, end] = originalRange(x.norm, ...cellSpan(x.norm.text, c));
  return {
    document: x.doc.id,
    article: x.articleIds[c.article] ?? `${x.doc.id}-a0`,
    quote: quoteOf(x, c),
    text: x.doc.text.slice(start, end),
    start,
    end,
  };
}

function recordOf(x: Sources, { winner, others, variant }: MergedFact, ids: Set<string>): IndicatorRecord {
  const w = winner;
  let id = hashId([
    x.doc.id,
    w.indicator,
    w.measure,
    w.region.name,
    periodKey(w.period),
    w.partner ?? "",
    w.entity ?? "",
    w.basis ?? "",
    w.unit,
    variant > 0 ? String(variant) : "",
  ]);
  while (ids.has(id)) id = hashId([id, "dup"]);
  ids.add(id);
  const record: IndicatorRecord = {
    id,
    indicator: w.indicator,
    measure: w.measure,
    value: w.value,
    unit: w.unit,
    qualifier: w.qualifier,
    region: w.region,
    period: w.period,
    sectors: w.sectors,
    rule: w.rule,
    source: sourceOf(x, w),
  };
  if (w.partner) record.partner = w.partner;
  if (w.entity) record.entity = w.entity;
  if (w.of) record.of = w.of;
  if (w.among) record.among = w.among;
  if (others.length > 0) {
    const seen = new Set([record.source.start]);
    const alsoIn = others.map((o) => sourceOf(x, o)).filter((s) => !seen.has(s.start) && seen.add(s.start));
    if (alsoIn.length > 0) record.alsoIn = alsoIn;
  }
  return record;
}

export function extractDocument(doc: LoadedDocument): DocumentResult {
  const norm = normalise(doc.text, doc.bodyStart);
  const articles = segment(norm.text);
  const home = resolveHome(doc.meta.region, norm.text);
  const ref = referenceYear(doc.meta.date, doc.meta.url, norm.text);
  const seenZones = documentZones(norm.text, home);
  const articleIds = articles.map((a) => `${doc.id}-a${a.index}`);
  const candidates: Candidate[] = [];
  // Published in January or February: a look back over a year is over the one just ended.
  const month = Number(doc.meta.date?.slice(5, 7));
  const newYear = month === 1 || month === 2;
  let previous: PeriodContext | undefined;
  for (const article of articles)
    previous = readArticle(article, home, seenZones, ref.year, candidates, previous, newYear);

  const sources: Sources = { doc, norm, articleIds, quotes: new Map() };
  const ids = new Set<string>();
  const records = mergeDuplicates(candidates).map((fact) => recordOf(sources, fact, ids));

  const publication = doc.meta.source === undefined ? inferPublication(norm.text) : undefined;
  return {
    document: {
      id: doc.id,
      file: doc.file,
      ...doc.meta,
      ...(publication ? { source: publication } : {}),
      region: doc.meta.region ?? home.region.name,
      inferred: home.inferred || ref.inferred || publication !== undefined,
      articles: articles.map((a, i) => ({ id: articleIds[i] ?? `${doc.id}-a${i}`, title: a.title })),
    },
    records,
  };
}
