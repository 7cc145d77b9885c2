import type { Period } from "../../schema/dataset";
import { PERIOD as PERIOD_FEATURE, textFeatures } from "../text/char-features";
import { execAll } from "../text/exec-all";
import { parseInteger } from "../text/numerals";

// Periods as reports state them, applied in reading order to a context that
// carries through an article: years (2021年, 今年, 去年 relative to the
// publication year), batches (第四次“三个一批”), quarters (一季度), cumulative
// months (1-5月, 前五个月, 1至4月份, 1~11月, 前三季度) and single months
// (三月份, 12月当月). A period word after 比/较/由 is a comparison base, and
// one followed by 以来/底 is a point in time: neither changes the context.

export interface PeriodContext {
  year: number;
  batch?: number;
  quarter?: number;
  months?: [number, number];
  month?: number;
}

const M = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
// Accepted shapes (real examples): 2022年第一次“三个一批”, 2021年第三次开发区“三个一批”, 第四期“三个一批”, 2025年首批重大项目, 今年一季度, 2020年一季度,
// 2024年Q1, 今年1到5月份, 1—7月, 前五个月, 前7个月, 首5个月 (Hong Kong papers), 前三季度, 一至三季度, 三月份, 2017年12月当月, 9月份当月, 今年1月至3月,
// 第十期（去年10月举行）我市签约项目39个.
const YEAR_PART =
  "(?:(?<year>\\d{4}|[〇零一二三四五六七八九]{4})年(?:度)?|(?<rel>今年|去年|上年|本年|当年|同年|全年|前年|本次|此次|本期|本批次|本批|此批|本季度))";
const SUB_PART =
  `(?:(?<q1>[1-4一二三四])(?:季度)?\\s*(?:-|—|–|~|～|至|到)\\s*(?<q2>[1-4一二三四])季度|(?:第|Q(?=[1-4]))?(?<q>[1-4一二三四])(?:季度|(?<=Q[1-4])(?!\\d))|(?<fq>首季)度?|(?<half>前[三3]季度|前[两二2]季度|上半年|下半年)|[前首](?<nm>${M}|两)个?月(?:份)?` +
  // 1、2月份合计: two months added up, as a range.
  `|(?<m1>${M})(?:月份?)?\\s*(?:-|—|–|~|～|至|到|、(?=(?:${M})月份?合计))\\s*(?<m2>${M})月(?:份)?` +
  `|(?<prev>上个?月)(?!份?[\\d底末初])` +
  `|(?<m>${M})月(?:份)?(?!\\d{1,2}(?:[日号]|\\s*[—－~～至到-]\\s*\\d{1,2}[日号])|日|号|底|末|初|中旬|上旬|下旬|[一二三四五六七八九十]{1,3}[日号])(?:当月|单月)?` +
  `|(?:第(?<b>\\d{1,2}|[一二三四五六七八九十]{1,3})|(?<first>首))(?:次|期|批)(?=(?:开发区|园区)?[“"]?三个一批|项目|活动|集中|重大项目|重点项目|“三|[、和及与]第|[（(][^）)]{2,12}[）)][^，。；]{0,6}?(?:签约|开工|动工|投产|推进|项目)|(?:重大|重点)[^，。；、]{1,4}项目|(?<=第[^首]{1,3}[次期])(?:[^，。；、“”\\d]{0,4})(?:共|累计)(?:推进|参加|参与|有)?(?:活动)?项目|(?<=第[^首]{1,3}[次期批])$))`;
const QUALIFIER = "以来|以前|以后|底|末|初|同期";
/** A five-year plan's span (“十二五”期间, 十四五以来): no period the dataset has, so no figure of it is a fact. */
// Also a span of years counted back (过去五年，我们累计签约…; 三年来; 近五年).
const YEARS_SPAN =
  /[“"]?十[一二三四五六]五[”"]?(?:期间|时期|以来|累计|[，,])|(?:过去|近|最近)的?[两三四五六七八九十]年|(?:^|[^今去上前当本同全首\d两三四五六七八九十])[两三四五六七八九十]年(?:来|间|以来|累计)/u;
export const FIVE_YEAR_SPAN = {
  // Every span holds 年 or a five-year plan's 五: most clauses hold neither, and the regex is not tried.
  test: (text: string): boolean => (text.includes("年") || text.includes("五")) && YEARS_SPAN.test(text),
};
// 下半年 is no cumulative period: its months are July to December (去年下半年以来 is skipped as a span).
const HALF_MONTHS: Record<string, [number, number]> = {
  前三季度: [1, 9],
  前3季度: [1, 9],
  前两季度: [1, 6],
  前二季度: [1, 6],
  前2季度: [1, 6],
  上半年: [1, 6],
  下半年: [7, 12],
};
// The year part, sub-year part and qualifier are each optional but never all
// absent: a lookahead (the same parts without group names) asserts one of them
// starts here. Without it the scan stops on an empty match, with its match
// object, at every numeral of a clause.
const unnamed = (pattern: string): string => pattern.replace(/\(\?<\w+>/gu, "(?:");
const PERIOD = new RegExp(
  `(?<pre>比|较|与|同比|由|截至|截止|自|从)?(?=[\\d〇零一二三四五六七八九十今去上下本当同全前此第首])` +
    `(?=${unnamed(YEAR_PART)}|${unnamed(SUB_PART)}|${QUALIFIER})${YEAR_PART}?${SUB_PART}?(?<post>${QUALIFIER})?`,
  "gu",
);

// Every mention holds a period character (年月季期次批) right after a digit, a
// numeral or one of 今去上本当同全前此半个两 (2021年, 今年, 本次, 一季度, 上半年, 前五个月,
// 5月, 第三批): the PERIOD feature. Clauses without it are not scanned.

export interface PeriodMention {
  start: number;
  end: number;
  /** A year that begins a full date (2024年4月26日): when something happened or was printed, not a period reported on. */
  date: boolean;
  apply: (ctx: PeriodContext, ref: number, main: PeriodContext) => PeriodContext;
}

function yearOf(written: string): number | null {
  const year = /^\d{4}$/u.test(written) ? Number(written) : parseInteger(written);
  // Outside the years the dataset schema accepts (0000年, 八〇八八年 in damaged text) it is no period we report.
  return year !== null && year >= 1949 && year <= 2100 ? year : null;
}

function lastMonth(ctx: PeriodContext): number | undefined {
  return ctx.months?.[1] ?? (ctx.quarter ? 3 * ctx.quarter : undefined);
}

type PeriodGroups = Partial<
  Record<
    "year" | "rel" | "q" | "fq" | "q1" | "q2" | "half" | "nm" | "m1" | "m2" | "m" | "b" | "first" | "prev" | "upTo",
    string
  >
>;

/** One period mention; the change it makes is worked out only when the context reaches it. */
class Mention implements PeriodMention {
  readonly start: number;
  readonly end: number;
  readonly date: boolean;
  private readonly g: PeriodGroups;

  constructor(start: number, end: number, groups: PeriodGroups, date = false) {
    this.start = start;
    this.end = end;
    this.g = groups;
    this.date = date;
  }

  apply(ctx: PeriodContext, ref: number, main: PeriodContext): PeriodContext {
    const g = this.g;
    let next: PeriodContext = { ...ctx };
    const rel = g.rel;
    // 本次 is the article's own batch or quarter (一季度…活动，这是我县今年首次…。此次…), unless the
    // article is about months and a batch was just named
    // (【三个一批】 in a half-year post: 全市开发区2023年第二次“三个一批”活动举行。本次签约项目21个).
    if (
      (rel === "本次" || rel === "此次" || rel === "本期" || rel === "本批次" || rel === "本批" || rel === "此批") &&
      !(next.batch !== undefined && main.batch === undefined && main.quarter === undefined && next.year === main.year)
    )
      next = { ...main };
    // 本季度 after the months so far (前三季度…。县区层面，…本季度开工项目16个): the quarter the article is about.
    if (rel === "本季度") return main.quarter !== undefined ? { ...main } : next;
    let year = next.year;
    if (g.year) year = yearOf(g.year) ?? year;
    else if (rel === "今年" || rel === "本年") year = ref;
    // 去年4月封关运作，当年实现进出口8.6亿元: that year, the one just spoken of.
    else if (rel === "当年") year = next.year;
    else if (rel === "去年" || rel === "上年") year = ref - 1;
    else if (rel === "前年") year = ref - 2;
    const sub = g.q || g.fq || g.q1 || g.half || g.nm || g.m1 || g.m || g.b || g.first || g.prev;
    if (!sub) {
      // 当年 after a single month (去年4月封关运作，当年…): the month was an event's date, the figures the year's.
      if (rel === "全年" || (rel === "当年" && next.month !== undefined) || year !== next.year) return { year };
      return { ...next, year };
    }
    // 首批 / 首次: the first batch.
    // 这是该区今年首次集中签约开工 in a quarter's report: the year's first event is that quarter's.
    if (g.first && main.quarter !== undefined && year === main.year) return { ...next, year };
    if (g.b || g.first) {
      const b = g.first ? 1 : parseInteger(g.b ?? "");
      return b ? { year, batch: b } : { ...next, year };
    }
    // 上月 after a single month (4月当月…；上月…) is the month before it. In a report on
    // months or a quarter (1—9月, 第三季度), published the month after, it is their last month.
    if (g.prev) {
      const single = next.month ?? (next.months || next.quarter ? undefined : main.month);
      if (single !== undefined) return single > 1 ? { year, month: single - 1 } : { ...next, year };
      const last = lastMonth(next) ?? lastMonth(main);
      return last ? { year, month: last } : { ...next, year };
    }
    // 一至三季度: the months of those quarters (1–9), as 前三季度.
    if (g.q1 && g.q2) {
      const a = parseInteger(g.q1);
      const b = parseInteger(g.q2);
      return a && b && a < b ? { year, months: [3 * a - 2, 3 * b] } : { ...next, year };
    }
    // 首季 (Hong Kong papers): the first quarter.
    if (g.q || g.fq) {
      const q = g.fq ? 1 : parseInteger(g.q ?? "");
      return q ? { year, quarter: q } : { ...next, year };
    }
    if (g.half) return { year, months: HALF_MONTHS[g.half] ?? [1, 6] };
    if (g.nm) {
      const n = parseInteger(g.nm);
      return n && n <= 12 ? { year, months: [1, n] } : { ...next, year };
    }
    if (g.m1 && g.m2) {
      const a = parseInteger(g.m1);
      const b = parseInteger(g.m2);
      // 截至3月底 in a report on the first quarter: the quarter's months, named as the report names them.
      if (g.upTo && a === 1 && b === 3 && main.quarter === 1 && main.year === year) return { year, quarter: 1 };
      if (a && b && a < b && b <= 12) return { year, months: [a, b] };
      return { ...next, year };
    }
    const mo = parseInteger(g.m ?? "");
    if (mo && mo <= 12) return { year, month: mo, batch: next.batch };
    return { ...next, year };
  }
}

// 截至10月底: a stock at the end of a month in a report on the months up to it
// (全市有进出口实绩企业206家) is of those months, 1–N.
const UP_TO_MONTH_END = new RegExp(`(?:截至|截止)(?:到)?(?:(?<year>\\d{4})年)?(?<m2>${M})月(?:份)?(?:底|末)`, "gu");

// Or a multiple or part of it (出口规模达到2018年的1.7倍, 恢复到2019年的九成, 相当于上年全年的97.6%).
const COMPARED_AFTER = /^(?:同期|全年)?(?:相比|相较|比较|的[^，。；\d]{0,4}?[\d.一二三四五六七八九十两]+(?:倍|%|成))/u;
const TREND_AFTER = /^(?:的|(?:持续|连续)(?:的)?)(?:下滑|下降|负增长|颓势|低迷|势头|态势|走势)/u;
const GAP_BEFORE = /(?:高于|低于|快于|慢于|好于|优于|超出)(?:同期)?$/u;
const LEVEL_AFTER = /^(?:同期|同月)?(?:为|是)[\d约近超逾]/u;

// The month and day after a year: 2024年4月26日, 二〇二四年四月二十六日.
const DAY_AFTER_YEAR = new RegExp(`^${M}月(?:\\d{1,2}|[一二三四五六七八九十]{1,3})[日号]`, "u");

const HELD_IN_BRACKET = /^(?:份)?(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})[日号])?(?:举行|召开|举办|启动)[）)]/u;
const TURNED_BEFORE = /(?:扭转|改变|一改|摆脱)了?$/u;
const AIMED_AT_BEFORE = /(?:冲刺|决胜|备战|迎战|奋战)$/u;
const AIM_BEFORE = /(?:为|完成|实现|确保|冲刺|决胜|夺取)$/u;
const AIM_AFTER = /^(?:画上|收官|目标|任务|计划|工作)/u;

const LUNAR_BEFORE = /(?:农历|阴历|闰)$/u;
const LUNAR_DAY = /^(?:廿|卅|初[一二三四五六七八九十])/u;

const VIEW_FRAME = /^[^，。；]{0,16}?(?:看|来看)$/u;
const HELD_AFTER = /^(?:举行|举办|开展|召开)/u;

/** Period mentions of a clause with the context change each one makes (`features`: its char-features, when known). */
export function scanPeriods(clause: string, features = textFeatures(clause)): PeriodMention[] {
  const out: PeriodMention[] = [];
  if ((features & PERIOD_FEATURE) === 0) return out;
  // End of the last comparison base skipped: 较去年全年 is one base, its 全年 no period of the clause.
  let baseEnd = -1;
  for (const m of execAll(PERIOD, clause)) {
    if (m[0].length === 0) continue;
    const g = m.groups ?? {};
    const end = m.index + m[0].length;
    if (m.index === baseEnd && m[0] === "全年") continue;
    // 从二季度开工项目的分布看: 从 opens a point of view on that period, not a span from it.
    // 去年同期举行的第五期活动中: the time an event was held, a year of its own, not a comparison's base.
    if (g.post === "同期" && g.rel && !g.pre && HELD_AFTER.test(clause.slice(end, end + 2))) {
      out.push(new Mention(m.index, end - g.post.length, { rel: g.rel }, false));
      continue;
    }
    if (g.post || (g.pre && !(g.pre === "从" && VIEW_FRAME.test(clause.slice(end))))) {
      baseEnd = end;
      continue;
    }
    if (!g.year && !g.rel && !g.q && !g.fq && !g.q1 && !g.half && !g.nm && !g.m1 && !g.m && !g.b && !g.first && !g.prev)
      continue;
    // 农历十月廿九, 闰二月廿二: a date of the lunar calendar in a masthead, no period reported on.
    if (
      g.m &&
      !g.year &&
      (LUNAR_BEFORE.test(clause.slice(Math.max(0, m.index - 2), m.index)) || LUNAR_DAY.test(clause.slice(end, end + 2)))
    )
      continue;
    // 蓄势冲刺四季度, 决胜下半年: a period aimed at, not the period of figures.
    if (AIMED_AT_BEFORE.test(clause.slice(Math.max(0, m.index - 2), m.index))) continue;
    // 为全年画上圆满句号, 完成全年目标: the year as an aim, not the period of figures.
    if (
      g.rel === "全年" &&
      m[0] === "全年" &&
      (AIM_BEFORE.test(clause.slice(Math.max(0, m.index - 2), m.index)) || AIM_AFTER.test(clause.slice(end, end + 2)))
    )
      continue;
    // （2022年为1507.4亿元）: another period's level, named as a base; the context stays.
    // So does a year compared with (與「十一五」末的2010年相比，…擴大了28.6%).
    if (LEVEL_AFTER.test(clause.slice(end, end + 4)) || COMPARED_AFTER.test(clause.slice(end, end + 12))) continue;
    // 高于前8个月平均增速7.9个百分点: a period whose rate the figure is measured against.
    if (GAP_BEFORE.test(clause.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 扭转了上半年下降6.3%的局面: a period whose trend was turned, not the period of the figures after.
    if (TURNED_BEFORE.test(clause.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 扭转了前两个月的下滑势头: a period whose trend is spoken of, not the period of the figures.
    if (TREND_AFTER.test(clause.slice(end, end + 6))) continue;
    // 第十期（去年10月举行）: when a batch was held, in brackets, not the period of the figures.
    if (
      (clause[m.index - 1] === "（" || clause[m.index - 1] === "(") &&
      HELD_IN_BRACKET.test(clause.slice(end, end + 8))
    )
      continue;
    const date = g.year !== undefined && !g.m && !g.m1 && DAY_AFTER_YEAR.test(clause.slice(end, end + 8));
    out.push(new Mention(m.index, end, g, date));
  }
  if (!clause.includes("截")) return out;
  for (const m of execAll(UP_TO_MONTH_END, clause)) {
    const g = m.groups ?? {};
    out.push(new Mention(m.index, m.index + m[0].length, { year: g.year, m1: "1", m2: g.m2, upTo: "1" }));
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The period of a trade figure: year plus quarter, months or month. */
export function tradePeriod(ctx: PeriodContext): Period {
  if (ctx.quarter) return { year: ctx.year, quarter: ctx.quarter, label: `${ctx.year}年第${ctx.quarter}季度` };
  // 1—12月: the whole year.
  if (ctx.months && !(ctx.months[0] === 1 && ctx.months[1] === 12))
    return { year: ctx.year, months: ctx.months, label: `${ctx.year}年${ctx.months[0]}–${ctx.months[1]}月` };
  if (ctx.month && !ctx.months) return { year: ctx.year, month: ctx.month, label: `${ctx.year}年${ctx.month}月` };
  return { year: ctx.year, label: `${ctx.year}年` };
}

/** The period of a project figure: year plus batch (or quarter, or cumulative months: 前三季度累计签约项目39个). */
export function projectPeriod(ctx: PeriodContext): Period {
  if (ctx.batch) return { year: ctx.year, batch: ctx.batch, label: `${ctx.year}年第${ctx.batch}次` };
  if (ctx.quarter) return { year: ctx.year, quarter: ctx.quarter, label: `${ctx.year}年第${ctx.quarter}季度` };
  // 4—6月，全市集中签约项目62个 in a report on the second quarter's batch: projects are batched by quarter, and
  // a quarter's months (not months since January) are that quarter.
  const [from, to] = ctx.months ?? [0, 0];
  if (ctx.months && from > 1 && to === from + 2 && from % 3 === 1) {
    const quarter = (from + 2) / 3;
    return { year: ctx.year, quarter, label: `${ctx.year}年第${quarter}季度` };
  }
  if (ctx.months && !(from === 1 && to === 12))
    return { year: ctx.year, months: ctx.months, label: `${ctx.year}年${ctx.months[0]}–${ctx.months[1]}月` };
  // 陕西省2023年3月份重点项目集中开工活动: an activity held month by month.
  if (ctx.month && !ctx.months) return { year: ctx.year, month: ctx.month, label: `${ctx.year}年${ctx.month}月` };
  return { year: ctx.year, label: `${ctx.year}年` };
}

const TEXT_YEAR = /(?<!\d)((?:19|20)\d{2})年/gu;
const URL_YEAR = /(?<!\d)((?:19|20)\d{2})(?:[/_-]?(?:0[1-9]|1[0-2]))/u;

/** Reference year for 今年/去年: the publication date, else the url, else the latest year in the text. */
export function referenceYear(
  date: string | undefined,
  url: string | undefined,
  text: string,
): { year: number; inferred: boolean } {
  if (date) return { year: Number(date.slice(0, 4)), inferred: false };
  const fromUrl = url ? URL_YEAR.exec(url) : null;
  if (fromUrl?.[1]) return { year: Number(fromUrl[1]), inferred: true };
  let max = 0;
  for (const m of text.matchAll(TEXT_YEAR)) max = Math.max(max, Number(m[1]));
  if (max === 0) return { year: new Date().getUTCFullYear(), inferred: true };
  // A year's December or whole year reported (2016年12月当月, 2016年全年) is reported the year after:
  // its 去年 is that year.
  const wholeYear = new RegExp(`${max}年(?:12月|十二月|全年|1[—–-]12月)`, "u");
  return { year: wholeYear.test(text) ? max + 1 : max, inferred: true };
}
