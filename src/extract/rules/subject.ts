import type { Region } from "../../schema/dataset";
import { scanPeriods } from "../resolve/periods";
import { NAME_NOTE, subjectRegions } from "../resolve/regions";
import { BASE as BASE_FEATURE, PERIOD as PERIOD_FEATURE, textFeatures } from "../text/char-features";
import { execAll } from "../text/exec-all";
import type { Base, Clause, ReadingState } from "./types";

// What a clause says its figures are about, read from the words before the
// first figure: regions, a comparison base, and whether anything is left that
// names a subtotal (a product, an enterprise type, a trade mode) instead.

// Words that may stand before a figure without changing its subject (三市进出口同比分别增长…: the places just
// listed, counted).
// Also what a figure's sentence opens with when it goes on from the one before (这一成绩让襄阳外贸总值…),
// and 我们 in an interview's answer (答：我们对RCEP成员国进出口612.4亿元): the home place speaking; a place
// named by where it lies (位于我市的泉州综合保税区实现进出口…); a byline the figures follow with no comma
// (本报讯（记者 张三）2024年宜昌市外贸进出口440.2亿元); a numbered point's opening, after a label too
// (【市场分布】一是对美国进出口268.9亿元).
const ALLOWED =
  /(?:^|(?<=^【[^】]{1,10}】))(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]是?|首先|其次|再次|最后)|[\p{Script=Han}]{0,10}讯[（(][^（）()]{0,40}[）)]|【[^】]{1,10}】|(?:[两二三四五六七八九十]|\d{1,2})个?(?:地市|县市|城市|市|地|县|区)(?![\p{Script=Han}])|(?:这|此)(?:一|个)?(?:成绩|成果|数字|数据|势头)?(?:让|使得|使)|由此|从而|因而|连续(?:\d+|[一二三四五六七八九十两]+|多)年|在[^，；]{1,20}中|所辖|下辖|前者|后者|逆势|则|(?:比|较)\d{4}年同期|(?:比|较)\d{4}年|环比|年均|其中|分别|分列|依次|合计|累计|共计|总计|共|实现|完成|形成|出现|录得|达到|达|为|的|了|也|均|正|大幅|小幅|稳步|较快|快速|同比|同期|货物贸易|货物|对外贸易|双边|省会|首府|外贸|月度|当月|单月|单季度|单季|当季度|当季|全年|今年|去年|本次|此次|本期|按|如果|若|位于|地处|坐落(?:在|于)|以美元计价|以美元计|以人民币计价|以人民币计|据海关统计|海关统计|比去年同期|较去年同期|比上年同期|较上年同期|与(?:去年|上年)(?:同期|同月)?(?:相比)?|上年同期|(?:比|较)?(?:去年|上年)同月|上年|比上年|较上年|比去年|较去年|\(下同\)|（下同）|（人民币，下同）|\(人民币，下同\)|下同|折合|约合|人民币|进出口|出口|进口|创汇|自营|总额|总值|总量|规模|值|额|在|中|上|方面|看|来看|具体|方式|增速|增幅|继续|仍然|依然|仍|我们|各月份?|各季度|(?:[一二三四][、和及与])+|(?:扩大|收窄|缩小|增加|提高|上升|增长|减少|下降|回落|升|增|降)(?:到|至)/gu;
const TAINT =
  /企业|产品|商品|制品|消费品|机电|高新技术|一般贸易|加工贸易|贸易方式|跨境电商|市场采购|边境|工程|首饰|设备|仪器|手机|汽车|服装|钢材|焦炭|煤炭|原油|铁矿|集成电路|劳动密集|农产品|粮食|业绩|零售|消费/u;

/** Whether a text names a subtotal's subject (a product, an enterprise type, a trade mode). */
export function namesSubtotal(text: string): boolean {
  return TAINT.test(text);
}

// Comparison bases. Accepted shapes: 同比, 比去年同期(下同), 比2019年同期, 与2019年同期相比, 环比, 年均,
// 按年 / 按月 (Hong Kong papers: year on year, month on month).
const BASE =
  /(?<yoy>同比|按年|比去年同期|较去年同期|比上年同期|较上年同期|与(?:去年|上年)同期相比|(?:比|较|与)(?:去年|上年)同月|比上年|较上年|比去年|较去年)|(?:比|较)(?<y>\d{4})年(?:同期)?|与[^，；]{0,10}?(?<y2>\d{4})年(?:同期)?相比|(?<other>环比|按月|比上月|较上月|年均|年平均|两年平均|比前年|较前年|较上半年|比上半年|比一季度|较一季度|比前两个月|较前)/gu;

export interface BaseFound {
  base: Base;
  /** A year-based comparison (比2019年同期, 同比) that carries to later sentences of the paragraph. */
  carries: boolean;
}

export function lastBase(text: string, year: number, features = textFeatures(text)): BaseFound | undefined {
  let found: BaseFound | undefined;
  // Every base holds 同比, 环比, 相比, 比/较 before 去/上/前/一/a digit, 年均/年平 or 按年/按月; most clauses hold none.
  if ((features & BASE_FEATURE) === 0) return found;
  for (const m of execAll(BASE, text)) {
    const g = m.groups ?? {};
    if (g.yoy) found = { base: "yoy", carries: true };
    else if (g.y || g.y2) found = { base: Number(g.y ?? g.y2) === year - 1 ? "yoy" : "other", carries: true };
    else found = { base: "other", carries: false };
  }
  return found;
}

export interface Subject {
  regions: Array<{ start: number; end: number; region: Region }>;
  /** Unknown words left before the figure (a subtotal's subject). */
  leftover: string;
  tainted: boolean;
}

// Not the province in a free trade zone's official name (中国（山东）自由贸易试验区): the zone is read whole.
const PLACE_INSIDE_NAME =
  /(?<=\p{Script=Han})[（(]\p{Script=Han}{2,4}[）)](?=\p{Script=Han})(?!自由贸易试验区|自贸试验区)/gu;

function regionsOf(head: string, state: ReadingState, clauseStart?: number): Subject["regions"] {
  // 其中 must not read as a place (其中山阴县 is not 中山).
  let text = head.includes("其中") ? head.replace(/其中/gu, "  ") : head;
  // Nor a place in a note on the one before (贵阳市（含贵安新区）, …开发区（以下简称经开区）).
  if (text.includes("（") || text.includes("(")) {
    text = text.replace(NAME_NOTE, (m) => " ".repeat(m.length));
    // Nor a place in brackets inside a name (西部（重庆）科学城, 中国（河南）自由贸易试验区).
    text = text.replace(PLACE_INSIDE_NAME, (m) => " ".repeat(m.length));
    // Nor a park's other name after a zone's (嘉善经济技术开发区（中新嘉善现代产业园）).
    text = text.replace(ZONE_ALIAS_AFTER, (m) => " ".repeat(m.length));
  }
  // The article's sentences and where the clause starts, not a closure: one made per call is named each time.
  return subjectRegions(text, {
    home: state.home,
    seenZones: state.seenZones,
    part: head.includes("其中"),
    before: clauseStart === undefined || !state.sentences ? undefined : { sentences: state.sentences, at: clauseStart },
  });
}

/** Regions named in a clause before `end` that can be the subject of its figures. */
export function headRegions(clause: Clause, end: number, state: ReadingState): Subject["regions"] {
  return regionsOf(clause.text.slice(0, end), state, clause.start);
}

/** Reads the subject part of a clause (its text before `end`), removing `removed` ranges (partners, entities, keywords). */
export function readSubject(
  clause: Clause,
  end: number,
  removed: ReadonlyArray<readonly [number, number]>,
  state: ReadingState,
): Subject {
  const head = clause.text.slice(0, end);
  const regions = regionsOf(head, state, clause.start);
  const keep = new Uint8Array(head.length).fill(1);
  for (const [s, e] of removed) dropRange(keep, s, e);
  for (const r of regions) {
    dropRange(keep, r.start, r.end);
    // 广丰经济开发区企业完成出口9.82亿元: the zone's firms are the zone, no kind of enterprise.
    const firms = r.region.level === "zone" ? ZONE_FIRMS.exec(head.slice(r.end)) : null;
    if (firms) dropRange(keep, r.end, r.end + firms[0].length);
    // 嘉善经济技术开发区（中新嘉善现代产业园）: another name of the zone in brackets right after it.
    const alias = r.region.level === "zone" ? ZONE_ALIAS.exec(head.slice(r.end)) : null;
    if (alias) dropRange(keep, r.end, r.end + alias[0].length);
  }
  // 芜湖综合保税区（以下简称综保区）1-10月实现进出口…: a note on a name says nothing of the figures.
  if (head.includes("简称") || head.includes("含"))
    for (const m of head.matchAll(NAME_NOTE)) dropRange(keep, m.index, m.index + m[0].length);
  // 由机电产品、乳制品和稀土制品共同拉动的全市…进出口总额: what drove the whole, not a part of it.
  const driven = DRIVEN_BY.exec(head);
  if (driven) dropRange(keep, driven.index, driven.index + driven[0].length);
  // A head holds no period word its clause lacks the feature for.
  if ((clause.features & PERIOD_FEATURE) !== 0) for (const p of scanPeriods(head)) dropRange(keep, p.start, p.end);
  const rest = keptText(head, keep);
  const tainted = TAINT.test(rest);
  const leftover = rest.replace(ALLOWED, "").replace(NOT_A_WORD, "");
  return { regions, leftover, tainted };
}

const ZONE_FIRMS = /^(?:内|区内|的)?(?:外贸|进出口)?企业/u;
// Another name of a zone's park in brackets (（中新嘉善现代产业园）): at a zone's end, or right after its kind.
const ALIAS = String.raw`[（(]\p{Script=Han}{2,16}(?:园|园区|港|城|中心|基地)[）)]`;
const ZONE_ALIAS = new RegExp(`^${ALIAS}`, "u");
const ZONE_ALIAS_AFTER = new RegExp(`(?<=开发区|高新区|综保区|保税区|园区|集聚区|示范区|新区)${ALIAS}`, "gu");
const DRIVEN_BY = /(?:由|在)[^，；]{2,30}?(?:共同)?(?:拉动|带动|推动|支撑|带领)(?:下)?的?/u;
const NOT_A_WORD = /[^\p{Script=Han}A-Za-z]/gu;

/** The words of `text` that are not among those allowed before a figure (a commodity after 进口, a product). */
export function unknownWords(text: string): string {
  return text.replace(ALLOWED, "").replace(NOT_A_WORD, "");
}

function dropRange(keep: Uint8Array, start: number, end: number): void {
  keep.fill(0, Math.max(0, start), Math.max(0, Math.min(end, keep.length)));
}

/** The characters of `text` still marked kept, copied run by run. */
function keptText(text: string, keep: Uint8Array): string {
  let out = "";
  let run = -1;
  for (let i = 0; i <= text.length; i++) {
    const kept = i < text.length && keep[i] === 1;
    if (kept && run < 0) run = i;
    else if (!kept && run >= 0) {
      out += text.slice(run, i);
      run = -1;
    }
  }
  return out;
}
