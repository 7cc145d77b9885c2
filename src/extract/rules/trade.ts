import type { Region } from "../../schema/dataset";
import { INDICATOR_INFO, type IndicatorId } from "../../schema/vocabulary";
import { isWithinRegion, lookupRegion } from "../resolve/gazetteer";
import {
  barePartners,
  findPartners,
  type PartnerPhrase,
  partnerAlone,
  partnerList,
  remarkPartner,
  subjectPartners,
} from "../resolve/partners";
import { FIVE_YEAR_SPAN, type PeriodContext, scanPeriods, tradePeriod } from "../resolve/periods";
import { placeAtEnd, regionListBefore, spellOutWhole, subjectRegions } from "../resolve/regions";
import * as feature from "../text/char-features";
import { precisionOf } from "../text/decimal";
import { execAll } from "../text/exec-all";
import { parseInteger } from "../text/numerals";
import { type Quantity, rankedAre, scanBareAmounts, TOP_RANKED_ARE } from "../text/quantities";
import type { Sentence } from "../text/segment";
import { type Aside, findAside, findPeriodAside, hasBlankedAsides } from "./aside";
import { cityListParagraph } from "./city-list";
import {
  boundBeforeExactList,
  charAfter,
  charBefore,
  clauseQuantities,
  ITEM_MARK,
  inPlanSection,
  listedPeriods,
  numberLists,
  opensAims,
  periodsListedAlone,
  withoutPassed,
} from "./clauses";
import { placesReferred, rememberPlaceList } from "./place-list";
import { headRegions, lastBase, namesSubtotal, readSubject, unknownWords } from "./subject";
import type { Base, Candidate, Clause, ReadingState, SentenceRule } from "./types";

// Foreign trade: totals, exports, imports, balance, trading enterprises, with
// growth, shares and ranks; partners (对“一带一路”沿线国家进出口), entities
// (富士康集团、太钢集团的进出口额), respectively-lists in both directions.

// Accepted shapes: 进出口总值, 进出口额, 进出口贸易额, 外贸进出口, 外贸总值, 贸易额, 出口额,
// 进口值, 贸易顺差, 逆差, 出口大于进口, 货物贸易进出口总值, 按总值排名; 贸易 alone after a partner (与日本、韩国的贸易分别下降…;
// 对日本贸易占该市外贸总值的8.6%).
const KEYWORD =
  /(?:货物贸易)?进出口(?:贸易)?(?:总额|总值|额|值)?|外贸(?:进出口)?(?:总额|总值|额|值)?|对外贸易(?:总额|额)?|贸易(?:总额|额)|贸易(?<=[与对][^，。；]{1,20}的贸易)(?![方往])|贸易(?<=对[^，。；外]{1,10}贸易)(?=占(?!比))|(?:贸易)?顺差|(?:贸易)?逆差|(?:出口额?(?:大于|多于|高于)进口|进口额?(?:大于|多于|高于)出口)额?|出口(?:总额|总值|额|值)?|进口(?:总额|总值|额|值)?|总值/gu;
// A keyword naming a subtotal: 出口企业, 进出口商品, 出口业绩企业, 出口产品.
const KEYWORD_TAINT = /^(?:业绩)?(?:企业|商品|产品|货物)/u;
const TAINT_AFTER = /企业|产品|商品|货物|机电|业绩|手机|设备/u;
// Where the words after a keyword stop naming what is traded: 进口占进出口的比重, 出口分别占…, 出口居全省第一.
const NOT_A_COMMODITY = /占|相当于|比重|居|排名|排在|分别|分列|依次|在|折合/u;
const KEYWORD_JOIN = /^\s*(?:、|和|及|与)\s*$/u;
// A list of entities before 的+keyword: 富士康集团、太钢集团、武宿综保区的进出口额.
const ENTITY_LIST = /(?<list>[^，；、]{2,20}(?:、[^，；、]{2,20})+)的$/u;
const COMPANY = /(?:集团|公司|股份|有限公司|集团公司)$/u;
const COMPANY_END = /(?:集团|公司|股份)的?$/u;
// A company's own name before its suffix, after any lead word of the clause.
const SINGLE_COMPANY =
  /(?:^|其中|包括|如|而|由)(?<name>[\p{Script=Han}A-Za-z]{2,12}?(?:集团公司|有限公司|集团|公司|股份))(?<tail>的?)$/u;
const IN_RANKING = /在(?<among>[^，；]{1,20}?)中/u;
// A clause that is a ranking's field alone: what it ranks may be a group (全省开发区) of the places after it.
const RANKING_FIELD = /^在[^，；]{1,20}(?:排名|排行|排位|排序)中$/u;
const HYPOTHETICAL = /(?:剔除|扣除|不考虑)[^，；]*?(?:后|因素)/u;
// A clause opened by the base period (去年同期，全市进出口总值为67.5亿元; 上年全市进出口总值为…): the
// level this year's change is measured against, not a figure of the report's period.
const BASE_PERIOD_LEVEL =
  /^(?:而|在)?(?:(?:去年|上年|上一年)同(?:期|月)|上年|上一年)(?:，|$|[为是的]|全[市省区县]|(?=\d))/u;
// Also 东盟继续保持我市最大贸易伙伴地位; 越南为我区第一大贸易国; 欧盟是太原经开区第一大贸易伙伴.
const LEADING_PARTNER =
  /^(?:其中，?)?(?<p>[\p{Script=Han}]{2,12}?(?:[、和及与][\p{Script=Han}]{2,12}?)*)(?:(?:仍然|仍|继续|依然|稳居|保持)?(?:为|是|成为)|(?:继续|仍然|仍|依然)?(?:保持|稳居))(?:我市|我省|全市|全省|本市|本省|我区|全区|[\p{Script=Han}]{2,8}?)?(?:第[一二三\d]大|前[二两三四五]大|最大的?|主要)(?:的)?(?:贸易伙伴|贸易国|贸易市场|出口市场|进口来源地)(?:地位)?。?$/u;
const EACH = /各(?:为|是|有|达到|达|约|近)?$/u;
// 进口、出口分别完成…，前者同比下降2.4%，后者增长19.4%: the first or last of the keywords listed.
const FORMER_LATTER = /^(?:其中[，,]?)?(?<w>前者|后者)/u;
// What held a place's trade back or pushed it (受铅锌价格下行影响, 受煤炭出口萎缩拖累).
const HELD_BY = String.raw`受[^，。；\d]{1,16}(?:影响|拖累|冲击|带动|拉动|推动)`;
// Also what held it back or pushed it (济源受铅锌价格下行影响，完成15.3亿美元).
const CAUSE_AFTER_PLACE = new RegExp(`^[^，。；]{0,12}?(?:受益于|得益于|依托|凭借|借助|随着|${HELD_BY}$)`, "u");
// The cause may name trade itself (大同市受煤炭出口萎缩拖累，进出口12.6亿元): its keywords are no figure's.
const PLACE_THEN_CAUSE = new RegExp(String.raw`^[^，。；\d]{2,12}?${HELD_BY}$`, "u");
// Or by an amount only projects have (总投资居前三位的是…).
const PROJECT_RANKING = /项目|总投资|投资额|签约额|签约金额/u;
const TOP_N = /(?:分列|位列|居|位居|排名|排在)(?:全省|全市|全区|全国)?前(?<n>[二三四五六七八九十]|\d{1,2})(?:位|名)/u;
const RANKED_PLACES_CLOSE = new RegExp(`${TOP_RANKED_ARE}(?<list>[^，。；]{4,40}?)。?$`, "u");
// 排在第四、第五位的分别是株洲市和衡阳市: places ranked at the positions named, in turn.
const RANKED_AT_CLOSE = new RegExp(
  `${rankedAre("(?<at>第[\\d一二三四五六七八九十]+(?:位|名)?(?:[、和至到]第?[\\d一二三四五六七八九十]+)+)")}(?<list>[^，。；]{4,40}?)。?$`,
  "u",
);
// 增速居全国第5位、中部第1位: a sentence ranking a measure of the figures before, its keyword not repeated.
// Also after the gap to another's rate (增速高于全国5.7个百分点，居全国第7位).
const RANKED_MEASURE_LEAD =
  /^[^\p{Script=Han}\d]*(?:增速|增幅|规模|总量|总值)(?:[^，。；]{2,16}百分点[，,])?(?:继续|仍|稳)?(?:居|位居|位列|排名?|列)/u;
// 仅次于长沙居全省第2位: the place before the rank is another's.
const BEHIND_PLACE = /仅次于[^，。；、]{2,10}?(?=[，,]?(?:居|位居|排|列))/u;
const CAUSE_CLAUSE = /^(?:主要)?(?:受|得益于|受益于)[^，。；]{1,20}(?:拉动|带动|影响|推动|增加|增长)$/u;
const HOME_AGAIN = /^(?:我|全|本)(?:省|市|区|县)(?:增速|增幅|外贸|进出口)?(?:[高低快慢](?:于|出)|(?:比|较)全)/u;
// Also after the period and the place (上半年银川市与东盟的贸易往来升温，进出口贸易额9138万美元).
const PARTNER_TOPIC =
  /^(?:其中[，,]?)?(?:[^，。；对与\d]{0,4}[^，。；对与]{0,10}?(?:市|省|县|区)|\p{Script=Han}{2,4}?(?=与))?(?:对|与)(?!外)[^，。；]{2,20}?(?:贸易|外贸)[^，。；\d]{2,8}$/u;
const SUBTOTAL_TOPIC =
  /^(?:其中[，,]?)?(?:一般贸易|加工贸易|边境小额贸易|边境贸易|边民互市贸易|市场采购贸易|保税物流|跨境电商|机电产品|高新技术产品|劳动密集型产品|农产品)[^，；。]{0,8}$/u;
const WITHIN_LEAD = /^(?:区内的|辖区内的|园区内的|其中的)/u;
const PLACE_THEN_REMARK =
  /^(?:区内的|辖区内的|园区内的|其中的)?\p{Script=Han}{1,12}?[市县区省州盟旗][\p{Script=Han}“”"]{2,12}$/u;
// Or a short remark on it (景德镇市规模较小，进出口41.7亿元).
// Not a word the place's name begins (新兴市场表现抢眼: 新兴市 is no place there).
// (郑州航空港区继续发挥“压舱石”作用: a remark with a quoted word.)
const REMARK_AFTER_PLACE = /^(?!场|.*(?:海关|统计|发布|数据|显示|委|局|政府|举行|召开))[\p{Script=Han}“”"]{2,12}$/u;
const MODIFIED_PLACE_END = /的[^的，。；、]{2,12}$/u;
// 增速较快的有宜昌、荆州…，分别增长…: places picked out by their rates, of what the sentence before gave.
const MODIFIED_RATE_LIST = /^[^，。；、\d的]{0,6}(?:增速|增幅)[^，。；、\d的]{0,6}的(?:有|是|为)?[^，。；]+、/u;
const MODIFIED_LIST = /^[^，。；、\d的]{2,10}的(?:有|是|为)?(?=[^的，。；]+、)/u;
/** Whether a clause follows a ； (a new group of figures in its sentence). */
function afterSemicolon(sentence: Sentence, clause: Clause): boolean {
  return charBefore(sentence, clause) === "；";
}

/**
 * Whether a 其中 splitting a subtotal by direction opened a clause of the sentence before this clause's ；
 * group (…，其中出口…；进口…). Not a 其中 naming a product (出口…，其中化工产品出口…；进口…): the product was
 * the subtotal, and the clause after ； is the whole's again.
 */
function breakdownBefore(sentence: Sentence, clause: Clause): boolean {
  const before = sentence.text.slice(0, clause.start - sentence.start);
  const semicolon = before.lastIndexOf("；", before.length - 2);
  return /[，,]其中[，,：:]?(?:出口|进口|进出口)/u.test(before.slice(semicolon + 1));
}

/** Where a share's whole is introduced (占, or 相当于 in 相当于全国的0.42%), or -1. */
function shareAt(text: string): number {
  const zhan = text.indexOf("占");
  const equal = text.indexOf("相当于");
  const at = zhan < 0 ? equal : equal < 0 ? zhan : Math.min(zhan, equal);
  // 在全省外贸中占比66.7%: the whole named before 占比.
  const within = zhan > 2 ? WITHIN_SHARE.exec(text) : null;
  return within && within.index < at ? within.index : at;
}

const WITHIN_SHARE = /在[^，。；在]{2,16}?中(?:的)?占比/u;

const FLAT_WORD = /持平/u;
const FIRM_GROUP =
  /(?:以上|以下|(?:超过|超|逾)[^，；]{1,12})的(?:外贸|进出口)?企业(?:达到?|有|共有|共|为)?[\d一二三四五六七八九十百千]+家/u;
// 进出口额居前10位的企业合计完成进出口…, 该企业…出口额同比增长42%: top firms' subtotal or one firm's figures.
const FIRMS_SUBJECT =
  /^(?:该|这家|此|这个)(?:企业|公司)|(?:居|排名?|位列)前(?:\d{1,3}|[一二三四五六七八九十百]+)(?:位|名|强)?的?(?:外贸|进出口)?(?:企业|公司)/u;
const BY_MONTH = /^(?:从|分)(?:月度|单月|月份|各月)(?:来)?看[，,]/u;
const WHOLE_TRADE: Keyword = { start: 0, end: 0, indicator: "trade.total", negative: false, tainted: false };
const NOT_ENTERPRISE_COUNT = /力争|争取|目标|计划|预计|新增[^，；]{0,8}$/u;
const ENTERPRISE_KIND = /^(?:其中[，,]?)?(?:民营|国有|外资|外商投资|私营|集体|国营)企业/u;
const PARTNER_ANAPHOR =
  /^(?:二者|两者|三者|上述|以上|前述|这些|这两|这三|其$|之$|它们|[两三四]国|[两三四五]地|[两三四]大市场)/u;
// A commodity's quantity in units of its own: 3062.4万吨, 12.6万辆.
const OWN_UNITS = /\d(?:\.\d+)?\s*(?:万|亿)?(?:吨|台|辆|件|套|箱|标箱|千瓦|平方米|立方米|头|只|艘|架)/u;
// Also 出口由上年的54.3亿美元增至70.26亿美元.
const RESPECTIVE_WORD = /分别|依次/u;
// A post's line of a rate under the line of its figure (出口额：274.8亿元 ⏎ 同比增长：20.5%): the figure's trade.
// 总量占全省的6.8%，居全省…第六位: the size of what the sentence before gave, its keywords not repeated.
const SAME_TOTAL = /^(?:其)?(?:总量|规模|总值|总额)(?:占|居|位居|位列|排)/u;
// 此外，宣城、池州两市增速均超过四成: the rate of what the sentence before gave, for other places.
// 增速方面，大同增长38.6%…；朔州、吕梁分别下降…: the places' rates of what the sentence before gave.
const RATE_FRAME_WORDS = "(?:从)?(?:增速|增幅)(?:方面|来看|看|上看)";
const RATE_FRAME = new RegExp(`^${RATE_FRAME_WORDS}[，,]`, "u");
// Also after a remark on the places counted (五市增速差异明显，郑州、洛阳…分别增长…).
const PLACES_RATE =
  /^(?:(?:此外|另外|同时)[，,]?|[两二三四五六七八九十]个?[市县区][^，。；\d]{0,10}[，,])?\p{Script=Han}{2,8}(?:、\p{Script=Han}{2,8})+(?:[两二三四五六七八九十]个?[市县区])?(?:增速|增幅|(?:分别|依次)(?:同比)?(?:增长|下降)\d)/u;
const EACH_RATE = /^(?:增速|增幅)[均都]/u;
// 沈阳、营口、盘锦依次位列全省第二至四位，分别增长…: places ranked with no keyword, after a sentence on trade.
const PLACES_RANKED_OPEN =
  /^(?<list>\p{Script=Han}{2,8}(?:、\p{Script=Han}{2,8})+)(?:[两二三四五六七八九十]个?[市县区])?(?:依次|分别)?(?:位列|分列|分居|位居)[^，。；]{0,8}第/u;

/** Whether the sentence opens with places (not partners: 日本、韩国分列第二、三位) ranked (PLACES_RANKED_OPEN). */
function placesRankedOpen(text: string, state: ReadingState): boolean {
  const list = PLACES_RANKED_OPEN.exec(text)?.groups?.list;
  return list !== undefined && (regionListBefore(list, state.home, state.seenZones)?.regions.length ?? 0) > 1;
}
// 其余市州中，毕节市增长32.6%…: the rest of the places, their rates of what the sentence before gave.
const REST_FRAME = /^(?:其余|其他|其它|另外)[^，。；]{0,6}中[，,]/u;
const RATE_CONNECTIVE = /^(?:此外|另外|同时)/u;
// Also after its rate's rank (梧州市增速居全区第一，增长42.7%).
const PLACE_RATE_OPEN =
  /^(?<p>\p{Script=Han}{2,10}?)(?:(?:增速|增幅)(?:(?:位?居|排名?)[^，。；]{1,12}?|最快|最高)[，,])?(?:同比)?(?:增长|下降)\d/u;

/** 沧州市增长18.7%，保定…分别下降…: a sentence opening with a place's rate, no keyword, after places' trade. */
function placeRateOpens(text: string, state: ReadingState): boolean {
  const p = PLACE_RATE_OPEN.exec(text)?.groups?.p;
  if (!p) return false;
  const hit = subjectRegions(p, { home: state.home, seenZones: state.seenZones }).at(-1);
  return hit?.start === 0 && hit.end === p.length;
}
/**
 * The flow of places' rates after a sentence on trade: what that sentence gave when the rates go on from it
 * (此外，宣城、池州两市增速…; 增速方面，…), else the trade as a whole (荆门市进口41.8亿元…。十堰、鄂州、随州三市增速较快,
 * the places' own trade, not 荆门's import).
 */
function placesRateFlow(text: string, before: Keyword[] | undefined): Keyword[] {
  if (!before || before.length === 0) return [];
  if (RATE_CONNECTIVE.test(text) || RATE_FRAME.test(text) || !PLACES_RATE.test(text)) return before;
  return before.every((k) => k.indicator.startsWith("trade.")) ? [WHOLE_TRADE] : before;
}

// 洛阳、焦作分别完成22.6亿美元和17.9亿美元 after 郑州市完成进出口…: places' amounts of what the sentence before gave,
// its keyword not repeated (also after why: 济源受铅锌价格下行影响，完成15.3亿美元).
const PLACES_COMPLETED = new RegExp(
  String.raw`^(?<list>\p{Script=Han}{2,10}?(?:、\p{Script=Han}{2,10}?)*)(?:${HELD_BY}[，,])?(?:分别)?(?:完成|实现)[\d.]+(?:万亿|亿|万)?美?元`,
  "u",
);
function placesCompleted(text: string, state: ReadingState): boolean {
  const list = PLACES_COMPLETED.exec(text)?.groups?.list;
  if (list === undefined) return false;
  if (list.includes("、")) return (regionListBefore(list, state.home, state.seenZones)?.regions.length ?? 0) > 1;
  const one = subjectRegions(list, { home: state.home, seenZones: state.seenZones }).at(-1);
  return one?.start === 0 && one.end === list.length;
}
/**
 * The flow places ranked by their values are: the one the sentence before gave, else the whole trade when the
 * sentence before was on trade (not its balance); none after other figures (a ranking of projects' amounts).
 */
function rankedFlow(before: Keyword[] | undefined): Keyword[] {
  if (!before || before.length === 0 || !before.every((k) => k.indicator.startsWith("trade."))) return [];
  const one = before.length === 1 ? before[0] : undefined;
  return one && /^trade\.(?:total|export|import)$/u.test(one.indicator) ? [one] : [WHOLE_TRADE];
}
// 郑州市以5386.7亿元居首；许昌市、洛阳市分别以453.2亿元、401.5亿元居第二、三位: places ranked by the figure
// the sentence before gave (遂平县以12360万美元的进出口额居各县区之首: or the one it names).
const PLACE_BY_VALUE =
  /^(?:[^，。；]{1,8}(?:看|方面)[，,])?\p{Script=Han}{2,10}(?:、\p{Script=Han}{2,10})*(?:分别)?以[\d.]+(?:万亿|亿|万)?(?:美)?元(?:、[\d.]+(?:万亿|亿|万)?(?:美)?元)*(?:的(?:规模|总量|(?<flow>进出口|出口|进口)(?:总额|总值|额)))?(?:位?居|排名?|位列|分列)/u;
// 占全省比重 (also a label before its colon, SHARE_LABEL below).
// Also the whole's trade named (占全区外贸总值：8.0%).
const SHARE_OF_WHOLE =
  "(?:其)?占(?<of>全省|全市|全区|全国)(?:的)?(?:比重|份额|比例|(?:外贸|进出口)(?:总值|总额)?(?:的)?(?:比重)?)";
const SHARE_OF_WHOLE_LINE = new RegExp(`^${SHARE_OF_WHOLE}`, "u");
const RANK_LINE = /^(?:全省|全市|全区|全国)(?:排名|排位|位次)[：:]\s*第?\d/u;
// Also a post's line of the rate alone under its figure (📉同比：下降6.4%; 同比下降6.4%).
const RATE_LINE =
  /^[^\p{Script=Han}\d]{0,4}(?:(?:同比)?(?:增长|增速|增幅|下降|降幅)[：:]|同比[：:]\s*(?:增长|下降|[+＋\-－−↑↓⬆⬇]\uFE0F?)\d|(?:同比)?(?:增长|下降)\d+(?:\.\d+)?%。?$)/u;
// Also 同比 alone before a signed rate (同比：+14.3%).
const RATE_LABEL = /^(?:同比|(?:同比)?(?<verb>增长|增速|增幅|下降|降幅))$/u;
const TRADE_NAMED_NEXT = /^(?:双边)?(?:贸易额|进出口额?|贸易总额)/u;
// 双方贸易额达到298.4亿元 after 澳大利亚继续保持我市第一大贸易伙伴地位: the partner the sentence before named.
const BOTH_SIDES = /^(?:双方|双边)(?:贸易|进出口)/u;
const WORD_GOES_ON = /[场域位间]/u;
// Every zone and county name ends with one of these.
// Also a logistics centre (宜昌三峡保税物流中心（B型）运行以来…).
const PLACE_END_CHAR = /[区县市旗心]/u;
const LEADING_MARKS = /^[^\p{Script=Han}]+/u;
const PARTNER_LABEL = /^[^\p{Script=Han}\d]*对(?!外)[^，。；：、]{2,20}$/u;
const BY_PLACE_FRAME = /^(?:分|从)(?:地市|城市|各市|市|区域|地区)(?:来)?看$/u;
const OFFICE_AFTER = /^(?:海关|统计|商务|人民政府|政府|发改|党委|管委会|局|委|办|[、和与及])/u;
const RANKED_RATE_BEFORE =
  /(?:增速|增幅)(?:(?:居|位居|位列|排名?)[^，；]{0,8}(?:首位|第[一二三四五六七八九十\d]+位?|前列)|最(?:快|高))$/u;
const RATE_REACHED = /^(?:达到|达|为)\s*(?<num>[+-]?\d+(?:\.\d+)?)%。?$/u;
const BARE_RATE = /^\s*(?<num>[+-]?\d+(?:\.\d+)?)%[。；]?\s*$/u;
/** Bracketed asides read in one clause, at most (a list of places, each with its figures). */
const MAX_ASIDES = 8;
const BASE_LEVEL_BEFORE =
  /(?:去年|上年|上一年|\d{4}年)(?:同期)?(?:为|是)$|由(?:去年|上年|上一年|\d{4}年)(?:同期)?的?$|(?:比|较)(?:去年|上年|上一年|\d{4}年)(?:同期)?(?:的|[（(])$/u;
const USD_BASIS = "以美元计";
const CNY_BASIS = "以人民币计";

// What a sentence must hold for this rule to read anything in it.
const RELEVANT =
  feature.MONEY |
  feature.RATE |
  feature.SHARE |
  feature.ORDINAL |
  feature.ENTERPRISES |
  feature.FLAT |
  feature.TRADE |
  feature.BASE;

interface Keyword {
  start: number;
  end: number;
  indicator: IndicatorId;
  negative: boolean;
  tainted: boolean;
}

function keywordsOf(text: string, features: number, limit: number): Keyword[] {
  const out: Keyword[] = [];
  // Every keyword holds 出口, 进口, 贸, 顺差, 逆差 or 总值: most clauses of a page hold none.
  if ((features & feature.TRADE) === 0) return out;
  for (const m of execAll(KEYWORD, text)) {
    if (m.index >= limit) break;
    const w = m[0];
    // 珲春出口加工区: a zone's name, not its trade.
    if (text.startsWith("加工区", m.index + w.length)) continue;
    // 出口大于进口24.06亿元: the balance, said as how much one flow passed the other.
    const passed = w.includes("于");
    const indicator: IndicatorId =
      passed || /顺差|逆差/u.test(w)
        ? "trade.balance"
        : /^出口/u.test(w)
          ? "trade.export"
          : /^进口/u.test(w)
            ? "trade.import"
            : "trade.total";
    out.push({
      start: m.index,
      end: m.index + w.length,
      indicator,
      negative: w.includes("逆差") || (passed && w.startsWith("进口")),
      tainted: KEYWORD_TAINT.test(text.slice(m.index + w.length, m.index + w.length + 4)),
    });
  }
  // 【出口市场】 对欧盟出口71268万美元: a heading's words name the part, the figures' keyword follows it.
  const heading = out.length > 1 ? HEADING_OPENS.exec(text) : null;
  if (heading) {
    const end = heading[0].length;
    const after = out.filter((k) => k.start >= end);
    if (after.length > 0 && after.length < out.length) return after;
  }
  return out;
}
// Only a label (【出口市场】), not a headline holding a figure (【宜昌出口跃居全省第二】).
const HEADING_OPENS = /^[^\p{Script=Han}]{0,3}【[^】\d第首居位增降占]{1,8}】/u;

/** The keywords starting before `limit`. (Loops, not filter closures: the read's loop variables stay off the heap.) */
function keywordsBefore(kws: Keyword[], limit: number): Keyword[] {
  let n = 0;
  while (n < kws.length && (kws[n] as Keyword).start < limit) n++;
  return n === kws.length ? kws : kws.slice(0, n);
}

/** Index of the last keyword ending at or before `at`, or −1. */
function lastKeywordEndingBy(kws: readonly Keyword[], at: number): number {
  for (let i = kws.length - 1; i >= 0; i--) if ((kws[i] as Keyword).end <= at) return i;
  return -1;
}

/** Keywords joined by 、/和 form one list (进出口、出口、进口增速; 进出口和出口分别占). */
function groupEndingAt(text: string, kws: Keyword[], idx: number): Keyword[] {
  const group = [kws[idx] as Keyword];
  for (let i = idx - 1; i >= 0; i--) {
    const a = kws[i] as Keyword;
    const b = group[0] as Keyword;
    if (!KEYWORD_JOIN.test(text.slice(a.end, b.start))) break;
    group.unshift(a);
  }
  return group;
}

interface SentenceState {
  indicators: Keyword[];
  partners: string[];
  entities: Array<{ name: string; zone: boolean }>;
  region: Candidate["region"];
  /** Places listed as the subject (郑州市、洛阳市进出口分别为…): one figure each, in order. */
  regionList: Array<Candidate["region"]>;
  tainted: boolean;
  base: Base | undefined;
  basis: "CNY" | "USD" | undefined;
  among: string | undefined;
  /** The sentence states what a figure would be without something (剔除…后). */
  hypothetical: boolean;
  /** The sentence states the comparison base's level (去年同期…为): nothing in it is of the report's period. */
  baseLevel: boolean;
}

function pick<T>(list: readonly T[], q: Quantity, count: number): T | undefined {
  if (list.length > 1 && list.length === count) return list[q.listIndex];
  if (list.length > 1 && q.listIndex < list.length && q.respectively) return list[q.listIndex];
  return list[0];
}

/**
 * 其中，义乌市进出口2280.3亿元…。其中出口2207.6亿元…: a sentence opening with 其中 and naming no place breaks down
 * the place the sentence before ended about, though that one, a part itself, did not become the paragraph's.
 */
function subtotalSubject(sentence: Sentence, state: ReadingState): Candidate["region"] | undefined {
  if (!SUBTOTAL_OF_FLOWS.test(sentence.text)) return undefined;
  const last = lastSubject.get(state);
  return last?.paragraph === sentence.paragraph && last.region.code !== state.paragraphRegion.code
    ? last.region
    : undefined;
}
const SUBTOTAL_OF_FLOWS = /^其中[，,]?(?:出口|进口|一般贸易|加工贸易)/u;

/**
 * The place a sentence starts about: the one its paragraph last named. A zone
 * is the subject of its own sentence only: a partner figure after it
 * (经开区进出口9.6亿元。对“一带一路”国家进出口21.3亿元，占全市…) is the whole place's again.
 */
function carriedRegion(sentence: Sentence, state: ReadingState): ReadingState["paragraphRegion"] {
  if (!sentence.text.startsWith("对")) return state.paragraphRegion;
  const from = state.paragraphRegion.level;
  // So is a partner figure after a provincial report's cities, one after another (cityListParagraph).
  if (
    from === "zone" ||
    (((from === "prefecture" && state.home.region.level === "province") ||
      (from === "county" && state.home.region.level === "prefecture")) &&
      state.sentences !== undefined &&
      cityListParagraph(state.sentences, state.sentences.indexOf(sentence), state.home.region))
  )
    state.paragraphRegion = state.home.region;
  return state.paragraphRegion;
}

// 日本、韩国分列第二、三位，全市对两国分别进出口…: partners ranked earlier in the sentence.
// Also named the main markets or drivers (欧盟、美国、日本仍是主要市场，全年对上述市场分别出口…; 欧盟、东盟是拉动…的主要动力;
// 欧盟、美国和东盟继续稳居我市前三大出口市场),
// or its traditional ones (非洲、拉丁美洲和中东是义乌传统优势市场。全年我市对其分别出口…).
const RANKED_LIST =
  /(?<list>[\p{Script=Han}]{2,8}(?:[、和][\p{Script=Han}]{2,8}?)+)(?:分列|分居|分别位列|分别居|位列|(?:居|位居)[^，。；、]{0,8}?前[二两三四五]位|(?:仍然是|仍是|仍为|依然是|是|为|(?:继续|仍然|仍|依然)?(?:稳居|保持|成为))[^，。；、]{0,12}?(?:(?:主要|前[二两三四五]大|[二两三四五]大|最大的[二两三四五]个)(?:出口)?(?:市场|贸易伙伴|进口来源地|动力|力量|引擎)|(?:传统|优势|重要|重点|新兴)(?:出口)?(?:市场|贸易伙伴)))/gu;

/** The partners (not places) a sentence ranked before `clause`, for 两国 / 二者 after them. */
function rankedBefore(sentence: Sentence, clause: Clause, state: ReadingState): string[] {
  const before = sentence.text.slice(0, Math.max(0, clause.start - sentence.start));
  const here = rankedIn(before);
  if (here.length > 0 || clause.start - sentence.start > 12) return here;
  // Or in the sentence before, of the same paragraph (美国、欧盟和东盟仍是我市前三大出口市场。全年对上述三大市场
  // 分别出口…), when the clause opens its own sentence.
  const at = state.sentences?.indexOf(sentence) ?? -1;
  const previous = at > 0 ? state.sentences?.[at - 1] : undefined;
  return previous && previous.paragraph === sentence.paragraph ? rankedIn(previous.text) : [];
}

function rankedIn(text: string): string[] {
  const list = [...text.matchAll(RANKED_LIST)].at(-1)?.groups?.list;
  const items = list?.split(/[、和]/u) ?? [];
  if (items.length > 1 && items.every((i) => lookupRegion(i) === null)) return items;
  // 与“一带一路”沿线国家和RCEP其他成员国经贸往来日益密切。全年对其分别进出口…: the partners trade was said to tie.
  // (Every wording of the ties holds 经贸 or 贸易往来: the regex runs only then.)
  const tied = text.includes("经贸") || text.includes("贸易往来") ? PARTNERS_TIED.exec(text)?.groups?.list : undefined;
  const partners = tied ? partnerList(tied) : [];
  return partners.length > 1 ? partners : [];
}
const PARTNERS_TIED = /与(?<list>[^，。；与]{2,40}?)(?:之间)?的?(?:经贸往来|贸易往来|经贸合作|经贸联系|经贸交流)/u;

// 东盟是…, RCEP其他成员国仍为…: a known partner opening a clause, said to be something.
const PARTNER_IS =
  /^(?:从[^，。；]{1,8}看[，,])?(?<p>[^，。；]{2,16}?)(?:仍然是|仍是|仍为|依然是|是|为|成为|稳居|位居)/u;

/** The known partner a clause of the sentence before `clause` opened with, said to be something; or null. */
function partnerOpeningBefore(sentence: Sentence, clause: Clause, state: ReadingState): string | null {
  const before = sentence.text.slice(0, Math.max(0, clause.start - sentence.start));
  const here = partnerOpeningIn(before);
  if (here || before.length > 12) return here;
  // Or the sentence before, of the same paragraph (“一带一路”沿线国家成为拉动全市外贸增长的主力。前三季度，我市对其进出口…).
  const at = state.sentences?.indexOf(sentence) ?? -1;
  const previous = at > 0 ? state.sentences?.[at - 1] : undefined;
  return previous && previous.paragraph === sentence.paragraph ? partnerOpeningIn(previous.text) : null;
}

function partnerOpeningIn(text: string): string | null {
  for (const part of text.split(/[，,]/u).reverse()) {
    const p = PARTNER_IS.exec(part)?.groups?.p;
    const known = p ? partnerAlone(p) : null;
    if (known) return known;
  }
  return null;
}

/** The keyword a sentence introducing rows named (主要市州进出口情况如下：), for rows naming none. */
const rowKeywords = new WeakMap<ReadingState, Keyword[]>();
const sectionFlows = new WeakMap<ReadingState, Keyword[]>();
const FLOW_HEADING = /^[^\p{Script=Han}]*【(?<flow>进出口|出口|进口|贸易顺差|顺差|贸易逆差|逆差)】$/u;
const LEADING_FIGURE = /^[^\p{Script=Han}\d]*(?:约|近|超过?|逾)?\d/u;
const LIST_INTRO = /(?:如下|情况)[：:]$/u;
const PART_TITLE = /^(?:PART|Part)[ \u3000]*\d{1,2}[ \u3000]*[｜|]?[ \u3000]*\D{1,16}$/u;
const PARTNERS_SECTION =
  /^[^\p{Script=Han}]*(?:【(?:主要)?(?:伙伴|贸易伙伴|市场|国别|国别地区)】|(?:分|从)?(?:主要)?(?:贸易伙伴|市场|国别地区)(?:情况)?(?:来看|看)?)$/u;
const GROWTH_RANKED = /(?:增速|增幅|增长)$/u;
// 占14.7%, 占比达10.7%: a share naming no whole.
const BARE_SHARE_BEFORE = /占(?:比(?:重)?(?:达到|达|为|是)?)?$/u;
// 内蒙古占0.36%, 武汉占比62.4%: a place's share with no whole named.
const PLACE_SHARE_WORDS = /^占(?:比(?:重)?)?(?:达到|达|为|是)?$/u;
const WHOLE_NAMED = /占(?:全[省市国区]|[^，。；比]{1,12}的)/u;
const OTHER_PERIOD_WHOLE = /^(?:上年|去年|上一年|前年|\d{4}年)(?:全年|同期)?(?:的)?$/u;
const NEXT_POINT = /^[二三四五六七八九十]是/u;
const BENCHMARK_LEAD = /^(?:而)?同期/u;
// Not a label (同期全国：全国进出口总额…。其中，出口…): its 其中 breaks the country down.
const BENCHMARK_CLAUSE = /^(?:而)?同期[，,]/u;
const PLACES_SECTION =
  /^[^\p{Script=Han}]*(?:【(?:市州|地市|各市|分市|市县|县区|区县|县市区|各地)】|(?:看各地|分地区看|分市看|各地情况)[：:])$/u;

/** Articles whose last sentence introduced a list of partners, one per line (…情况如下：). */
const partnerLists = new WeakSet<ReadingState>();
const PARTNER_LIST_INTRO = /(?:伙伴|市场|国家|地区)[^。；]{0,12}(?:如下|情况)[：:]$/u;
const RESPECTIVE_BEFORE_KEYWORD = /[、和及与][^，。；]{2,12}(?:分别|依次)$/u;
const PLACE_LIST_INLINE =
  /^(?:分地区看[，,]?)?(?:各|全省各|主要|部分)?(?:设区市|地市|市州|城市|县市区|县（市、区）|地区|市)(?:的)?(?:外贸|进出口|出口|进口)[^。；，]{0,4}(?:情况|分别)(?:为|是|如下)?$/u;
const PARTNER_LIST_INLINE = /(?:贸易伙伴|主要市场|国家和地区)[^。；，]{0,8}(?:情况|分别)(?:为|是|如下)?$/u;
// A partner's line: its name, a space, then its figures (东盟　进出口6.9亿元　增长38.5%).
const PARTNER_LINE = /^(?<p>[\p{Script=Han}“”"]{2,10})[ \u3000]+(?=进出口|出口|进口|贸易)/u;

// A flag or a mark may stand before the name (🇪🇺欧盟 132.6亿元 ↑6.1%).
const PARTNER_CELL = /^[^\p{Script=Han}“"\d]{0,6}(?<p>[\p{Script=Han}“”"]{2,10})$/u;

function partnerAloneAt(text: string): PartnerPhrase | null {
  const p = partnerAlone(text);
  return p ? { start: 0, end: text.length, partners: [p] } : null;
}

function partnerLine(text: string): PartnerPhrase | null {
  const m = PARTNER_LINE.exec(text);
  const p = m?.groups?.p?.replace(/[“”"]/gu, "");
  return m && p ? { start: 0, end: m[0].length, partners: [p] } : null;
}

// 对欧盟、美国分别进出口119.7亿元、103.5亿元，欧盟增长2.2%，美国下降6.1%: one of the partners just listed, named again alone.
const LISTED_AGAIN = /^(?<p>[^，。；：\d]{2,12}?)(?:则|也|同比)*$/u;

/** One of the partners listed before, named alone before a figure, or null. */
function oneOfListed(subject: string, listed: readonly string[]): PartnerPhrase | null {
  if (listed.length < 2) return null;
  const p = LISTED_AGAIN.exec(subject)?.groups?.p;
  return p && listed.includes(p) ? { start: 0, end: p.length, partners: [p] } : null;
}

const BRACKETED = /（[^（）]*）|\([^()]*\)/gu;

function outsideBrackets(text: string): string {
  return text.includes("（") || text.includes("(") ? text.replace(BRACKETED, "") : text;
}

/** Whether offset `at` (in the normalised text) lies in a bracket saying 以美元计 before it. */
function usdBracketAt(sentence: Sentence, at: number): boolean {
  const pos = at - sentence.start;
  const open = Math.max(sentence.text.lastIndexOf("（", pos), sentence.text.lastIndexOf("(", pos));
  if (open < 0) return false;
  const inside = sentence.text.slice(open, pos);
  return !inside.includes("）") && !inside.includes(")") && inside.includes(USD_BASIS);
}

const REST_ROW =
  /^[|｜\s]*(?:其他|其它|其余)(?:各?(?:地区|省辖市|城市|地市|市州|市|县（市、区）|县（市）区|县市区|县区|县|区|开发区|园区|国家和地区|国家))?(?:[|｜\s\u3000]|$)/u;
const THIS_PLACE = /^该(?:市|县|区)$/u;
// Not a base period (比上年同期减少4.1%): a change, the clause's own.
const GAP_TO_OTHER =
  /^比(?!上年|去年|前年|同期|上月|上半年|一季度)[^，。；\d]{1,24}(?<![减增降])(?:高出|多出|超出|高|多|少|低)(?:约|近|超过?|逾)?\d/u;
const TOWN_CELL = /^[|｜\s]*\p{Script=Han}{1,6}(?:镇|乡|街道)[|｜\s]*$/u;
const WHOLE_COUNTY = /^全(?:县|区)$/u;
/** The county-level place an article last named (介休市), for a 该市 after it. */
const lastPlaceNamed = new WeakMap<ReadingState, Candidate["region"]>();
/** The place a sentence ended about, for a next sentence of its paragraph breaking it down (其中出口…). */
const lastSubject = new WeakMap<ReadingState, { paragraph: number; region: Candidate["region"] }>();
/** The one partner a sentence named as a place's biggest (澳大利亚继续保持我市第一大贸易伙伴地位), and its paragraph. */
const partnerNamed = new WeakMap<ReadingState, { partner: string; paragraph: number }>();
const ITEM_PLACE_GAP = /^[、和及与]\p{Script=Han}{2,12}$/u;

/** The place a list item opens with between two figures (…增长12.6%、吉安市增长18.2%; …188.5亿元和青州市172.6亿元), if the gap is that place alone. */
function itemPlace(
  clause: Clause,
  previous: Quantity,
  q: Quantity,
  state: ReadingState,
): Candidate["region"] | undefined {
  if (q.listIndex > 0 || !ITEM_PLACE_GAP.test(clause.text.slice(previous.end, q.start))) return undefined;
  const name: Clause = {
    ...clause,
    text: clause.text.slice(previous.end + 1, q.start),
    start: clause.start + previous.end + 1,
  };
  return headRegions(name, name.text.length, state).find((r) => r.start === 0 && r.end === name.text.length)?.region;
}

/** The whole the last share read in a paragraph was of (占全省25.4%), for bare shares after it. */
const lastShareWhole = new WeakMap<ReadingState, string>();

/** The keywords each article's last sentence ended on. */
const lastIndicators = new WeakMap<ReadingState, Keyword[]>();

// What may stand before a list item's place (▲西安市：): nothing, or a mark.
const LEAD_MARK = /^(?:[^\p{Script=Han}\d\p{L}]{0,3}|同期|当期)$/u;
const ITEM_LEAD = new RegExp(`^${ITEM_MARK}?$`, "u");
// Also its short name in brackets (武汉东湖新技术开发区（东湖高新区）：).
const PLACE_LABEL_REST = /^(?:[（(][^（）()]{1,12}[）)])?(?:同期|同期情况|方面|情况|数据|外贸)?$/u;
const FIGURES_LABEL = /^(?:(?:主要)?(?:外贸)?(?:数据|情况|指标))?$/u;

/** A heading naming the places or the partners whose trade the lines under it give, one a line. */
function sectionStarts(sentence: Sentence, state: ReadingState): void {
  partnerLists.delete(state);
  // 🏙️【市州】⏎武汉：3532.1亿元，↑14.6%: a post's section of places after the whole's trade, its lines that trade.
  const trade = lastIndicators.get(state)?.some((k) => k.indicator.startsWith("trade.")) ?? false;
  const heading = sentence.headline || /[：:]$/u.test(sentence.text);
  if (trade && heading && PLACES_SECTION.test(sentence.text)) rowKeywords.set(state, [WHOLE_TRADE]);
  else if (trade && heading && PARTNERS_SECTION.test(sentence.text)) {
    // 🌏【伙伴】⏎东盟：776.2亿元，↑21.5%: a partner a line.
    rowKeywords.set(state, [WHOLE_TRADE]);
    partnerLists.add(state);
  } else rowKeywords.delete(state);
}

export const tradeRule: SentenceRule = {
  name: "trade",
  needs: RELEVANT,
  pass(sentence: Sentence, state: ReadingState): void {
    sectionStarts(sentence, state);
    // Only the subtotal flag carries over a sentence with nothing to read.
    state.previousTainted = sentence.text.startsWith("其中") && state.previousTainted;
    lastIndicators.delete(state);
  },
  read(sentence: Sentence, clauses: readonly Clause[], state: ReadingState, figures: () => boolean): Candidate[] {
    const out: Candidate[] = [];
    // PART 3｜市场: a post's part heading, whose number is no figure; what it names is what its lines are.
    if (sentence.headline && PART_TITLE.test(sentence.text)) {
      sectionStarts(sentence, state);
      return out;
    }
    // 【出口】 ⏎ 33.71亿元，同比增长5.2%: a post's heading naming the flow its next line's figures are of.
    const flowHeading = FLOW_HEADING.exec(sentence.text)?.groups?.flow;
    const headingKeywords = sectionFlows.get(state);
    sectionFlows.delete(state);
    if (flowHeading) {
      const named = keywordsOf(flowHeading, feature.textFeatures(flowHeading), flowHeading.length);
      if (named.length === 1) sectionFlows.set(state, named);
      return out;
    }
    // A table's row for the rest of the places together (| 其他 | 508.7 | 268.8 |): none of them, nor the whole.
    if (sentence.row === true && REST_ROW.test(sentence.text)) return out;
    const listingPartners = partnerLists.has(state);
    const startsWithSubtotal = sentence.text.startsWith("其中");
    let features = 0;
    for (const clause of clauses) features |= clause.features;
    // No figure, keyword or comparison base, or no figure and no place (对外贸易保持平稳): nothing to read, and only
    // the subtotal flag carries on.
    if ((features & RELEVANT) === 0 || !figures()) {
      state.previousTainted = startsWithSubtotal && state.previousTainted;
      lastIndicators.delete(state);
      return out;
    }
    // 遂平县以12360万美元的进出口额居各县区之首: the flow the value is of, named after it.
    const byValue = sentence.text.includes("以") ? PLACE_BY_VALUE.exec(sentence.text) : null;
    const byValueFlow = byValue?.groups?.flow;
    const s: SentenceState = {
      // 其中，晋江市增长6.3%: a breakdown goes on with what the sentence before was about.
      indicators:
        headingKeywords && (features & feature.TRADE) === 0 && LEADING_FIGURE.test(sentence.text)
          ? headingKeywords
          : (startsWithSubtotal && !state.previousTainted) ||
              RATE_LINE.test(sentence.text) ||
              SAME_TOTAL.test(sentence.text) ||
              PLACES_RATE.test(sentence.text) ||
              RATE_FRAME.test(sentence.text) ||
              MODIFIED_RATE_LIST.test(sentence.text) ||
              REST_FRAME.test(sentence.text) ||
              placeRateOpens(sentence.text, state)
            ? placesRateFlow(sentence.text, lastIndicators.get(state))
            : byValueFlow
              ? keywordsOf(byValueFlow, feature.textFeatures(byValueFlow), byValueFlow.length)
              : byValue !== null ||
                  placesRankedOpen(sentence.text, state) ||
                  ((features & feature.TRADE) === 0 && placesCompleted(sentence.text, state))
                ? rankedFlow(lastIndicators.get(state))
                : // 占全省比重：3.5%，居全省第3位 under a post's figures: the trade's share as a whole, also on a line
                  // of its own (a row), the whole's trade maybe named (占全区外贸总值：8.0%). Also its rank's line
                  // (全省排名：第2位).
                  (SHARE_OF_WHOLE_LINE.test(sentence.text) ||
                      ((features & feature.TRADE) === 0 && RANK_LINE.test(sentence.text))) &&
                    (lastIndicators.get(state)?.length ?? 0) > 0
                  ? [WHOLE_TRADE]
                  : sentence.row === true
                    ? (rowKeywords.get(state) ?? [])
                    : // 从月度看，1—2月合计下降6.4%，3月、4月分别增长3.5%和12.9%: the months of the trade as a whole.
                      (features & feature.TRADE) === 0 && BY_MONTH.test(sentence.text)
                      ? [WHOLE_TRADE]
                      : [],
      partners: [],
      entities: [],
      region: subtotalSubject(sentence, state) ?? carriedRegion(sentence, state),
      regionList: [],
      tainted: startsWithSubtotal && state.previousTainted,
      base: undefined,
      basis: state.currency,
      among: undefined,
      hypothetical: false,
      baseLevel: false,
    };
    const previousIndicators = lastIndicators.get(state) ?? [];
    const sentenceRegion = s.region;
    const baseBefore = state.paragraphBase;
    // 其中，出口…；进口… after a subtotal (一般贸易进出口…): the sentence breaks that subtotal down.
    const inheritedTaint = startsWithSubtotal && state.previousTainted;
    // 以美元计 for the whole sentence; not when only a bracket says it (增长15.9%（以美元计为972.8亿美元，增长15.5%）).
    const usd = sentence.text.includes(USD_BASIS) && outsideBrackets(sentence.text).includes(USD_BASIS);
    if (usd) s.basis = "USD";
    else if (sentence.text.includes(CNY_BASIS)) s.basis = "CNY";
    const foreignGroups = OTHER_ECONOMY_CURRENCY.test(sentence.text)
      ? groupsWith(sentence, OTHER_ECONOMY_CURRENCY)
      : [];
    // The last keywords listed together (进口、出口分别…), for 前者 / 后者 after them.
    let listedKeywords: Keyword[] = [];
    let listedPartners: string[] = [];
    let listedRegions: Array<Candidate["region"]> = [];
    // The kind of the last figure the sentence's clauses read (a share, for 与上年持平 after it).
    let lastKind: string | undefined;
    // Periods a clause listed (一季度、二季度、三季度我市分别进出口…), for the next 分别 list (同比分别下降…).
    let periodsBefore: PeriodContext[] = [];
    // The clause before, as read (a label before ：, 同比增长：14.7%).
    let textBefore = "";
    // Whether the clause before gave a rate each place passed, their exact rates to come (均超过三成，分别为…).
    let boundRateBefore = false;
    // 二、2025年工作安排 ⏎ …进出口增长5%以上: a section of plans gives targets, no results.
    const plans = inPlanSection(sentence, state);
    for (const whole of clauses) {
      if (plans) break;
      // A bracketed aside about another place (（全省增长3.6%）) is read on its own and blanked out.
      // So is each of several (太原市（842.6亿元，增长4.1%）、大同市（120.3亿元，下降2.1%）).
      let clause = whole;
      for (
        let aside = findAside(whole, state) ?? findPeriodAside(whole, state, s.region), n = 0;
        aside && n < MAX_ASIDES;
        aside = findAside(clause, state), n++
      ) {
        for (const c of readAside(aside, sentence, s, state)) out.push(c);
        clause = aside.main;
      }
      const partnerCut = readPartnerBrackets(clause, sentence, s, state);
      if (partnerCut) {
        for (const c of partnerCut.out) out.push(c);
        clause = partnerCut.main;
        // …欧盟（87.92亿元），分别增长12.6%、下降7.3%和增长4.1%: the partners in order, and their flow, for the rates after.
        const listed = [...new Set(partnerCut.out.map((c) => c.partner).filter((p) => p !== undefined))];
        if (listed.length > 1 && partnerCut.keyword) {
          s.partners = listed;
          s.indicators = [partnerCut.keyword];
        }
      }
      const text = clause.text;
      if (opensAims(sentence, clause)) break;
      // 比居第二位的安徽省高出约142亿元: a gap to another, its rank that other's.
      if (text.charCodeAt(0) === 0x6bd4 && GAP_TO_OTHER.test(text)) continue;
      // 香港整体出口货值按年上升9.6%，至11826亿港元；进口货值上升10.3%，至12573亿港元: another economy's trade,
      // in its own currency, to the end of the ； group.
      if (foreignGroups.length > 0 && foreignGroups.some(([a, b]) => clause.start >= a && clause.start < b)) continue;
      // 剔除…因素后 / 扣除…后: what a figure would be, not what it is (here and in the rest of the sentence).
      // …剔除铁矿砂进口因素后进口增长2.4%；贸易顺差72亿元: after ；, what the figures are again.
      if (s.hypothetical && afterSemicolon(sentence, clause)) s.hypothetical = false;
      // …西峡县出口11.38亿元…，香菇及其制品出口占…；二是…，对东盟进出口8.72亿元: a new point of a numbered list is
      // about the sentence's place again, with no product's taint.
      if (NEXT_POINT.test(text) && afterSemicolon(sentence, clause)) {
        s.region = sentenceRegion;
        s.regionList = [];
        s.partners = [];
        s.tainted = false;
      }
      // …，比2019年同期增长84.5%；进口604.2亿元，增长8.7%: a clause's base ends with its ； group, and the
      // paragraph's is what it was before (…比2019年同期增长31.6%；对美国进出口163.5亿元，下降6.8%), unless the base
      // was said to hold on (比2019年同期（下同）).
      if (s.base !== undefined && afterSemicolon(sentence, clause)) {
        if (s.base === "other" && state.articleBase !== "other") state.paragraphBase = baseBefore;
        s.base = undefined;
      }
      // Also a five-year plan's span (“十二五”期间，全市外贸进出口累计完成218.4亿美元): no period the dataset has.
      if (!s.hypothetical && (HYPOTHETICAL.test(text) || FIVE_YEAR_SPAN.test(text))) s.hypothetical = true;
      // 上年同期为45.08亿元: the base's level is its clause's only; 去年同期， alone carries to the clauses after.
      const baseLevelHere = BASE_PERIOD_LEVEL.test(text);
      const labelled =
        labelledRate(clause, textBefore) ?? (textBefore.includes("占") ? labelledShare(clause, textBefore) : undefined);
      const clauseBefore = textBefore;
      textBefore = text;
      // 荆州、孝感、十堰三市进出口增速均超过三成，分别为34.2%、…: a bound each place passed, their exact rates next.
      const bound = boundBeforeExactList(text, clause, clauses);
      const read = bound
        ? []
        : boundRateBefore
          ? ratesNamedAt(clause)
          : RATE_FRAME_ALONE.test(clauseBefore) && BARE_RATES_LISTED.test(text) && clauseQuantities(clause).length === 0
            ? ratesNamedAt(clause, BARE_RATES_LISTED.exec(text)?.index ?? 0)
            : labelled
              ? [labelled]
              : state.bareUnit
                ? withBareAmounts(clause, state.bareUnit)
                : // 进出口超过100亿元的省辖市有5个: an amount places passed, no figure.
                  withoutPassed(clause.text, clauseQuantities(clause), true);
      // 黄石（128.7亿元）、十堰（97.2亿元）…进出口规模均超过70亿元: a bound the places with their amounts in brackets
      // all passed, no amount of theirs.
      const quantities = hasBlankedAsides(text) ? read.filter((q) => !boundAllPassed(text, q)) : read;
      // …增速均超过三成，分别为34.2%、…: the exact rates of the bound the clause before gave.
      boundRateBefore = bound && clauseQuantities(clause).some((q) => q.kind === "growth");
      if (quantities.length === 0) {
        const alone = periodsListedAlone(clause, state);
        if (alone.length > 1) periodsBefore = alone;
      }
      if (baseLevelHere && quantities.some((q) => q.kind === "money")) continue;
      if (baseLevelHere) s.baseLevel = true;
      if (s.indicators.length > 1) listedKeywords = s.indicators;
      if (s.partners.length > 1) listedPartners = s.partners;
      if (s.regionList.length > 1) listedRegions = s.regionList;
      const which =
        listedKeywords.length > 1 || listedPartners.length > 1 || listedRegions.length > 1
          ? FORMER_LATTER.exec(text)?.groups?.w
          : undefined;
      if (which && listedKeywords.length > 1)
        s.indicators = [(which === "前者" ? listedKeywords[0] : listedKeywords.at(-1)) as Keyword];
      // 对美国、欧盟进出口分别为…，前者增长1.2倍，后者下降6.5%: one of the partners listed before.
      else if (which && listedPartners.length > 1)
        s.partners = [(which === "前者" ? listedPartners[0] : listedPartners.at(-1)) as string];
      // 梅山综合保税区、北仑港综合保税区分别实现进出口436.7亿元和215.9亿元，前者增长18.3%: one of the places.
      else if (which) {
        s.region = (which === "前者" ? listedRegions[0] : listedRegions.at(-1)) as Candidate["region"];
        s.regionList = [];
      }
      // 进出口额在1000万美元以上的企业达33家，…合计进出口342156万美元: a group of firms, what follows is theirs.
      if (FIRM_GROUP.test(text) || FIRMS_SUBJECT.test(text)) {
        s.tainted = true;
        s.indicators = [];
        continue;
      }
      const enterprises = quantities.find((q) => q.kind === "enterprises");
      // 力争全年新增有实绩企业20家以上: a target, or firms added, not the count.
      if (enterprises && NOT_ENTERPRISE_COUNT.test(text.slice(0, enterprises.start))) continue;
      if (enterprises) {
        // 有进出口实绩的企业822家: the enterprises count, not a subtotal by enterprise type.
        const subj = readSubject(clause, enterprises.start, [], state);
        const r = subj.regions.at(-1)?.region;
        if (r) s.region = r;
        out.push(
          candidate(
            exactCountAfter(enterprises, sentence, clause),
            "trade.enterprises",
            "count",
            clause,
            sentence,
            s,
            "trade.enterprises-count",
          ),
        );
        s.indicators = [{ start: 0, end: 0, indicator: "trade.enterprises", negative: false, tainted: false }];
        s.tainted = false;
        continue;
      }
      const share = shareAt(text);
      const firstQ = quantities[0]?.start ?? text.length;
      const subjectEnd = Math.min(firstQ, share >= 0 ? share : text.length);
      // 在全国主要外贸城市中居第7位: a keyword inside a ranking's field names the field, not a figure's trade.
      // A clause that is only the field (在全省开发区进出口排名中，山西综改示范区以612.3亿元居首位) names what the
      // figures after it rank.
      const field =
        quantities.length > 0 && (clause.features & feature.ZAI) !== 0 && (clause.features & feature.ZHONG) !== 0
          ? IN_RANKING.exec(text)
          : null;
      const kws = keywordsBefore(
        keywordsOf(text, clause.features, share >= 0 ? share : text.length),
        quantities.length === 0 ? Number.POSITIVE_INFINITY : Math.max(firstQ, quantities.at(-1)?.start ?? 0),
      ).filter((k) => !field || k.end <= field.index || k.start >= field.index + field[0].length);
      // 与主要贸易伙伴进出口情况为：欧盟19.86亿美元，增长24.5%；美国…: the partners' trade the intro names, listed
      // after its colon in the same sentence, each partner opening its clause. So with places (各设区市进出口情况：
      // 南昌市248.7亿元，增长3.2%；赣州市…).
      const listIntro =
        quantities.length === 0 &&
        kws.length === 1 &&
        (charAfter(sentence, clause) === "：" || charAfter(sentence, clause) === ":");
      const placesListed = listIntro && !PARTNER_LIST_INLINE.test(text) && PLACE_LIST_INLINE.test(text);
      if (listIntro && (placesListed || PARTNER_LIST_INLINE.test(text))) {
        s.indicators = kws;
        s.partners = [];
        if (placesListed) s.regionList = [];
        s.tainted = false;
        continue;
      }
      // 十堰、鄂州、随州三市增速较快，分别增长…: the places whose rates the next clause lists.
      if (quantities.length === 0 && kws.length === 0 && PLACES_RATE.test(text)) {
        const rated = /增[速幅]/u.exec(text);
        const places = rated ? regionListBefore(text.slice(0, rated.index), state.home, state.seenZones) : undefined;
        if (places && places.regions.length > 1) {
          s.regionList = places.regions;
          rememberPlaceList(state, places.regions);
          // …进出口规模居前；许昌、新乡、漯河增速较快: the flow an earlier clause of the sentence named, when none carries.
          if (s.indicators.every((k) => k.tainted)) {
            const head = sentence.text.slice(0, Math.max(0, clause.start - sentence.start));
            const named = keywordsOf(head, feature.textFeatures(head), head.length).findLast((k) => !k.tainted);
            // 谁跑得快？三门峡市、商丘市和鹤壁市增速较快: with no flow named or carried, their trade's rates.
            s.indicators = [named ?? WHOLE_TRADE];
          }
          continue;
        }
      }
      // 进出口规模居前三位的是厦门、福州、泉州，分别占全省的48.6%、20.9%和14.9%: the places ranked, one per
      // figure of the list after them.
      const rankedMatch =
        quantities.length === 0
          ? RANKED_PLACES_CLOSE.exec(text)
          : quantities.every((q) => q.kind === "rank")
            ? RANKED_AT_CLOSE.exec(text)
            : null;
      const ranked = rankedMatch?.groups?.list;
      const rankedPlaces = ranked ? regionListBefore(ranked, state.home, state.seenZones) : undefined;
      const positions = rankedPlaces && rankPositions(rankedMatch?.groups?.at, rankedPlaces.regions.length);
      if (rankedMatch && rankedPlaces && positions && rankedPlaces.regions.length > 1) {
        // 签约项目总投资居前三位的依次是郑州市、洛阳市、新乡市，分别为…: a ranking of projects, not of trade.
        if (PROJECT_RANKING.test(text.slice(0, rankedMatch.index))) {
          s.regionList = [];
          s.indicators = [];
          s.tainted = true;
          continue;
        }
        s.regionList = rankedPlaces.regions;
        rememberPlaceList(state, rankedPlaces.regions);
        // 增速居前三位的是宁德、莆田、三明，分别增长…: ranked by their trade's growth, no keyword named.
        s.indicators = kws.length > 0 ? kws : [WHOLE_TRADE];
        // 进出口额居前三位的依次是枝江市、宜都市、当阳市: each place's rank is its place in the list.
        out.push(
          ...ranksInOrder(rankedMatch, (s.indicators[0] ?? WHOLE_TRADE).indicator, clause, sentence, s, positions),
        );
        continue;
      }
      // 日本仍为我市第一大贸易伙伴，进出口271.4亿: the partner named as the subject is the rest of the sentence's.
      // (A rank in the clause is the partner's own: 第一大贸易伙伴, 位居第二.)
      const ranksOnly = quantities.every((q) => q.kind === "rank");
      if (ranksOnly) {
        const lead = LEADING_PARTNER.exec(text)?.groups?.p;
        if (lead) {
          // 东盟、欧盟、美国为我省前三大贸易伙伴，一季度分别进出口…: one partner per figure of a list.
          s.partners = lead.split(/[、和及与]/u).filter((p) => p.length >= 2);
          if (s.partners.length === 1) partnerNamed.set(state, { partner: lead, paragraph: sentence.paragraph });
          // 欧盟为武汉第一大贸易伙伴 after a zone's figures: the partner of the place the clause names.
          const whose = headRegions(clause, text.length, state).find((r) => r.start > lead.length);
          if (whose) {
            s.region = whose.region;
            s.regionList = [];
          }
          continue;
        }
      }
      // 对东盟贸易增势迅猛，进出口额达7408万美元: the partner of a remark is the figures' after it.
      if (quantities.length === 0 && kws.length === 0 && text.includes("贸") && PARTNER_TOPIC.test(text)) {
        const topic = findPartners(text);
        if (topic) {
          s.partners = topic.partners;
          continue;
        }
      }
      // 受铁矿砂进口拉动，对澳大利亚进出口10.6亿美元: why the figures after rose names no subject of theirs.
      if (quantities.length === 0 && CAUSE_CLAUSE.test(text)) continue;
      // 同期全国外贸增长7.7%，我省增速低于全国6.1个百分点，进出口规模居全国第17位: the home named again,
      // in a comparison with no figure of ours, is the subject again.
      if (quantities.length === 0 && kws.length === 0 && HOME_AGAIN.test(text)) {
        const lead = headRegions(clause, text.length, state).find((r) => r.start === 0);
        if (lead) {
          s.region = lead.region;
          s.regionList = [];
          s.partners = [];
          if (!startsWithSubtotal) state.paragraphRegion = lead.region;
          continue;
        }
      }
      const beforeColon = quantities.length === 0 && kws.length === 0 && charAfter(sentence, clause) === "：";
      // 全国同期：社会消费品零售总额…；进出口总额41603.1亿美元，增长7.6%: a place named alone before a colon is
      // what the figures after it are about, to the paragraph's end (…增长10.7%。货物进出口总额39586.4亿美元…).
      if (beforeColon) {
        // Also after an item's number or mark (1. 介休市：, （二）灵石县：).
        const lead = headRegions(clause, text.length, state).find((r) => ITEM_LEAD.test(text.slice(0, r.start)));
        if (lead && PLACE_LABEL_REST.test(text.slice(lead.end))) {
          s.region = lead.region;
          s.regionList = [];
          s.partners = [];
          if (!startsWithSubtotal) state.paragraphRegion = lead.region;
          continue;
        }
      }
      // 东盟这边有点冷：进出口667.9亿元，下降6.1%: a known partner's remark, a colon, its figures.
      // Also before a comma, the trade named next (巴西位居第二，贸易额186.2亿元; 欧盟增势最为强劲，贸易额…).
      if (
        beforeColon ||
        (ranksOnly &&
          kws.length === 0 &&
          clause.start === sentence.start &&
          charAfter(sentence, clause) === "，" &&
          TRADE_NAMED_NEXT.test(sentence.text.slice(text.length + 1)))
      ) {
        const topic = remarkPartner(text);
        if (topic) {
          s.partners = [topic];
          continue;
        }
      }
      // 边境小额贸易增势强劲，进出口668.3亿元: a trade mode or a product group named in a clause of its own is
      // what the figures after it are about.
      if (quantities.length === 0 && kws.length === 0 && SUBTOTAL_TOPIC.test(text)) {
        s.tainted = true;
        s.indicators = [];
        continue;
      }
      // 郴州市受益于有色金属加工贸易扩大，进出口142.1亿元: a place, then why, then its figures.
      // (Checked by its shape first: the scan for places is costly, and most clauses hold none.)
      if (
        quantities.length === 0 &&
        (kws.length === 0
          ? PLACE_THEN_REMARK.test(text) || CAUSE_AFTER_PLACE.test(text)
          : // Its figures after it (not 邓州市受…出口…影响，外贸有所回落。该市全年进出口…).
            PLACE_THEN_CAUSE.test(text) && clauses.some((c) => c.start > whole.start && /\d/u.test(c.text)))
      ) {
        // 区内的郑州新郑综合保税区表现突出: a place within the one before, so introduced.
        const within = WITHIN_LEAD.exec(text)?.[0].length ?? 0;
        const lead = headRegions(clause, text.length, state).find((r) => r.start === within);
        const rest = lead ? text.slice(lead.end) : "";
        if (lead && (CAUSE_AFTER_PLACE.test(rest) || REMARK_AFTER_PLACE.test(rest))) {
          s.region = lead.region;
          s.regionList = [];
          s.tainted = false;
          if (!startsWithSubtotal) state.paragraphRegion = lead.region;
          continue;
        }
      }
      // 全省外贸规模最大的苏州市，前5个月进出口…: a place after a long modifier is the subject of what follows.
      if (quantities.length === 0 && MODIFIED_PLACE_END.test(text)) {
        const place = placeAtEnd(text, { home: state.home, seenZones: state.seenZones });
        if (place) {
          s.region = place;
          s.regionList = [];
          if (!startsWithSubtotal) state.paragraphRegion = place;
          continue;
        }
      }
      if (kws.length === 0 && quantities.length === 0) {
        // 其中民营企业4.21万家，进出口8830.5亿元: what follows is that kind of enterprise's trade.
        if (ENTERPRISE_KIND.test(text)) {
          s.tainted = true;
          s.indicators = [];
          continue;
        }
        // A table row's first cell names the place of the row (太原市    进出口1852.35亿元    增长52.9%),
        // or its partner in a list of partners (东盟　进出口6.9亿元　增长38.5%).
        if (sentence.row === true && clause.start === sentence.start) {
          const place = headRegions(clause, text.length, state).at(-1)?.region;
          if (place) s.region = place;
          // 其中：一般贸易  5120438  15.7: a trade mode's row, a subtotal; 张浦镇  212.6  4.4: a town's, below any
          // division the dataset holds.
          else if (namesSubtotal(text) || TOWN_CELL.test(text)) s.tainted = true;
          else if (listingPartners) {
            const name = PARTNER_CELL.exec(text)?.groups?.p;
            if (name) s.partners = [name.replace(/[“”"]/gu, "")];
          }
        } else if (
          charAfter(sentence, clause) === "：" ||
          (charAfter(sentence, clause) === "\n" && text.length <= 16)
        ) {
          // 南宁市：进出口112.6亿元…, ▲西安市：…: a place alone before a colon is what the clauses after are about.
          // Also on a line of its own in a post (📍永济市⏎进出口18.62亿元 ⬆️26.3%).
          // Also a label naming a place's figures (同期全国数据：, 全国主要指标：).
          const lead = headRegions(clause, text.length, state).find(
            (r) => LEAD_MARK.test(text.slice(0, r.start)) && FIGURES_LABEL.test(text.slice(r.end)),
          );
          if (lead) {
            s.region = lead.region;
            s.regionList = [];
            s.tainted = false;
            continue;
          }
          // 📌 对东盟：进出口68.9亿元…: a partner named before the colon, the figures after it its trade.
          const labelled = PARTNER_LABEL.test(text) ? findPartners(`${text}进出口`) : null;
          if (labelled && labelled.partners.length > 0 && !PARTNER_ANAPHOR.test(labelled.partners.join(""))) {
            s.partners = labelled.partners;
            s.tainted = false;
            continue;
          }
          // ——嘉兴、绍兴、温州、台州：进出口分别为…: places listed before the colon, one per figure after it.
          const listed = text.includes("、") ? placesOpening(text.replace(LEADING_MARKS, ""), state) : undefined;
          if (listed) {
            takePlaceList(s, listed, state);
            continue;
          }
        } else if (
          clause.start === sentence.start &&
          text.includes("、") &&
          !hasBlankedAsides(text) &&
          MODIFIED_LIST.test(text)
        ) {
          // 增速居前的上饶、抚州、吉安、景德镇四市，进出口增速分别为…; 增速较快的有宜昌、荆州、孝感和黄冈，分别增长…:
          // places a modifier picks out, one per figure after them.
          const listed = placesOpening(text.slice(MODIFIED_LIST.exec(text)?.[0].length ?? 0), state);
          if (listed) {
            takePlaceList(s, listed, state);
            continue;
          }
        } else if (clause.start === sentence.start && clauses.length > 1 && PLACE_END_CHAR.test(text)) {
          // 新乡综合保税区迎来封关运作后首个完整年度，全年实现进出口9.67亿元: a zone or a county (by its full name:
          // not 新兴 in 新兴市场) the sentence opens on is what its figures after are about. Not an office speaking
          // (郑州海关发布数据，…).
          const topic = headRegions(clause, text.length, state).find(
            (r) =>
              r.start === 0 &&
              (r.region.level === "zone" ||
                (r.region.level === "county" && text.slice(r.start, r.end) === r.region.name)) &&
              !WORD_GOES_ON.test(text.charAt(r.end)),
          );
          if (topic && !OFFICE_AFTER.test(text.slice(topic.end))) s.region = topic.region;
        } else if (
          state.home.region.level === "province" &&
          clauses.length > 1 &&
          (clause.start === sentence.start || BY_PLACE_FRAME.test(clauseBefore))
        ) {
          // 分市看，太原继续领跑全省，进出口758.3亿元: a province's city (by its short name too) opening the sentence,
          // what it does said before its figures.
          const topic = headRegions(clause, text.length, state).find(
            (r) => r.start === 0 && r.region.level === "prefecture" && !WORD_GOES_ON.test(text.charAt(r.end)),
          );
          if (topic && !OFFICE_AFTER.test(text.slice(topic.end))) s.region = topic.region;
        }
        // 从增速看，济源、鹤壁、周口位居前三，同比分别增长…: places ranked by the figures the clause after lists.
        const ranked = text.includes("、") ? PLACES_RANKED_TOP.exec(text) : null;
        const rankedList = ranked ? placesOpening(text.slice(0, ranked.index), state) : undefined;
        if (rankedList) {
          takePlaceList(s, rankedList, state);
          // 吕梁市、朔州市、阳泉市分列全省增速前三位: 分列 ranks them in turn (位居前三 only says they are the top).
          if (ranked?.groups?.verb === "分列" && parseInteger(ranked.groups.n ?? "") === rankedList.length)
            out.push(...ranksInOrder(ranked, WHOLE_TRADE.indicator, clause, sentence, s));
          continue;
        }
        // 宁波（进出口3306.1亿元，…）、杭州（…）、金华（…）分列全省前三位: places whose figures were read in their
        // brackets, ranked in turn by 分列.
        const top = text.includes("分列") && hasBlankedAsides(text) ? TOP_N.exec(text) : null;
        const topPlaces = top
          ? regionListBefore(text.slice(0, top.index).replace(/\s+/gu, ""), state.home, state.seenZones)
          : undefined;
        if (top && topPlaces && parseInteger(top.groups?.n ?? "") === topPlaces.regions.length) {
          s.regionList = topPlaces.regions;
          out.push(...ranksInOrder(top, WHOLE_TRADE.indicator, clause, sentence, s));
          continue;
        }
        // No figure and no keyword: only a comparison base or a ranking's field carries on.
        const base = lastBase(text, clause.period.year, clause.features);
        if (base?.carries) {
          s.base = base.base;
          carryBase(state, base.base, text, out);
        }
        const inRanking = (clause.features & feature.ZAI) !== 0 && (clause.features & feature.ZHONG) !== 0;
        const rankAmong = inRanking ? IN_RANKING.exec(text)?.groups?.among : undefined;
        if (rankAmong) s.among = rankAmong;
        continue;
      }
      const subjKws = keywordsBefore(kws, subjectEnd);
      const partner =
        (listingPartners && clause.start === sentence.start ? partnerLine(text) : null) ??
        (listingPartners && clause.start === sentence.start && kws.length === 0 && quantities.length === 0
          ? partnerAloneAt(text)
          : null) ??
        withPartner(findPartners(text.slice(0, subjKws[0]?.end ?? subjectEnd)), text, sentence) ??
        // 美国、东盟、欧盟分别进出口…: known partners listed as the subject, no 对 before them.
        (subjKws[0] && RESPECTIVE_BEFORE_KEYWORD.test(text.slice(0, subjKws[0].start))
          ? subjectPartners(text.slice(0, subjKws[0].start))
          : null) ??
        (subjKws.length === 0 && quantities.length > 0 && s.indicators.length > 0
          ? (barePartners(text.slice(0, firstQ)) ??
            oneOfListed(text.slice(0, firstQ), listedPartners.length > 1 ? listedPartners : s.partners) ??
            // 其中韩国、东盟分别增长31.2%和12.6%: known partners as the subject, with no 对.
            subjectPartners(text.slice(0, firstQ)))
          : null);
      const removed: Array<[number, number]> = [];
      for (const k of kws) removed.push([k.start, k.end]);
      const named = BOTH_SIDES.test(text) ? partnerNamed.get(state) : undefined;
      if (named && sentence.paragraph - named.paragraph <= 1) {
        s.partners = [named.partner];
        removed.push([0, 2]);
      }
      const behind = text.includes("仅次于") ? BEHIND_PLACE.exec(text) : null;
      if (behind) removed.push([behind.index, behind.index + behind[0].length]);
      let entities: SentenceState["entities"] = [];
      let entitySpan: [number, number] | undefined;
      let listSpan: [number, number] | undefined;
      const firstKw = subjKws[0];
      if (firstKw) {
        const before = text.slice(0, firstKw.start);
        const places = before.length >= 5 ? regionListBefore(before, state.home, state.seenZones) : undefined;
        // 合肥、芜湖、马鞍山进出口…。三市出口分别为…: the places listed in a sentence before.
        const referred = places ? null : placesReferred(before, state);
        if (places) {
          listSpan = [places.start, firstKw.start];
          removed.push(listSpan);
          s.regionList = places.regions;
          rememberPlaceList(state, places.regions);
        } else if (referred?.length === 0) {
          // 两市出口分别为… with no two places listed before: whose figures they are cannot be told.
          s.indicators = [];
          continue;
        } else if (referred) {
          listSpan = [0, firstKw.start];
          removed.push(listSpan);
          s.regionList = referred;
        }
        const ent = !places && !referred && before.includes("、") ? ENTITY_LIST.exec(before) : null;
        const items = ent?.groups?.list?.replace(/^其中/u, "").split("、") ?? [];
        if (ent && items.length > 1) {
          entities = items.map((name) => ({ name, zone: /区$/u.test(name) }));
          if (entities.every((e) => e.zone || COMPANY.test(e.name))) removed.push([ent.index, firstKw.start]);
          else entities = [];
        } else if (COMPANY_END.test(before)) {
          // One company as the subject: 华越机械集团进出口4.3亿元, 其中洛阳钼业集团的进出口.
          const one = SINGLE_COMPANY.exec(before);
          const name = one?.groups?.name;
          if (one && name) {
            entities = [{ name, zone: false }];
            entitySpan = [before.length - (one.groups?.tail?.length ?? 0) - name.length, firstKw.start];
            removed.push(entitySpan);
          }
        }
      }
      // 晋城市、运城市分列第二、第三位: places listed before figures with no keyword of their own.
      // 宣城、池州两市增速均超过四成: one rate each of them has.
      const only = !firstKw && quantities.length === 1 ? quantities[0] : undefined;
      const eachRate = only !== undefined && only.kind === "growth" && EACH_RATE.test(text.slice(firstQ, only.end));
      if (!firstKw && (quantities.length > 1 || eachRate)) {
        // 许昌市、洛阳市分别以453.2亿元、401.5亿元居第二、三位: ranked by the figures.
        const before = text.slice(0, firstQ).replace(/以$/u, "");
        const places = before.length >= 5 ? regionListBefore(before, state.home, state.seenZones) : undefined;
        if (places) {
          listSpan = [places.start, firstQ];
          removed.push(listSpan);
          s.regionList = places.regions;
          rememberPlaceList(state, places.regions);
        }
      }
      if (partner) removed.push([partner.start, partner.end]);
      const subj = readSubject(clause, firstKw ? firstKw.start : subjectEnd, removed, state);
      const base = lastBase(text, clause.period.year, clause.features);
      // A base that does not carry (环比增长5.2%) is its own clause's: the next clause's rate is year on year again.
      if (base?.carries) {
        s.base = base.base;
        carryBase(state, base.base, text, out);
      }
      // Periods of this clause apply from here on (and to its own figures).
      const hasKeyword = subjKws.length > 0 || (kws.length > 0 && quantities.length === 0);
      // A place inside a company's name (洛阳钼业集团) is not the subject.
      // Nor is a place of a listed subject (郑州市、洛阳市进出口分别…): each is its own figure's.
      const cut = entitySpan?.[0] ?? listSpan?.[0];
      const lastNamed = (cut !== undefined ? subj.regions.filter((r) => r.end <= cut) : subj.regions).at(-1);
      const word = lastNamed ? text.slice(lastNamed.start, lastNamed.end) : "";
      // 该市出口、进口分别完成… after a paragraph about 介休市 on 晋中's page: the county-level place last named.
      // 全县 in a county's item on its city's page: the county the paragraph is about (今年以来，祁县…。1—7月，全县…).
      // Not when the words before it named the place (温州市前5个月进出口…。该市出口812.6亿元 in a provincial report).
      const referent = THIS_PLACE.test(word)
        ? lastNamed?.region.name === state.home.region.name
          ? lastPlaceNamed.get(state)
          : undefined
        : WHOLE_COUNTY.test(word) &&
            state.home.region.level === "prefecture" &&
            state.paragraphRegion.level === "county"
          ? state.paragraphRegion
          : undefined;
      const explicitRegion = referent?.name.endsWith(word.slice(-1)) ? referent : lastNamed?.region;
      if (
        lastNamed &&
        !THIS_PLACE.test(word) &&
        lastNamed.region.name !== state.home.region.name &&
        lastNamed.region.level === "county"
      )
        lastPlaceNamed.set(state, lastNamed.region);
      if (explicitRegion && !listSpan) s.regionList = [];
      // 南昌、九江、赣州进出口分列全省前三位: the places just listed, ranked in the order named.
      // Not when the places' figures were in brackets (哈尔滨市（648.3亿元，…）、…居全省前三位): the three are the top
      // three, their order given by the figures, not by the ranking; 分列 still ranks them in turn.
      const topN = listSpan && (!hasBlankedAsides(text) || text.includes("分列")) ? TOP_N.exec(text) : null;
      if (topN && parseInteger(topN.groups?.n ?? "") === s.regionList.length)
        out.push(...ranksInOrder(topN, (subjKws[0] ?? WHOLE_TRADE).indicator, clause, sentence, s));
      const regionBefore = s.region;
      if (explicitRegion && (hasKeyword || quantities.length > 0)) {
        s.region = explicitRegion;
        // 同期全国进出口增长7.7%。⏎其中，出口136.9亿元…: the country as a benchmark, not what a 其中 after it breaks down.
        // Also 同期，全国进出口总值11.62万亿元: the time word a clause of its own.
        const benchmark =
          explicitRegion.level === "country" && (BENCHMARK_LEAD.test(text) || BENCHMARK_CLAUSE.test(sentence.text));
        if (!startsWithSubtotal && !benchmark) state.paragraphRegion = explicitRegion;
        if (s.tainted && !subj.tainted && subj.leftover === "") s.tainted = false;
      }
      const lastSubjKw = subjKws.at(-1);
      const afterKeyword = lastSubjKw ? text.slice(lastSubjKw.end, firstQ) : "";
      if (hasKeyword) {
        const group = kws.length > 0 ? groupEndingAt(text, kws, Math.max(0, (subjKws.length || kws.length) - 1)) : [];
        // A subtotal's subject (机电产品出口, 加工贸易进出口, 23家进出口企业) taints what follows in the sentence.
        // So is a word between the keyword and its figure (进口铁矿砂45.6亿元): a commodity, not the trade.
        const strong =
          subj.tainted ||
          subjKws.some((k) => k.tainted) ||
          TAINT_AFTER.test(afterKeyword) ||
          // Also with a figure in units of its own (进口煤炭3062.4万吨，增加63.5%).
          ((quantities.length > 0 || OWN_UNITS.test(afterKeyword)) &&
            unknownWords(afterKeyword.split(NOT_A_COMMODITY, 1)[0] ?? "").length >= 2);
        const weak = subj.leftover.length >= 2 && quantities.length > 0;
        if (strong) s.tainted = true;
        else if (s.tainted && explicitRegion && subj.leftover === "") s.tainted = false;
        // …市场采购贸易方式出口1602.5亿元…；对“一带一路”沿线国家出口1023.6亿元: after ；, a partner's own trade,
        // or the whole's again when the clause opens with its keyword (…进口增长2.4%；贸易顺差72亿元).
        else if (
          s.tainted &&
          (partner || (subjKws[0]?.start === 0 && !inheritedTaint)) &&
          subj.leftover === "" &&
          afterSemicolon(sentence, clause) &&
          !text.startsWith("其中") &&
          // 一般贸易进出口…，其中出口额…；进口额…: the 其中 before goes on over ；, the subtotal's import.
          !(partner === null && breakdownBefore(sentence, clause))
        )
          s.tainted = false;
        if (strong || weak) {
          s.indicators = [];
          continue;
        }
        if (!s.tainted && (subj.leftover === "" || quantities.length > 0 || RANKING_FIELD.test(text)))
          s.indicators = group;
        if (partner || explicitRegion || entities.length > 0) {
          // 欧盟、美国仍是我省前两大贸易伙伴，上半年我省对二者分别进出口…: the partners named before.
          const anaphor = partner !== null && PARTNER_ANAPHOR.test(partner.partners.join(""));
          // 东盟为我省第一大贸易伙伴，前三季度对其进出口…: 其 is the one partner just named.
          const one = anaphor && s.partners.length === 1 && /^(?:其|它)$/u.test(partner?.partners.join("") ?? "");
          // RCEP其他成员国是海南最大的贸易伙伴，1-7月海南对其进出口…: 其 is the partner a clause before was about.
          const subjectBefore =
            anaphor && !one && s.partners.length === 0 && /^(?:其|它)$/u.test(partner?.partners.join("") ?? "")
              ? partnerOpeningBefore(sentence, clause, state)
              : null;
          if (!anaphor) s.partners = partner?.partners ?? [];
          else if (subjectBefore) s.partners = [subjectBefore];
          else if (s.partners.length < 2 && !one) s.partners = rankedBefore(sentence, clause, state);
          if (anaphor && s.partners.length < 2 && !one && !subjectBefore) {
            // 对其进出口… with no partners named before: whose trade it is cannot be told.
            s.indicators = [];
            continue;
          }
          s.entities = entities;
        } else if (
          quantities.length > 1 &&
          s.partners.length < 2 &&
          clause.start > sentence.start &&
          RESPECTIVE_WORD.test(text.slice(0, firstQ))
        ) {
          // 东盟、美国分列第二、三位，进出口分别为511.7亿元和463.9亿元: one figure per partner just ranked.
          const ranked = rankedBefore(sentence, clause, state);
          if (ranked.length === quantities.length) s.partners = ranked;
        }
      } else if (
        share >= 0 &&
        s.indicators.length === 0 &&
        !subj.tainted &&
        quantities.every((q) => q.kind === "share")
      ) {
        // “一带一路”沿线国家和RCEP其他成员国分别占全省外贸总值的35.8%和28.3%: partners' shares of the trade
        // the whole names.
        const named = partner ?? subjectPartners(text.slice(0, share));
        const whole = keywordsOf(text, clause.features, text.length).find((k) => k.start > share && !k.tainted);
        if (named && whole) {
          s.indicators = [whole];
          s.partners = named.partners;
        } else if (subj.leftover.length >= 2) continue;
        // 我省占全国外贸总值的1.35%: a place's share of the trade the whole names.
        else if (whole && subj.leftover === "" && explicitRegion) s.indicators = [whole];
        // 东盟为我省第一大贸易伙伴，占全省外贸总值的15.5%: the share of the one partner the clause before named.
        else if (whole && subj.leftover === "" && share === 0 && s.partners.length === 1) s.indicators = [whole];
        // 美国、欧盟和香港地区是我市前三大贸易伙伴，分别占全市进出口总额的17.4%、15.9%和9.2%: one per partner ranked.
        else if (whole && subj.leftover === "" && quantities.length > 1 && RESPECTIVE_WORD.test(text.slice(0, share))) {
          const ranked = rankedBefore(sentence, clause, state);
          if (ranked.length === quantities.length) {
            s.indicators = [whole];
            s.partners = ranked;
          }
        }
      } else if (quantities.length > 0 && (subj.tainted || subj.leftover.length >= 2)) {
        continue;
      }
      // 对韩国进出口468.5亿元，对日本增长7.3%: a partner named without a keyword takes the sentence's.
      if (!hasKeyword && partner && quantities.length > 0 && s.indicators.length > 0) s.partners = partner.partners;
      else if (!hasKeyword && quantities[0]?.kind === "money") {
        // 我市实现了412.5亿元的进出口总值: the keyword after its clause's only amount.
        // Or before its rate (70.2亿美元的出口额比上年增长29.5%).
        const at = (quantities[0]?.end ?? 0) + 1;
        const after =
          text.charAt(at - 1) === "的"
            ? keywordsOf(text, clause.features, text.length).find((k) => k.start === at && !k.tainted)
            : undefined;
        const rest = quantities.slice(1);
        if (
          after &&
          (rest.length === 0
            ? at + (after.end - after.start) >= text.length - 2
            : rest.every((q) => q.kind === "growth" && q.start >= after.end))
        )
          s.indicators = [after];
      }
      const inRanking = (clause.features & feature.ZAI) !== 0 && (clause.features & feature.ZHONG) !== 0;
      const rankAmong = inRanking ? IN_RANKING.exec(text)?.groups?.among : undefined;
      if (rankAmong) s.among = rankAmong;
      // Not an amount in brackets in another currency (增长15.9%（以美元计为972.8亿美元…）).
      const money = quantities.find((q) => q.kind === "money" && !usdBracketAt(sentence, clause.start + q.start));
      // 1412.6亿元人民币（下同）: the unit holds for the amounts after, even written without 元.
      if (money?.currency && text.includes("下同")) state.bareUnit = money.currency;
      if (money?.currency && !usd && !s.tainted) {
        s.basis = money.currency;
        state.currency = money.currency;
      }
      if (s.tainted || s.hypothetical || s.baseLevel || quantities.length === 0) continue;
      const counts = new Map<string, number>();
      for (const q of quantities) counts.set(q.kind, (counts.get(q.kind) ?? 0) + 1);
      let periodList = listedPeriods(clause, quantities[0]?.end ?? 0, state);
      if (periodList.length > 1) periodsBefore = periodList;
      else if (
        periodsBefore.length > 1 &&
        RESPECTIVE_WORD.test(text.slice(0, quantities[0]?.end ?? 0)) &&
        ((clause.features & feature.PERIOD) === 0 || scanPeriods(text).length === 0)
      )
        periodList = periodsBefore;
      // Amounts each after its own keyword (出口663.8、进口460.8亿元): a 分别 list after them runs over those keywords.
      const amountKeywords: Keyword[] = [];
      const readFigure = (q: Quantity): void => {
        if (q.kind === "count" || q.kind === "enterprises") return;
        // （去年同期为50417万美元）: the comparison base's level, not a figure of the period.
        if (BASE_LEVEL_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) return;
        const last = lastKeywordEndingBy(kws, q.start);
        const local = last >= 0 ? groupEndingAt(text, kws, last) : s.indicators;
        const kindCount = counts.get(q.kind) ?? 1;
        // 增速方面，忻州市…居全省首位: a rank with no keyword in its sentence ranks what the sentence before did.
        const kw =
          pick(local, q, kindCount) ??
          (q.kind === "rank" && (explicitRegion || s.regionList.length > 1)
            ? // 晋城、运城、吕梁3市分列第二至第四位，进出口分别为…: the flow the sentence names next, if it does.
              // 郴州市排名第三，进出口402.7亿元: one place's rank takes the flow only when the next clause opens with it.
              (flowNamedAfter(sentence, clause, s.regionList.length > 1 ? undefined : 2) ?? previousIndicators[0])
            : // 🏆规模居全国第11位: the trade's rank, whatever figure the line before gave.
              q.kind === "rank" && RANKED_MEASURE_LEAD.test(sentence.text)
              ? WHOLE_TRADE
              : undefined);
        if (!kw) return;
        // A listed subject takes one figure per place; one figure for all of them is their sum.
        const listed = s.regionList.length;
        // 怀宁县、宿松县出口增速均超过两成: one figure that each of the places has.
        const eachPlace =
          listed > 1 &&
          kindCount === 1 &&
          q.kind !== "rank" &&
          /[均都]/u.test(text.slice(Math.max(0, q.start - 6), q.end));
        if (listed > 1 && !eachPlace && (kindCount !== listed || q.listIndex >= listed)) return;
        // 进出口总值、出口值均居全市第一位 / 进出口、出口均增长10.2%: one rate or rank each keyword listed has.
        const eachKeyword =
          local.length > 1 &&
          kindCount === 1 &&
          (q.kind === "growth" || q.kind === "rank") &&
          last >= 0 &&
          /[均都]/u.test(text.slice(kws[last]?.end ?? q.start, q.start));
        const from = out.length;
        // Likewise listed partners (对韩国、美国、台湾地区的进出口占比合计超过五成): one figure is all of theirs.
        const partners = s.partners.length;
        // 与日本、韩国的贸易额各达到310亿元左右: one amount for each of the partners.
        if (
          partners > 1 &&
          kindCount === 1 &&
          q.kind === "money" &&
          EACH.test(text.slice(Math.max(0, q.start - 4), q.start))
        ) {
          for (const p of s.partners) {
            const c = candidate(q, kw.indicator, "value", clause, sentence, s, `${kw.indicator}-value`);
            c.partner = p;
            out.push(c);
          }
          return;
        }
        // 对东盟、欧盟进出口增速均超过两成: one rate that each of the partners has.
        if (
          partners > 1 &&
          kindCount === 1 &&
          q.kind === "growth" &&
          /[均都]/u.test(text.slice(Math.max(0, q.start - 6), q.end))
        ) {
          const own = lastBase(text.slice(0, q.start), clause.period.year, clause.features & feature.BASE);
          if ((own?.base ?? s.base ?? state.paragraphBase ?? "yoy") !== "yoy") return;
          for (const p of s.partners) {
            const c = candidate(q, kw.indicator, "growth", clause, sentence, s, `${kw.indicator}-growth`);
            c.partner = p;
            c.basis = s.basis ?? state.currency;
            out.push(c);
          }
          return;
        }
        if (partners > 1 && (kindCount !== partners || q.listIndex >= partners)) return;
        const indicator = kw.indicator;
        if (q.kind === "money") {
          if (q.threshold || indicator === "trade.enterprises") return;
          const c = candidate(q, indicator, "value", clause, sentence, s, `${indicator}-value`);
          const listedPeriod = periodList.length === kindCount ? periodList[q.listIndex] : undefined;
          if (listedPeriod) c.period = tradePeriod(listedPeriod);
          if (last >= 0 && kws[last] === kw) amountKeywords.push(kw);
          if (kw.negative) c.value = -Math.abs(c.value);
          c.unit = q.currency ?? "CNY";
          out.push(c);
        } else if (q.kind === "growth") {
          // …相当于全国的0.42%，与上年持平: the share is unchanged, not the trade.
          if (lastKind === "share" && !hasKeyword && q.value === 0 && FLAT_WORD.test(text.slice(q.start, q.end)))
            return;
          const own = lastBase(text.slice(0, q.start), clause.period.year, clause.features & feature.BASE);
          const b = own?.base ?? s.base ?? state.paragraphBase ?? "yoy";
          if (b !== "yoy") return;
          const c = candidate(q, indicator, "growth", clause, sentence, s, `${indicator}-growth`);
          const listedPeriod = periodList.length === kindCount ? periodList[q.listIndex] : undefined;
          if (listedPeriod) c.period = tradePeriod(listedPeriod);
          c.basis = usdBracketAt(sentence, clause.start + q.start) ? "USD" : (s.basis ?? state.currency);
          if (q.listIndex > 0 || kindCount > 2) {
            const months = clause.period.months;
            if (months && kindCount === months[1] - months[0] + 1 && kindCount > 2) {
              const month = months[0] + q.listIndex;
              c.period = { year: clause.period.year, month, label: `${clause.period.year}年${month}月` };
              c.rule = `${indicator}-monthly-growth`;
            }
          }
          out.push(c);
        } else if (q.kind === "share") {
          // 企业822家，占全省的30.7%: a share of enterprises is not in the vocabulary (the record would fail the schema).
          if (!INDICATOR_INFO[indicator].measures.includes("share")) return;
          // 对“一带一路”沿线国家进出口…，占比42.7%: a partner's or entity's part of the region's own trade.
          // Also 对欧盟进出口231.5亿元，增长2.1%，占14%: a bare share after a partner's figures.
          // Also exports' or imports' share of the place's trade (出口占比达65.7%).
          const partOfRegion =
            (q.of === "比" || q.of === "") &&
            (s.partners.length > 0 ||
              s.entities.length > 0 ||
              (q.of === "比" && (indicator === "trade.export" || indicator === "trade.import")));
          // 九江市…占14.7% after 南昌市…占全省25.4%: the whole the sentence's last share named.
          const carriedWhole =
            !partOfRegion &&
            (!q.of ||
              // 占比达10.7% after 占全省进出口总值的42.6% in the same sentence.
              (q.of === "比" &&
                WHOLE_NAMED.test(sentence.text.slice(0, Math.max(0, clause.start - sentence.start))))) &&
            BARE_SHARE_BEFORE.test(text.slice(0, q.start))
              ? lastShareWhole.get(state)
              : undefined;
          // 全国进出口总值42.07万亿元，增长7.7%，内蒙古占0.36%: a place's bare share right after figures of a
          // region that holds it is of those.
          const heldBy =
            !partOfRegion &&
            !carriedWhole &&
            (!q.of || q.of === "比") &&
            explicitRegion &&
            lastNamed &&
            PLACE_SHARE_WORDS.test(text.slice(lastNamed.end, q.start))
              ? wholeHolding(regionBefore, explicitRegion)
              : undefined;
          // A table row's 占比 column (太原　735.4　61.2　52.9 under 地区　进出口　同比　占比): the row place's share of
          // the home region the table breaks down; the home's own row (全省 … 100.0) is no share.
          const rowWhole =
            !partOfRegion && !carriedWhole && !heldBy && (!q.of || q.of === "比") && sentence.header !== undefined
              ? wholeHolding(state.home.region, s.region)
              : undefined;
          const of = partOfRegion ? s.region.name : (carriedWhole ?? heldBy ?? rowWhole ?? q.of ?? "");
          if (q.of && q.of !== "比") lastShareWhole.set(state, q.of);
          // 相当于上年全年的97.6%: a part of another period's level, no share of a whole.
          if (of === "" || of === "比" || /本次|活动|项目/u.test(of) || OTHER_PERIOD_WHOLE.test(of)) return;
          const c = candidate(q, indicator, "share", clause, sentence, s, `${indicator}-share`);
          c.of = spellOutWhole(of, state.home);
          out.push(c);
        } else if (q.kind === "rank") {
          if (!INDICATOR_INFO[indicator].measures.includes("rank")) return;
          // 对东盟进出口…，增速居各主要市场之首: how a partner's growth compares among markets, no rank of trade.
          if (
            (s.partners.length > 0 || /市场|伙伴/u.test(q.among ?? "")) &&
            GROWTH_RANKED.test(text.slice(Math.max(0, q.start - 4), q.start))
          )
            return;
          const c = candidate(q, indicator, "rank", clause, sentence, s, `${indicator}-rank`);
          const among = q.among ?? s.among;
          if (among) c.among = among;
          out.push(c);
        }
        if (eachPlace) for (const c of out.splice(from)) for (const region of s.regionList) out.push({ ...c, region });
        if (eachKeyword)
          for (const c of out.splice(from))
            for (const other of local)
              if (INDICATOR_INFO[other.indicator].measures.includes(c.measure))
                out.push({ ...c, indicator: other.indicator, rule: c.rule.replace(indicator, other.indicator) });
      };
      // 其中九江市增长12.6%、吉安市增长18.2%、上饶市增长1.1倍: a place opening a list item is its figures'.
      let itemRegion: Candidate["region"] | undefined;
      for (let i = 0; i < quantities.length; i++) {
        const q = quantities[i] as Quantity;
        const place = i > 0 ? itemPlace(clause, quantities[i - 1] as Quantity, q, state) : undefined;
        if (place) itemRegion = place;
        if (itemRegion === undefined) {
          readFigure(q);
          continue;
        }
        const kept = s.region;
        s.region = itemRegion;
        readFigure(q);
        s.region = kept;
      }
      if (amountKeywords.length > 1 && new Set(amountKeywords.map((k) => k.indicator)).size === amountKeywords.length)
        s.indicators = amountKeywords;
      lastKind = quantities.at(-1)?.kind;
    }
    state.previousTainted = s.tainted;
    lastSubject.set(state, { paragraph: sentence.paragraph, region: s.region });
    // 温州（1893.1亿元，增长8.8%）、台州（…）保持较快增长: places' asides of one flow, for the rates after them
    // (衢州、舟山、丽水增速分别为…).
    const asidesOnly =
      s.indicators.length === 0 &&
      out.length > 0 &&
      out.every(
        (c) => c.indicator === "trade.total" && c.partner === undefined && c.region.name !== state.home.region.name,
      );
    lastIndicators.set(state, asidesOnly ? [WHOLE_TRADE] : s.indicators);
    const placeValue = out.find(
      (c) => c.measure === "value" && c.partner === undefined && c.region.name !== state.home.region.name,
    );
    if (placeValue) placesTrade.set(state, { paragraph: sentence.paragraph, indicator: placeValue.indicator });
    // 主要市州进出口情况如下：⏎武汉市　2440.2亿元　增长12.5%: rows without a keyword are of the one introduced.
    if (LIST_INTRO.test(sentence.text)) {
      const kws = keywordsOf(sentence.text, features, sentence.text.length).filter((k) => !k.tainted);
      if (kws.length === 1) rowKeywords.set(state, kws);
      else rowKeywords.delete(state);
    } else if (sentence.row !== true) rowKeywords.delete(state);
    // 与主要贸易伙伴进出口情况如下：⏎东盟　进出口6.9亿元　增长38.5%⏎欧盟　…: one partner per line.
    if (
      PARTNER_LIST_INTRO.test(sentence.text) ||
      (listingPartners &&
        (PARTNER_LINE.test(sentence.text) || (sentence.row === true && out.some((c) => c.partner !== undefined))))
    )
      partnerLists.add(state);
    else partnerLists.delete(state);
    return out;
  },
};

/** A clause's quantities with its amounts written without 元 (658.9亿) added, in order. */
/** 同比增长：14.7%: a rate after its label and a colon (the colon ends the label's clause). */
// 企业突破1万家，达10236家: a round threshold, then the count itself.
// Also in 万 (突破10万家，达10.4万家), and with a thousands comma (突破3,000家，达3,126家).
const EXACT_COUNT_AFTER = /^[，,](?:已)?(?:达到|达|为|共)(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?<wan>万)?家/u;

/** The exact count the next clause gives after a round threshold, or the count as read. */
function exactCountAfter(q: Quantity, sentence: Sentence, clause: Clause): Quantity {
  if (q.qualifier === "exact") return q;
  const end = clause.start - sentence.start + clause.text.length;
  const m = EXACT_COUNT_AFTER.exec(sentence.text.slice(end, end + 16));
  const n = m?.groups?.n;
  if (!m || n === undefined) return q;
  const wan = m.groups?.wan !== undefined;
  const value = wan ? Math.round(Number(n) * 10000) : Number(n.replaceAll(",", ""));
  if (!Number.isInteger(value)) return q;
  const start = clause.text.length + m[0].indexOf(n);
  return { ...q, value, qualifier: "exact", precision: 0, start, end: start + n.length + (wan ? 2 : 1) };
}

// Amounts in the currency of Hong Kong, Macao or Taiwan: figures of an economy the dataset has no region for.
const OTHER_ECONOMY_CURRENCY = /港元|港币|澳门元|澳门币|新台币/u;

/** Spans (normalised offsets) of the sentence's ； groups holding a match of `re`. */
function groupsWith(sentence: Sentence, re: RegExp): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const part of sentence.text.split("；")) {
    if (re.test(part)) out.push([sentence.start + from, sentence.start + from + part.length]);
    from += part.length + 1;
  }
  return out;
}

const SHARE_LABEL = new RegExp(`^${SHARE_OF_WHOLE}$`, "u");

/** The whole a region's bare share is of when the figures before were of a region holding it (全国, a province). */
function wholeHolding(before: Region, place: Region): string | undefined {
  if (before.code === null || place.code === null || before.code === place.code) return undefined;
  if (before.level === "country") return "全国";
  return isWithinRegion(place.code, before.code) ? before.name : undefined;
}

/** A share after its label and a colon (占全省比重：3.5%). */
function labelledShare(clause: Clause, before: string): Quantity | undefined {
  const of = SHARE_LABEL.exec(before.trim())?.groups?.of;
  const num = of ? BARE_RATE.exec(clause.text.replace(/[，。].*$/u, ""))?.groups?.num : undefined;
  if (!of || num === undefined) return undefined;
  const start = clause.text.indexOf(num);
  return {
    kind: "share",
    start,
    end: start + num.length + 1,
    value: Number(num),
    qualifier: "exact",
    precision: precisionOf(num),
    listIndex: 0,
    respectively: false,
    of,
  };
}

function labelledRate(clause: Clause, before: string): Quantity | undefined {
  const label = RATE_LABEL.exec(before.trim());
  // 湘潭进出口增速居全省首位，达27.5%: the rate the clause before ranked.
  const rate = label
    ? BARE_RATE.exec(clause.text)
    : before.includes("增") && RANKED_RATE_BEFORE.test(before)
      ? RATE_REACHED.exec(clause.text)
      : null;
  const num = rate?.groups?.num;
  if (!rate || num === undefined) return undefined;
  const start = clause.text.indexOf(num);
  const fall = label?.groups?.verb === "下降" || label?.groups?.verb === "降幅";
  return {
    kind: "growth",
    start,
    end: start + num.length + 1,
    value: fall ? -Math.abs(Number(num)) : Number(num),
    qualifier: "exact",
    precision: precisionOf(num),
    listIndex: 0,
    respectively: false,
  };
}

/** The places listed from the start of `written` to its end (嘉兴、绍兴、温州、台州), when there are several. */
function placesOpening(written: string, state: ReadingState): Array<Candidate["region"]> | undefined {
  const listed = regionListBefore(written, state.home, state.seenZones);
  return listed && listed.start === 0 && listed.regions.length > 1 ? listed.regions : undefined;
}

/** The places a clause listed become those of the figures after it, one each. */
function takePlaceList(s: SentenceState, regions: Array<Candidate["region"]>, state: ReadingState): void {
  s.regionList = regions;
  rememberPlaceList(state, regions);
  s.tainted = false;
}

// Also with the field and the measure (分列全省增速前三位).
const PLACES_RANKED_TOP =
  /(?<verb>位居|居|位列|排名|排|分列)(?:全省|全市|全区|全国)?(?:增速|增幅)?前(?<n>[二两三四五六七八九十\d]{1,2})(?:位|名)?$/u;

const RATE_WORD = "增速";

/**
 * 分别为34.2%、31.5% after a bound on rates, or after 从增速看: the exact rates, read as if the clause named 增速
 * itself (at `at`, the start or right before 分别).
 */
function ratesNamedAt(clause: Clause, at = 0): Quantity[] {
  const text = clause.text.slice(0, at) + RATE_WORD + clause.text.slice(at);
  const back = (i: number) => (i >= at + RATE_WORD.length ? i - RATE_WORD.length : Math.min(i, at));
  return clauseQuantities({ ...clause, text, quantities: undefined })
    .filter((q) => q.kind === "growth")
    .map((q) => ({ ...q, start: back(q.start), end: back(q.end) }));
}
// 从增速看， ⏎ 大连、沈阳、营口分别为-3.6%、2.1%、5.8%: rates the clause before named, listed bare.
const RATE_FRAME_ALONE = new RegExp(`^${RATE_FRAME_WORDS}$`, "u");
const BARE_RATES_LISTED = /分别为(?=[-－−]?\d+(?:\.\d+)?%)/u;

function withBareAmounts(clause: Clause, currency: "CNY" | "USD"): Quantity[] {
  const own = clauseQuantities(clause);
  const bare = scanBareAmounts(clause.text, currency).filter(
    (b) => !own.some((q) => q.start < b.end && b.start < q.end),
  );
  if (bare.length === 0) return own;
  return numberLists(
    clause.text,
    [...own, ...bare].sort((a, b) => a.start - b.start),
  );
}

// 分产品看，泵与电机出口42.6亿元: among products, 与 joins two goods and names no partner.
const PRODUCT_FRAME = /^(?:分|从|按)(?:主要)?(?:产品|商品|出口产品|进口产品|货类)(?:类别)?(?:来看|看|分)[，,]/u;

/** A partner phrase found, unless it is 与 joining two products in a sentence on products. */
function withPartner(found: PartnerPhrase | null, text: string, sentence: Sentence): PartnerPhrase | null {
  return found && text.charAt(found.start) === "与" && PRODUCT_FRAME.test(sentence.text) ? null : found;
}

/** The trade the paragraph's places were last given figures of (its value, not a partner's). */
const placesTrade = new WeakMap<ReadingState, { paragraph: number; indicator: IndicatorId }>();

/**
 * …太原市进出口1102.3亿元…。除太原外，出现下降的还有大同市（62.4亿元，下降6.1%）: places' figures in brackets
 * with no keyword in their sentence are of the trade the paragraph's places were given before.
 */
function placesTradeBefore(sentence: Sentence, state: ReadingState): Keyword | undefined {
  const last = placesTrade.get(state);
  return last && last.paragraph === sentence.paragraph ? { ...WHOLE_TRADE, indicator: last.indicator } : undefined;
}

/**
 * 全省进出口326.1亿美元…。增速较快的有襄阳（18.7亿美元，增长21.4%）、…: places' figures in brackets, no keyword in
 * their sentence, after a sentence on the trade: the places' trade as a whole.
 */
function tradeBefore(state: ReadingState): Keyword | undefined {
  const last = lastIndicators.get(state);
  return last && last.length > 0 && last.every((k) => k.indicator.startsWith("trade.") && !k.tainted)
    ? WHOLE_TRADE
    : undefined;
}

/** Figures of a bracketed aside: its own place, the indicator it names or the one it compares with. */
function readAside(aside: Aside, sentence: Sentence, s: SentenceState, state: ReadingState): Candidate[] {
  const out: Candidate[] = [];
  if (s.tainted) return out;
  const inner = aside.inner;
  const own = keywordsOf(inner.text, inner.features, inner.text.length);
  const before = keywordsOf(aside.main.text, aside.main.features, aside.at).filter((k) => !k.tainted);
  // 洛阳（82.6亿元）、焦作（79.3亿元）进出口规模居前: the flow named after the places' list, before any carried.
  const kw =
    own[0] ??
    before.at(-1) ??
    s.indicators[0] ??
    placesTradeBefore(sentence, state) ??
    keywordsOf(aside.main.text, aside.main.features, aside.main.text.length).find(
      (k) => k.start >= aside.at && !k.tainted,
    ) ??
    tradeBefore(state);
  if (!kw || kw.tainted || kw.indicator === "trade.enterprises") return out;
  const year = inner.period.year;
  // Not the base a clause before carried (…比2019年同期增长68.2%，占全省的78.5%（全省…下降1.9%）):
  // another place's rate in brackets is against its own base, the paragraph's unless it names one.
  // Nor the comparison that names the bracket's own period (比一季度加快…（一季度增长10.4%）).
  const base =
    lastBase(inner.text, year)?.base ??
    (aside.ownPlace ? undefined : lastBase(aside.main.text.slice(0, aside.at), year)?.base) ??
    state.paragraphBase ??
    "yoy";
  const local: SentenceState = { ...s, region: aside.region, partners: [], entities: [] };
  const quantities: Quantity[] = [...clauseQuantities(inner)];
  const rate = aside.bareRate;
  if (rate && !quantities.some((q) => q.kind === "growth")) {
    quantities.push({ kind: "growth", qualifier: "exact", listIndex: 0, respectively: false, ...rate });
  }
  for (const q of quantities) {
    // （全市进出口总额327.5亿元，增长8.9%；全省3023.3亿元，增长14.1%）: each part of the bracket its own place's.
    const cut = inner.text.lastIndexOf("；", q.start);
    const part = cut < 0 ? undefined : subjectRegions(inner.text.slice(cut + 1, q.start), state)[0];
    const here = part?.start === 0 ? { ...local, region: part.region } : local;
    const c = bracketFigure(q, kw, inner, sentence, here, base, s.basis ?? state.currency, "aside");
    if (c) out.push(c);
  }
  return out;
}

const ALL_PASSED_BEFORE = /[均都](?:在|已|已经)?$/u;
/** Whether an amount is a bound every place before it passed (均超过70亿元, 均在200亿元以上). */
function boundAllPassed(text: string, q: Quantity): boolean {
  return q.kind === "money" && q.qualifier !== "exact" && ALL_PASSED_BEFORE.test(text.slice(0, q.start));
}

/** A growth (year on year only) or an amount read inside brackets, or undefined for any other figure. */
function bracketFigure(
  q: Quantity,
  kw: Keyword,
  inner: Clause,
  sentence: Sentence,
  here: SentenceState,
  base: Base,
  basis: string | undefined,
  kind: "aside" | "partner",
): Candidate | undefined {
  if (q.kind === "growth" && base === "yoy") {
    const c = candidate(q, kw.indicator, "growth", inner, sentence, here, `${kw.indicator}-${kind}-growth`);
    c.basis = basis;
    return c;
  }
  if (q.kind !== "money" || q.threshold) return undefined;
  const c = candidate(q, kw.indicator, "value", inner, sentence, here, `${kw.indicator}-${kind}-value`);
  if (kw.negative) c.value = -Math.abs(c.value);
  return c;
}

// 对澳大利亚（86.4亿元，下降6.2%）、巴西（41.7亿元，增长19.8%）进出口一降一升: each partner's figures in brackets
// after its name, the keyword after the list.
const PARTNER_BRACKETS =
  /(?:对|与)(?!外)(?:[^，。；、（）()]{2,12}[（(][^（）()]{2,40}[）)][、和及与]?){2,}(?:之间)?的?(?=进出口|出口|进口|贸易)/u;
const PARTNER_ITEM = /(?<name>[^，。；、（）()对与和及]{2,12})[（(](?<inner>[^（）()]{2,40})[）)]/gu;

// 我省对前三大贸易伙伴的进出口依次为：东盟（162.4亿元）、欧盟（158.7亿元）: partners after a colon, each with its figure
// in brackets, the keyword before the colon.
const PARTNERS_BEFORE_COLON =
  /(?:对|与)[^，。；]{0,16}(?:伙伴|市场)[^，。；]{0,4}?(?:进出口|出口|进口|贸易)[^，。；]{0,6}?(?:依次为|依次是|分别为|分别是|为)：$/u;
const PARTNER_BRACKET_LIST = /^(?:[^，。；、（）()对与和及]{2,12}[（(][^（）()]{2,40}[）)][、和及与]?){2,}/u;

// 前三大贸易伙伴依次为东盟（226.31亿元）、…; 前五大出口市场依次为：美国（18.62亿元）、…: the partners ranked, the
// kind of partner naming the flow (a trading partner's is its total trade).
const RANKED_PARTNERS = String.raw`前[\d一二三四五六七八九十]+(?:大|位|名)?(?<kind>贸易伙伴|贸易对象|出口市场|出口目的地|进口来源地|进口来源国|进口市场)(?:依次为|依次是|分别为|分别是|为|是)[：:]?`;
// Before the colon that opens the list, or at the head of the clause holding it.
const RANKED_PARTNERS_LEAD = new RegExp(`(?:^|[，,])[^，。；]{0,8}?${RANKED_PARTNERS}$`, "u");
const RANKED_PARTNERS_INLINE = new RegExp(`^[^，。；（(]{0,8}?${RANKED_PARTNERS}`, "u");

/** The trade keyword a ranked kind of partner stands for (出口市场: exports). */
function rankedPartnersKeyword(kind: string): Keyword | undefined {
  const word = kind.startsWith("出口") ? "出口" : kind.startsWith("进口") ? "进口" : "进出口";
  return keywordsOf(word, feature.textFeatures(word), word.length)[0];
}

/**
 * Partners listed each with its bracket, after the ranking that opens the clause or after a colon, and the keyword
 * the ranking or the clause before the colon names.
 */
function partnerBracketList(
  clause: Clause,
  sentence: Sentence,
): { list: RegExpExecArray; keyword: Keyword } | undefined {
  const before = sentence.text.slice(0, Math.max(0, clause.start - sentence.start));
  const inline = RANKED_PARTNERS_INLINE.exec(clause.text);
  // The ranking's lead in the clause itself (no colon) or before the colon.
  if (inline?.groups?.kind) {
    const list = PARTNER_BRACKET_LIST.exec(clause.text.slice(inline[0].length));
    const keyword = rankedPartnersKeyword(inline.groups.kind);
    if (!list || !keyword) return undefined;
    list.index += inline[0].length;
    return { list, keyword };
  }
  if (!before.endsWith("：")) return undefined;
  const ranked = RANKED_PARTNERS_LEAD.exec(before)?.groups?.kind;
  if (!ranked && !PARTNERS_BEFORE_COLON.test(before)) return undefined;
  const list = PARTNER_BRACKET_LIST.exec(clause.text);
  const keyword = ranked
    ? rankedPartnersKeyword(ranked)
    : keywordsOf(before, feature.textFeatures(before), before.length).findLast((k) => !k.tainted);
  return list && keyword ? { list, keyword } : undefined;
}

/** Figures of partners listed each with its own bracket, and the clause with the brackets blanked out. */
function readPartnerBrackets(
  clause: Clause,
  sentence: Sentence,
  s: SentenceState,
  state: ReadingState,
): { out: Candidate[]; main: Clause; keyword?: Keyword } | undefined {
  if (s.tainted || (!clause.text.includes("（") && !clause.text.includes("("))) return undefined;
  const inline = PARTNER_BRACKETS.exec(clause.text);
  const listed = inline ? undefined : partnerBracketList(clause, sentence);
  const m = inline ?? listed?.list;
  if (!m) return undefined;
  const listEnd = m.index + m[0].length;
  const kw =
    listed?.keyword ??
    keywordsOf(clause.text, clause.features, clause.text.length).find((k) => k.start >= listEnd && !k.tainted);
  if (!kw || kw.indicator === "trade.enterprises") return undefined;
  const out: Candidate[] = [];
  let text = clause.text;
  for (const item of execAll(PARTNER_ITEM, m[0])) {
    const name = item.groups?.name ?? "";
    const innerText = item.groups?.inner ?? "";
    const partner = findPartners(`对${name}进出口`)?.partners[0];
    if (!partner) continue;
    const at = m.index + item.index + name.length;
    const inner: Clause = {
      text: innerText,
      start: clause.start + at + 1,
      period: clause.period,
      features: feature.textFeatures(innerText),
    };
    const base = lastBase(innerText, inner.period.year)?.base ?? state.paragraphBase ?? "yoy";
    const here: SentenceState = { ...s, partners: [partner], entities: [] };
    for (const q of clauseQuantities(inner)) {
      const c = bracketFigure(q, kw, inner, sentence, here, base, s.basis ?? state.currency, "partner");
      if (c) out.push(c);
    }
    text = `${text.slice(0, at)}${" ".repeat(innerText.length + 2)}${text.slice(at + innerText.length + 2)}`;
  }
  if (out.length === 0) return undefined;
  return { out, main: { ...clause, text, features: feature.textFeatures(text) }, keyword: listed?.keyword };
}

/**
 * The base a paragraph's later bare rates are against. Once the paragraph has
 * stated a year-on-year rate (同比增长, 比去年同期(下同)), a comparison with an
 * earlier year (比2019年同期) is a side remark for its own sentence; a paragraph
 * that only compares with that year keeps it for its bare rates.
 */
function carryBase(state: ReadingState, base: Base, text: string, read: readonly Candidate[]): void {
  // 比2019年同期（下同）: the base holds from here on, for the rest of the article.
  if (text.includes("下同")) {
    state.articleBase = base;
    state.paragraphBase = base;
    return;
  }
  if (base === "other" && state.paragraphBase === "yoy") return;
  // 全市…178.64亿元，增幅31.5%，比2019年增长38.6%: a comparison added after the year's own rate; the rates of the
  // sentences after are year on year again.
  if (base === "other" && read.some((c) => c.measure === "growth")) return;
  state.paragraphBase = base;
}

/** Ranks 1, 2, 3 … of the places listed in `s.regionList`, in the order named, sourced to the ranking's words. */
function ranksInOrder(
  words: RegExpExecArray,
  indicator: IndicatorId,
  clause: Clause,
  sentence: Sentence,
  s: SentenceState,
  positions?: number[],
): Candidate[] {
  return s.regionList.map((_, k) => {
    const q: Quantity = {
      kind: "rank",
      value: positions?.[k] ?? k + 1,
      qualifier: "exact",
      start: words.index,
      end: words.index + words[0].length,
      precision: 1,
      listIndex: k,
      respectively: true,
    };
    return candidate(q, indicator, "rank", clause, sentence, s, "trade.ranked-list");
  });
}

/**
 * The positions `at` names (第四、第五 → 4, 5; 第二至第四 → 2, 3, 4), one per place listed; from the top when `at` is
 * absent (居前三位的是), undefined when they do not number the places.
 */
function rankPositions(at: string | undefined, places: number): number[] | undefined {
  if (at === undefined) return Array.from({ length: places }, (_, k) => k + 1);
  const numbers = [...at.matchAll(/[\d一二三四五六七八九十]+/gu)].map((m) => parseInteger(m[0]) ?? 0);
  const first = numbers[0] ?? 0;
  const last = numbers.at(-1) ?? 0;
  const positions =
    numbers.length === 2 && /[至到]/u.test(at)
      ? Array.from({ length: last - first + 1 }, (_, k) => first + k)
      : numbers;
  return positions.length === places && positions.every((n) => n > 0) ? positions : undefined;
}

function candidate(
  q: Quantity,
  indicator: IndicatorId,
  measure: Candidate["measure"],
  clause: Clause,
  sentence: Sentence,
  s: SentenceState,
  rule: string,
): Candidate {
  const partner = s.partners.length > 0 ? (s.partners.length > 1 ? s.partners[q.listIndex] : s.partners[0]) : undefined;
  const entity = s.entities.length > 0 ? (s.entities.length > 1 ? s.entities[q.listIndex] : s.entities[0]) : undefined;
  const c: Candidate = {
    indicator,
    measure,
    value: q.value,
    unit:
      measure === "count"
        ? "item"
        : measure === "rank"
          ? "rank"
          : measure === "value"
            ? (q.currency ?? "CNY")
            : "percent",
    qualifier: q.qualifier,
    region: s.region,
    period: tradePeriod(clause.period),
    sectors: [],
    // Every key a candidate may have, in the order projects.ts's candidates have them (one shape for all).
    partner: undefined,
    entity: undefined,
    of: undefined,
    among: undefined,
    basis: undefined,
    precision: q.precision,
    rule,
    sentence,
    start: clause.start + q.start,
    end: clause.start + q.end,
    article: 0,
    fallback: false,
  };
  // 对“一带一路”…进出口：186.3亿元 ⏎ 有进出口实绩企业：1026家: firms counted are the place's unless named with a partner.
  if (partner && (indicator !== "trade.enterprises" || clause.text.includes(partner))) c.partner = partner;
  if (s.regionList.length > 1) c.region = s.regionList[q.listIndex] ?? c.region;
  if (entity) {
    if (entity.zone) c.region = { name: entity.name, code: null, level: "zone" };
    else c.entity = entity.name;
  }
  return c;
}

/** The first flow a sentence names after `clause` (…分列第二至第四位，进出口分别为…), untainted, or undefined. */
function flowNamedAfter(sentence: Sentence, clause: Clause, within?: number): Keyword | undefined {
  const rest = sentence.text.slice(clause.start - sentence.start + clause.text.length);
  const flow = keywordsOf(rest, feature.textFeatures(rest), rest.length).find((k) => !k.tainted);
  return within === undefined || (flow && flow.start <= within) ? flow : undefined;
}
