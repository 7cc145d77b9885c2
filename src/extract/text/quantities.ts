import type { Qualifier } from "../../schema/vocabulary";
import * as feature from "./char-features";
import { precisionOf, scaleDecimal } from "./decimal";
import { execAll } from "./exec-all";
import { parseInteger } from "./numerals";

// Numbers with their unit, as they appear in a clause of normalised text
// (digits already ASCII). Each parser is one regex plus one extract step;
// lists continue a quantity with 、/和/及 ("分别增长13.5%和21.6%").

export type QuantityKind = "money" | "growth" | "share" | "rank" | "count" | "enterprises";

export interface Quantity {
  kind: QuantityKind;
  value: number;
  qualifier: Qualifier;
  /** Offsets within the scanned clause. */
  start: number;
  end: number;
  currency?: "CNY" | "USD";
  /** Significant digits written (precision, for merging duplicates). */
  precision: number;
  /** Continuation item of a list (the second and later values after 、/和). */
  listIndex: number;
  /** 分别 / 分列 / 依次 marks a list mapped onto an earlier list. */
  respectively: boolean;
  /** Money followed by 以上的项目 / 以上企业: a threshold, not a figure. */
  threshold?: boolean;
  /** Share: what the percentage is of (占全省进出口总值的 → 全省进出口总值). */
  of?: string;
  /** Rank: the ranking's field. */
  among?: string;
  /** Count of projects: a word before it that makes it a subset (等, 另有, 这). */
  subset?: boolean;
  /**
   * A subset only because the projects were signed on stage (现场签约项目12个): the
   * event's count when the report gives no other.
   */
  onSite?: boolean;
}

const CN = "零〇一二两三四五六七八九十百千";
// As a year-on-year statistic (同比翻了一番, 比去年同期翻了一番), after its keyword (对欧盟出口翻了一番多) or opening
// the clause after a figure (进出口3.27亿元，翻了一番多); 多 after it is more than.
const DOUBLED =
  /(?:同比|增长|比上年|较上年|比去年(?:同期)?|较去年(?:同期)?|(?<kw>进出口|出口|进口)|^)(?:增长)?翻了?(?<n>一|两|二)番(?<many>多)?/gu;
const PRE_QUALIFIER: Record<string, Qualifier> = {
  约: "about",
  近: "about",
  接近: "about",
  将近: "about",
  大约: "about",
  // 437.2亿美元，约合人民币2718.6亿元: the other currency's equivalent, rounded.
  约合: "about",
  约合人民币: "about",
  超过: "more_than",
  超: "more_than",
  逾: "more_than",
  突破: "more_than",
  // 首破200亿元 (a headline's round threshold crossed).
  破: "more_than",
  不足: "less_than",
  不到: "less_than",
};
const POST_QUALIFIER: Record<string, Qualifier> = {
  多: "more_than",
  余: "more_than",
  以上: "more_than",
  以下: "less_than",
  左右: "about",
  上下: "about",
};

function qualifierOf(pre: string | undefined, ...posts: Array<string | undefined>): Qualifier {
  for (const p of posts) if (p && POST_QUALIFIER[p]) return POST_QUALIFIER[p] as Qualifier;
  if (pre && PRE_QUALIFIER[pre]) return PRE_QUALIFIER[pre] as Qualifier;
  return "exact";
}

// Money: 1852.35亿元, 307399万美元, 逾100亿元, 60多亿元, 15亿元以上, 3667.2亿元人民币, 1 852.35亿元,
// 八十二亿元. Not 数十亿元 / 上千万元 / 超百亿元 (no figure, or a round threshold).
const MONEY =
  /(?<pre>约合人民币|约合|大约|(?<!签)约|接近|将近|近|超过|超|逾|突破|(?<=首)破|不足|不到)?(?<num>\d+(?:[ ,]\d{3})*(?:\.\d+)?|(?<![数上几一二两三四五六七八九十百千])[十百千零〇]?[一二两三四五六七八九][一二两三四五六七八九十百千零〇]{0,7}(?:点[零〇一二三四五六七八九]{1,4})?(?=[多余]?\s*(?:万亿|亿|万)))(?<many>多|余)?\s*(?<mag>万亿|萬億|亿|億|千万|万|萬|千)?(?<many2>多|余)?(?<cur>美元|元)(?:人民币)?(?<post>以上|以下|左右|上下|多)?(?<after>的?(?:项目|企业|大项目|重点项目|工业项目))?/gu;
// A simplified text may still hold a traditional 億/萬 (it is converted only when the whole text is traditional).
const MAGNITUDE: Record<string, number> = { 万亿: 12, 萬億: 12, 亿: 8, 億: 8, 千万: 7, 万: 4, 萬: 4, 千: 3 };

// Growth: 同比增长52.9%, 3451.2亿元（+8.9%）, 增长五成多, 增长1.1倍, 扩大3.2倍, 下降超两成, 降幅达6.3%, 增速依次为-9.2%、…,
// the rate a change came to (降幅收窄至18.5%, 增速回落至5.2%),
// 同比+56.3%, 同比📈15.6% (a post's figures).
// Not a growth: 提高3.8个百分点 (a gap), 增加59家 (no rate).
const GROWTH = new RegExp(
  `(?<verb>(?:增长|增速|增幅)(?:最快|较快|最高|最大)[，,]为?|增长|增加|上升|提高|下降|减少|下滑|回落|降低|扩大|收窄|缩小|(?:增速|增幅|降幅|跌幅)(?:依次|分别|均|都)?(?:为|达到|达|是|(?:收窄|扩大|缩小|回落|提高|加快|放缓|回升)(?:至|到))?|增|降|同比[：:]?(?=\\s*[+-]\\d)|(?<=元[（(]|元[ \\u3000]|^)(?=[+-]\\d)|↑|↓|⬆️?|⬇️?|📈|📉)(?:了)?\\s*(?<pre>超过|超|逾|近|约|接近|将近|达到|达|不足|不到)?(?<num>[+-]?\\d+(?:\\.\\d+)?|[${CN}]+)\\s*(?<unit>%|成|倍)(?<post>多|以上|左右)?(?!\\s*个?百分点)`,
  "gu",
);
const TIMES_LAST_YEAR = /(?:是|为|相当于)(?:上年|去年|上年同期|去年同期)的(?<num>\d+(?:\.\d+)?)倍/gu;
// 收窄/缩小: a surplus or deficit that shrank (顺差同比收窄26.1%).
const NEGATIVE_VERB = /^(?:下降|减少|下滑|回落|降低|收窄|缩小|降|降幅|跌幅|↓|⬇|📉)/u;
// 与去年同期持平 / 同比持平 / 基本持平: a growth of about zero.
// Not 保持平稳 (keeping steady), where 持平 is only two characters of two words.
const FLAT = /(?<!保)(?:基本)?持平(?!稳)/gu;

// Share: 占全省进出口总值的62.5%, 占山西省进出口总额的八成多, 占进出口的比重高达64.8%, 约占全区的9.1%,
// 相当于全国的0.42%; in words, 占全市的三分之一, 占全省比重过半 (not 一半, mostly a kind's part: 产业链项目占了一半以上).
const SHARE = new RegExp(
  `(?<lead>约|接近|将近|近|超过|超|逾|不足|不到)?(?:占|相当于)(?<of>[^，。；：,;]{0,30}?)(?:的)?(?:比重|比例|份额)?(?:为|达到|达|高达|[：:])?(?<pre>约|近|超过|超|逾|突破|不足|不到)?(?<num>\\d+(?:\\.\\d+)?%|[${CN}]+成|[一二三四五六七八九十]分之[一二三四五六七八九]|过半)(?<post>多|以上|左右|上下)?`,
  "gu",
);

const WHOLE_BEFORE_SHARE = /在(?<of>[^，。；：,;在]{2,16}?)中(?:的)?$/u;
const FRACTION = /^(?<den>[一二三四五六七八九十])分之(?<num>[一二三四五六七八九])$/u;

/** A share in words (三分之一, 过半) as a percentage, one decimal; null if it is none. */
function shareInWords(words: string): number | null {
  if (words === "过半") return 50;
  const m = FRACTION.exec(words);
  const den = parseInteger(m?.groups?.den ?? "");
  const num = parseInteger(m?.groups?.num ?? "");
  if (den === null || num === null || num >= den) return null;
  return Math.round((num / den) * 1000) / 10;
}

// Rank: 排名第一, 排第24位, 位居第一位, 居中部第2位, 分列全国第10、第6和第15位, 稳居中部六省省会城市首位, 居各县市区之首.
const RANK = new RegExp(
  `(?<verb>排名|排在|排|居于|位居|居|位列|名列|分列|分居|列|保持)(?<among>[^，。；,;第首]{0,16}?)(?:第(?<num>\\d+|[${CN}]+)(?:位|名)?(?![\\d${CN}大批次期季个])|(?<top>首位|榜首|之首|(?<=居)首(?=[，。；,;]|$)))`,
  "gu",
);
const FIELD_BEFORE =
  /在?(?<field>全国|全省|全市|全区|全球|中部六省|中部地区|西部地区|东部地区|东北地区|西北地区|西南地区)$/u;

/** Places ranked at `positions`, named next (居前三位的是). Also the kind of place ranked (排名前五的省辖市依次是). */
export const rankedAre = (positions: string): string =>
  `(?:居|位居|排名|排在|排|位列)(?:全省|全市|全区)?${positions}(?:位|名)?的(?:[^，。；\\d]{0,6}?)(?:是|为|依次是|依次为)`;
export const TOP_RANKED_ARE = rankedAre("前[\\d二两三四五六七八九十]+");
const RANK_MOVED = new RegExp(
  `^(?:上升|提升|升|前移|跃升|下降|降|跌|回落|后移)(?:至|到|为)第(?<num>\\d+|[${CN}]+)(?:位|名)?`,
  "u",
);
// List continuations are read where the previous item ended (sticky), not on a copy of the rest.
// 分列第二、三位: a later item may leave out its 第 when its 位 follows (分列全省第一、二、三位: the last one's).
const LIST_RANK = new RegExp(
  `(?:、|和|及)(?<among>[^，。；,;第、]{0,10}?)(?:第|(?=(?:\\d+|[${CN}]+)(?:[、和](?:\\d+|[${CN}]+))*(?:位|名)))(?<num>\\d+|[${CN}]+)(?:位|名)?`,
  "uy",
);
const RANK_SPAN = new RegExp(`(?:至|到|—|-|~|～)第?(?<num>\\d+|[${CN}]+)(?:位|名)`, "uy");
const LIST_PERCENT = new RegExp(
  `\\s*(?:、|和|及|与)\\s*(?<pre>超过|超|逾|接近|将近|近|约)?(?<num>-?\\d+(?:\\.\\d+)?|[${CN}]+)(?<unit>%|成|倍)(?<post>多|以上|左右)?(?!\\s*个?百分点)`,
  "uy",
);
const LIST_LEAD = /^\s*(?:、|和|及|与)\s*/u;
// A share of another whole after the first, 占 left out (占全市的78.8%、全省的56.9%).
const NEXT_WHOLE_SHARE =
  /[、和及](?<of>全省|全市|全区|全县|全国|[^，。；、\d]{2,10}?[省市区县])的(?<num>\d+(?:\.\d+)?)%/uy;

function listItemAt(re: RegExp, clause: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(clause);
}

// Projects: 88个转型项目, 三十八个项目, “签约一批”项目20个, 重大项目共有50个, 等14个项目 (subset).
// A qualifier may stand on either side of the number: 逾30个项目, 30多个项目, 项目逾30个.
// Not across a closing bracket: 佛山（31个）签约项目数 is a place's count in brackets.
const COUNT_QUALIFIER = "(?<q>逾|超过|超|将近|接近|近|(?<!签)约|不足|不到)?";
// Thousands may be set apart by a space or a comma (3 618个).
const COUNT_NUM = "\\d{1,3}(?:[ ,]\\d{3})+(?![\\d.])|\\d+";
// (其中的9个项目: some of the projects just counted.)
const COUNT_BEFORE = new RegExp(
  `(?<pre>等|另有|这|该|此|其中的)?${COUNT_QUALIFIER}(?<![第每])(?<num>${COUNT_NUM}|[${CN}]+)(?<many>多|余)?(?:个|项)(?!一批)(?<mid>[^，。；、个：:“”"）)]{0,8}?)项目`,
  "gu",
);
// Also a span of time (四个季度累计签约项目72个, 两个月来).
// Nor a count of places whose projects follow (全市13个开发区本次共签约项目37个).
const NOT_A_COUNT_MID =
  /环节|方面|阶段|类型|批次|^(?:季度|月|年度|年头|星期)|^(?:开发区|园区|产业园|县|市|区|县区|县市区|市州|乡镇|镇|省|城市|地市|分会场)/u;
const STAGE_AFTER = /^[^，。；、]{0,4}(?:签约|开工|动工|投产)/u;
// Part of a batch: 8个代表项目, 部分项目; 现场签约的12个项目, 活动现场，10个重点项目… (those on stage, not the batch).
const SUBSET_WORD = /代表|部分/u;
const KIND_MID = /^(?!重点$|重大$)[\p{Script=Han}]{2,6}$/u;
const ON_SITE = /现场(?:集中)?(?:签约|签订|开工|动工|投产)?(?:了|的)?[，,]?$/u;
const COUNTS_BEFORE = new RegExp(`(?:(?<![\\d${CN}])(?:\\d+|[${CN}]+)个[、和及与])+$`, "u");
const LEAD_COUNT = new RegExp(`(?<num>\\d+|[${CN}]+)个`, "gu");
const LIST_COUNT = new RegExp(`(?:、|和|及)(?<q>约|近|超过|超|逾)?(?<num>\\d+|[${CN}]+)(?:个|项)(?!项目)`, "uy");
// Also after a note on what is counted: 项目（签约、开工、投产合计）21个.
const COUNT_AFTER = new RegExp(
  `项目(?:数量|总数|个数|数)?(?:[（(][^（）()，。；]{1,16}[）)])?[（(]?(?:则|也|虽然|虽)?(?:累计|总计)?(?:(?<resp>分别|依次|各|均)(?<shared>约|近|超过|超|逾|接近|将近|不足|不到)?(?<verb>为|是|有|达到|达)?|共有|共计|合计|共|只有|仅有|有|达到|达|为|是)?${COUNT_QUALIFIER}(?<num>${COUNT_NUM}|[${CN}]+)(?<many>多|余)?(?:个|项)(?![月年])(?<post>以上|左右)?`,
  "gu",
);

// Enterprises with trade: 有进出口实绩的企业8007家, 有进出口实绩的企业共有822家.
// In thousands: 有进出口实绩的企业达2.31万家. In numerals: 有进出口实绩的企业六十三家.
// Also 有进出口实绩的外贸经营主体34862家, 企业达到了536家, 共1 612家, 企业 15 237 家, 有外贸实绩的企业1218家,
// 有进出口记录的企业2183家, 进出口实绩企业达2816家 (no 有), 有进出口实绩的企业79户 (户 for 家).
// And the count it came to from a base (企业由上年的456家增加到528家).
const ENTERPRISES = new RegExp(
  `(?:有(?:进出口|外贸)?|进出口|外贸)(?:实绩|业绩|记录)的?(?:外贸)?(?:企业|经营主体)(?:数量|数)?[：:]?\\s?(?:由[^，。；\\d]{0,6}\\d+家)?(?:首次|已经|已|再次|仅|只有|仅有)?(?:共有|共计|共|有|达到了?|达|为|增至|增加到|增加至|增长到|上升到|上升至)?(?<pre>超过|超|逾|近|约|突破|不足|不到)?(?<num>\\d+(?:[ ,]\\d{3})*(?:\\.\\d+)?|(?![百千万])[${CN}]+(?:万(?=[零〇一二两三四五六七八九])[${CN}]+)?)\\s?(?<wan>万)?(?<many>多|余)?[家户]`,
  "gu",
);

function magnitude(num: string, unit: string): number | null {
  const power = unit === "成" ? 1 : unit === "倍" ? 2 : 0;
  // Scale on the written digits so 1.1倍 is exactly 110.
  if (/^-?\d/u.test(num)) return scaleDecimal(num, power);
  const n = parseInteger(num);
  if (n === null) return null;
  return n * 10 ** power;
}

function base(
  kind: QuantityKind,
  start: number,
  end: number,
  value: number,
  q: Qualifier,
  precision: number,
): Quantity {
  return { kind, start, end, value, qualifier: q, precision, listIndex: 0, respectively: false };
}

// Every match of a family holds a telltale pair of characters (a digit before
// 元, a numeral before %/成/倍, 第 before a numeral, 实绩, 持平) or 占: a
// clause's character features (one pass) tell which families can match at all.
// Most clauses of a page hold none.
const NO_MATCHES: readonly RegExpExecArray[] = [];

// Always an array, so every loop over matches iterates one kind of object.
function matchesIf(possible: boolean, clause: string, re: RegExp): readonly RegExpExecArray[] {
  return possible ? execAll(re, clause) : NO_MATCHES;
}

// A bare number in a list whose unit comes with its last item: 663.8、(进口)460.8亿元.
const UNIT_LATER = /(?<![\d.])(?<num>\d+(?:\.\d+)?)、(?:[^\d、，；。%（）()元个]{0,6})$/u;

/** A numeral (六百二十八, 六百二十八点四) in digits ("628", "628.4"), or null. */
function chineseDecimal(num: string): string | null {
  const [whole = "", fraction] = num.split("点");
  const n = parseInteger(whole);
  if (n === null) return null;
  if (fraction === undefined) return String(n);
  let digits = "";
  for (const ch of fraction) {
    const d = "零〇一二三四五六七八九".indexOf(ch);
    if (d < 0) return null;
    digits += String(Math.max(0, d - 1));
  }
  return `${n}.${digits}`;
}

/** All quantities of a clause, in order of appearance (`features`: the clause's char-features, when known). */
export function scanQuantities(clause: string, features = feature.textFeatures(clause)): Quantity[] {
  const out: Quantity[] = [];
  const rates = (features & feature.RATE) !== 0;
  const shares = (features & feature.SHARE) !== 0;
  const ranks = (features & feature.ORDINAL) !== 0;
  const money = (features & feature.MONEY) !== 0;
  const flat = (features & feature.FLAT) !== 0;
  const enterprises = (features & feature.ENTERPRISES) !== 0;
  if (!(rates || shares || ranks || money || flat || enterprises)) return out;
  const respectively = (rates || shares || ranks) && /分别|分列|分居|依次|各为/u.test(clause);
  for (const m of matchesIf(money, clause, MONEY)) {
    const g = m.groups ?? {};
    const mag = MAGNITUDE[g.mag ?? ""] ?? 0;
    const num = g.num ?? "";
    // 六百二十八点四亿元: a numeral with decimals is read as the digits it stands for.
    const digits = /^\d/u.test(num) ? num : chineseDecimal(num);
    if (digits === null || /^0*(?:\.0*)?$/u.test(digits)) continue;
    const chinese = digits === num ? null : digits;
    const q = base(
      "money",
      m.index + (g.pre?.length ?? 0),
      m.index + m[0].length - (g.after?.length ?? 0),
      scaleDecimal(digits, mag),
      // 12亿多元: 多 between the magnitude and 元.
      qualifierOf(g.pre, g.many ?? g.many2, g.post),
      precisionOf(num),
    );
    q.currency = g.cur === "美元" ? "USD" : "CNY";
    if (g.pre) q.start = m.index;
    if ((g.post === "以上" || g.post === "以下") && g.after) q.threshold = true;
    // Also 超过1亿美元的企业: a size that companies or projects exceed.
    if (g.after && /^的?(?:项目|企业)/u.test(g.after) && (g.post || g.pre)) q.threshold = true;
    out.push(q);
    // 出口663.8、进口460.8亿元, 分别为98.6、55.72亿美元: bare numbers listed before take this one's unit.
    if (chinese === null && !g.pre) {
      for (let at = m.index, lead = UNIT_LATER.exec(clause.slice(0, at)); lead; ) {
        const bare = lead.groups?.num ?? "";
        const item = base(
          "money",
          lead.index,
          lead.index + bare.length,
          scaleDecimal(bare, mag),
          "exact",
          precisionOf(bare),
        );
        item.currency = q.currency;
        out.push(item);
        at = lead.index;
        lead = UNIT_LATER.exec(clause.slice(0, at));
      }
    }
  }
  // 同比翻了一番: doubled, a growth of 100 % (翻两番: 300 %).
  if (clause.includes("翻"))
    for (const m of execAll(DOUBLED, clause)) {
      const times = m.groups?.n === "一" ? 1 : 2;
      const q = m.groups?.many ? "more_than" : "exact";
      // The keyword stays outside the figure, for the rule to read (对非洲出口翻了一番).
      const start = m.index + (m.groups?.kw?.length ?? 0);
      out.push(base("growth", start, m.index + m[0].length, (2 ** times - 1) * 100, q, 1));
    }
  // 是上年的3.2倍: this year's level a multiple of last year's, a growth of 220 %.
  if (clause.includes("倍"))
    for (const m of execAll(TIMES_LAST_YEAR, clause)) {
      const times = m.groups?.num ?? "";
      const value = Number(scaleDecimal(times, 2)) - 100;
      if (!(value > 0)) continue;
      out.push(base("growth", m.index, m.index + m[0].length, value, "exact", precisionOf(times)));
    }
  for (const m of matchesIf(rates, clause, GROWTH)) {
    const g = m.groups ?? {};
    if (g.num?.startsWith("+")) g.num = g.num.slice(1);
    const v = magnitude(g.num ?? "", g.unit ?? "");
    if (v === null) continue;
    // 负增长3.2%: a fall.
    const sign =
      NEGATIVE_VERB.test(g.verb ?? "") || (g.verb === "增长" && clause.charAt(m.index - 1) === "负") ? -1 : 1;
    const first = base(
      "growth",
      m.index,
      m.index + m[0].length,
      sign * v,
      qualifierOf(g.pre, g.post),
      precisionOf(g.num ?? ""),
    );
    first.respectively = respectively;
    out.push(first);
    let pos = m.index + m[0].length;
    for (let i = 1; ; i++) {
      const c = listItemAt(LIST_PERCENT, clause, pos);
      if (!c) break;
      const cg = c.groups ?? {};
      const cv = magnitude(cg.num ?? "", cg.unit ?? "");
      if (cv === null) break;
      const lead = c[0].length - c[0].replace(LIST_LEAD, "").length;
      const item = base(
        "growth",
        pos + lead,
        pos + c[0].length,
        sign * cv,
        qualifierOf(cg.pre, cg.post),
        precisionOf(cg.num ?? ""),
      );
      item.listIndex = i;
      item.respectively = respectively;
      out.push(item);
      pos += c[0].length;
    }
  }
  for (const m of matchesIf(flat, clause, FLAT)) {
    out.push(base("growth", m.index, m.index + m[0].length, 0, "about", 1));
  }
  for (const m of matchesIf(shares, clause, SHARE)) {
    const g = m.groups ?? {};
    const num = g.num ?? "";
    const v = num.endsWith("%")
      ? Number(num.slice(0, -1))
      : num.endsWith("成")
        ? magnitude(num.slice(0, -1), "成")
        : shareInWords(num);
    if (v === null) continue;
    const start = m.index + m[0].length - num.length - (g.post?.length ?? 0) - (g.pre?.length ?? 0);
    const first = base(
      "share",
      start,
      m.index + m[0].length,
      v,
      // 过半: more than half.
      num === "过半" && !g.pre && !g.lead ? "more_than" : qualifierOf(g.pre ?? g.lead, g.post),
      precisionOf(num.endsWith("%") || num.endsWith("成") ? num : String(v)),
    );
    // Trimmed: an aside blanked inside the whole's words (占全省（5711.6亿元）的72.3%) leaves spaces.
    first.of = (g.of ?? "").replace(/的$/u, "").trim();
    // 在全省外贸中占比66.7%: the whole named before 占比.
    if (first.of === "比")
      first.of = WHOLE_BEFORE_SHARE.exec(clause.slice(Math.max(0, m.index - 20), m.index))?.groups?.of ?? "比";
    first.respectively = respectively;
    out.push(first);
    let pos = m.index + m[0].length;
    for (let i = 1; ; i++) {
      const c = listItemAt(LIST_PERCENT, clause, pos);
      if (c?.groups?.unit !== "%") break;
      const lead = c[0].length - c[0].replace(LIST_LEAD, "").length;
      const item = base(
        "share",
        pos + lead,
        pos + c[0].length,
        Number(c.groups?.num),
        "exact",
        precisionOf(c.groups?.num ?? ""),
      );
      item.of = first.of;
      item.listIndex = i;
      item.respectively = respectively;
      out.push(item);
      pos += c[0].length;
    }
    const next = listItemAt(NEXT_WHOLE_SHARE, clause, pos);
    if (next?.groups && pos === m.index + m[0].length) {
      const num = next.groups.num ?? "";
      const item = base(
        "share",
        pos + next[0].length - num.length - 1,
        pos + next[0].length,
        Number(num),
        "exact",
        precisionOf(`${num}%`),
      );
      item.of = next.groups.of ?? "";
      out.push(item);
    }
  }
  for (const m of matchesIf(ranks, clause, RANK)) {
    const g = m.groups ?? {};
    let n = g.top ? 1 : parseInteger(g.num ?? "");
    if (n === null || n < 1) continue;
    let end = m.index + m[0].length;
    // 排名由第5位上升至第3位: the rank now is the one it moved to.
    const moved = RANK_MOVED.exec(clause.slice(end));
    const to = moved ? parseInteger(moved.groups?.num ?? "") : null;
    if (moved && to !== null && to >= 1) {
      n = to;
      end += moved[0].length;
    }
    // The field may come first (在全国排第30位, 全省排名第2): it is the ranking's, not a place the figures are about.
    const field = m.index > 1 ? FIELD_BEFORE.exec(clause.slice(Math.max(0, m.index - 7), m.index)) : null;
    const first = base("rank", field ? m.index - field[0].length : m.index, end, n, "exact", 1);
    first.among = field?.groups?.field ?? (g.among?.trim() || undefined);
    first.respectively = respectively;
    out.push(first);
    let pos = m.index + m[0].length;
    // 分列全省第二至四位: the places listed take the ranks of the span in turn.
    const span = g.verb === "分列" || g.verb === "分居" || respectively ? listItemAt(RANK_SPAN, clause, pos) : null;
    const last = span ? parseInteger(span.groups?.num ?? "") : null;
    if (span && last !== null && last > n && last - n <= 10) {
      for (let r = n + 1; r <= last; r++) {
        const item = base("rank", pos, pos + span[0].length, r, "exact", 1);
        item.among = first.among;
        item.listIndex = r - n;
        item.respectively = respectively;
        out.push(item);
      }
      continue;
    }
    for (let i = 1; ; i++) {
      const c = listItemAt(LIST_RANK, clause, pos);
      if (!c) break;
      const cn = parseInteger(c.groups?.num ?? "");
      if (cn === null || cn < 1) break;
      const item = base("rank", pos + 1, pos + c[0].length, cn, "exact", 1);
      item.among = c.groups?.among?.trim() || first.among;
      item.listIndex = i;
      item.respectively = respectively;
      out.push(item);
      pos += c[0].length;
    }
  }
  for (const m of matchesIf(enterprises, clause, ENTERPRISES)) {
    // 新增有进出口实绩的企业58家: how many more, not how many.
    if (clause.slice(Math.max(0, m.index - 2), m.index) === "新增") continue;
    const g = m.groups ?? {};
    const num = g.num ?? "";
    const start = m.index + m[0].lastIndexOf(num);
    const value = /^\d/u.test(num)
      ? scaleDecimal(num.replace(/[ ,]/gu, ""), g.wan ? 4 : 0)
      : (parseInteger(num) ?? 0) * (g.wan ? 10_000 : 1);
    if (value < 1) continue;
    out.push(base("enterprises", start, m.index + m[0].length, value, qualifierOf(g.pre, g.many), precisionOf(num)));
  }
  out.sort((a, b) => a.start - b.start);
  if (money) shareListQualifier(clause, out);
  // Hundreds of digits overflow a double; such a "figure" is noise, and an
  // infinite value would fail the record schema and with it the whole file.
  return out.filter((q) => Number.isFinite(q.value));
}

// 总投资分别约为86亿元、42.5亿元和12.3亿元, 分别超过500亿元、300亿元: a qualifier right after
// 分别 / 依次 / 均 qualifies every amount of the list. Not 分别为约86亿元、42.5亿元 (the first one's own).
const SHARED_QUALIFIER = /(?:分别|依次|均|都|各)(?<q>约|近|接近|将近|大约|超过|超|逾|不足|不到)(?:为|是|达到|达|有)?$/u;
const RESPECTIVE_END = /(?:分别|依次|均|都|各)$/u;
const LIST_GAP = /^\s*[、和及与]\s*$/u;

function shareListQualifier(clause: string, out: Quantity[]): void {
  for (let i = 0; i < out.length; i++) {
    const first = out[i] as Quantity;
    if (first.kind !== "money") continue;
    const before = clause.slice(0, first.start);
    const word = SHARED_QUALIFIER.exec(before)?.groups?.q;
    const shared = word
      ? qualifierOf(word)
      : first.qualifier !== "exact" && RESPECTIVE_END.test(before)
        ? first.qualifier
        : undefined;
    if (shared === undefined) continue;
    if (first.qualifier === "exact") first.qualifier = shared;
    for (let j = i + 1; j < out.length; j++) {
      const item = out[j] as Quantity;
      const prev = out[j - 1] as Quantity;
      if (item.kind !== "money" || !LIST_GAP.test(clause.slice(prev.end, item.start))) break;
      if (item.qualifier === "exact") item.qualifier = shared;
      i = j;
    }
  }
}

// An amount whose unit was set once for the article (1412.6亿元人民币（下同）… 出口658.9亿，…):
// a number and its magnitude, then the clause or a list goes on.
const BARE_AMOUNT =
  /(?<pre>约|近|超过|超|逾)?(?<![\d.])(?<num>\d+(?:\.\d+)?)(?<mag>万亿|亿|万)(?<post>多|左右)?(?=[，。；、和及与）)]|$)/gu;

/** Amounts written without 元 (658.9亿), for an article that said its unit holds from there on (下同). */
export function scanBareAmounts(clause: string, currency: "CNY" | "USD"): Quantity[] {
  const out: Quantity[] = [];
  if (!clause.includes("亿") && !clause.includes("万")) return out;
  for (const m of execAll(BARE_AMOUNT, clause)) {
    const g = m.groups ?? {};
    const num = g.num ?? "";
    const q = base(
      "money",
      m.index,
      m.index + m[0].length,
      scaleDecimal(num, MAGNITUDE[g.mag ?? ""] ?? 0),
      qualifierOf(g.pre, g.post),
      precisionOf(num),
    );
    q.currency = currency;
    out.push(q);
  }
  return out;
}

// Also a project in general (一个项目从签约到投产，要跑多少部门).
const ONE_PER_PROJECT = /^、?一|^从/u;
const ROUND_ONLY = /^[百千万]$/u;

/** Counts of projects in a clause (三十八个项目, 项目20个). */
export function scanProjectCounts(clause: string): Quantity[] {
  const out: Quantity[] = [];
  if (!clause.includes("项目")) return out;
  for (const m of execAll(COUNT_BEFORE, clause)) {
    const g = m.groups ?? {};
    const n = parseInteger(g.num ?? "");
    if (n === null || n < 1) continue;
    // 三个环节的项目, 两类项目: what the projects are grouped by, not a count of them.
    if (NOT_A_COUNT_MID.test(g.mid ?? "")) continue;
    // 近千个: a round size in words, no figure.
    if (ROUND_ONLY.test(g.num ?? "")) continue;
    // 一个滨海文旅综合体项目现场签约: one project named by what it is, not a count of projects.
    // Also written 一个 before its kind (新罗区一个铜箔项目总投资38.6亿元).
    if (n === 1 && (g.mid?.length ?? 0) >= (g.num === "一" ? 1 : 3)) continue;
    // “一个项目、一名领导、一套班子”: a working rule, one project at a time, not a count.
    if (g.num === "一" && ONE_PER_PROJECT.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 2)))
      continue;
    const start = m.index + (g.pre?.length ?? 0) + (g.q?.length ?? 0);
    const end = start + (g.num?.length ?? 0) + (g.many?.length ?? 0) + 1;
    const q = base("count", start, end, n, qualifierOf(g.q, g.many), precisionOf(String(n)));
    const part =
      // 另有15个项目竣工投产: more projects of another stage, not a part of the ones before.
      (g.pre !== undefined && !(g.pre === "另有" && STAGE_AFTER.test(clause.slice(m.index + m[0].length)))) ||
      // 为12个签约项目代表颁发了证书: the projects' representatives, some of them.
      clause.startsWith("代表", m.index + m[0].length) ||
      SUBSET_WORD.test(g.mid ?? "") ||
      // 平遥县签约的3个文旅项目: the stage's projects of one kind.
      (KIND_MID.test(g.mid ?? "") && clause.charAt(m.index - 1) === "的");
    const onSite = !part && ON_SITE.test(clause.slice(Math.max(0, m.index - 10), m.index));
    q.subset = part || onSite;
    if (onSite) q.onSite = true;
    // 5个、6个和4个项目: counts listed before the last one are of the same projects' list.
    const lead = g.pre || g.q ? null : COUNTS_BEFORE.exec(clause.slice(0, m.index));
    if (lead) {
      const items = [...lead[0].matchAll(LEAD_COUNT)];
      let ok = true;
      items.forEach((c, i) => {
        const cn = parseInteger(c.groups?.num ?? "");
        if (cn === null || cn < 1) {
          ok = false;
          return;
        }
        const at = lead.index + (c.index ?? 0);
        const item = base("count", at, at + (c.groups?.num?.length ?? 0) + 1, cn, "exact", precisionOf(String(cn)));
        item.listIndex = i;
        item.subset = q.subset;
        out.push(item);
      });
      if (ok) q.listIndex = items.length;
    }
    out.push(q);
  }
  for (const m of execAll(COUNT_AFTER, clause)) {
    const g = m.groups ?? {};
    const n = parseInteger(g.num ?? "");
    if (n === null || n < 1 || ROUND_ONLY.test(g.num ?? "")) continue;
    if (out.some((o) => o.start >= m.index && o.start < m.index + m[0].length)) continue;
    const q = base(
      "count",
      m.index,
      m.index + m[0].length,
      n,
      qualifierOf(g.q ?? g.shared, g.many, g.post),
      precisionOf(String(n)),
    );
    // 分别约为120个、95个 / 分别超过30个、20个: the qualifier is the list's, each item's.
    const listed = g.shared ?? (g.resp && !g.verb ? g.q : undefined);
    const listQualifier = qualifierOf(listed);
    // 现场签约项目12个: the projects signed on stage, a subset of the batch (or all of it: see onSite).
    q.subset = ON_SITE.test(clause.slice(Math.max(0, m.index - 10), m.index));
    if (q.subset) q.onSite = true;
    out.push(q);
    // 分别签约项目12个、9个、7个: the list goes on after the first count.
    let pos = m.index + m[0].length;
    for (let i = 1; ; i++) {
      const c = listItemAt(LIST_COUNT, clause, pos);
      const cn = c ? parseInteger(c.groups?.num ?? "") : null;
      if (!c || cn === null || cn < 1) break;
      const item = base(
        "count",
        pos + c[0].length - (c.groups?.num?.length ?? 0) - 1,
        pos + c[0].length,
        cn,
        c.groups?.q ? qualifierOf(c.groups.q) : listQualifier,
        precisionOf(String(cn)),
      );
      item.listIndex = i;
      item.subset = q.subset;
      out.push(item);
      pos += c[0].length;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
