import { execAll } from "./exec-all";
import { PLACE_ITEM_LINE } from "./list-lines";

// A newspaper column break shows up in scraped text as a blank line in the
// middle of a sentence (sometimes mid-word: 推动项 / 目加快). A paragraph
// break follows end punctuation, and a headline is a short line; so a blank
// line is a column break when the text before it is a long line that does
// not end a sentence and the text after it carries on with a character.
//
// Accepted shape: "…改造提升传统优势产业和\n\n发展壮大…" (sample page, six times).
// A page's number between the two halves (对东盟进出口⏎⏎— 1 —⏎⏎198.06亿元) goes with the break.
const BLANK_RUN =
  /\n[ \t\u3000]*(?:\n[ \t\u3000]*)+(?:[—－-][ \t]*\d{1,4}[ \t]*[—－-][ \t\u3000]*(?:\n[ \t\u3000]*){2,})?/gu;
// A line leading into a list (各开发区亮点纷呈——, 一起来看👇) ends its block too.
// So does a page number (— 1 —).
const SENTENCE_END = /[。！？!?；;：:」』”"）)…]$|摄$|——$|👇$|^[—－-]\s*\d{1,4}\s*[—－-]$/u;
const CONTINUES = /^[\p{Script=Han}\d%A-Za-z“"（(，、；：。.,．%％）)”—\-~～]/u;

const MIN_LINE = 40;
// A shorter line with two clause breaks is body text too (其中，潞州区签约项目8个，总投资71.2亿元，项目主要集中在):
// a headline has one comma at most.
const CLAUSE_BREAKS = /[，；][^，；]*[，；]/u;
// Nor is a headline written with a full stop inside it (…贸易伙伴地位。前), nor opened as a
// paragraph goes on (其中，大亚湾经济技术 / 从贸易方式看，市场采购贸易方式 / 答：南宁、柳州).
const BODY_ONLY = /。(?!$)|^(?:其中[，,]|答[：:]|问[：:]|据了解|据悉|记者从)|^(?:从|分)[^，。]{1,10}看[，,：:]/u;
// A short line may still be cut mid-word: a word of the trade that the break
// runs through (同比增 / 长52.3%, 其他 / 成员国, 一带一 / 路), or a figure cut from
// its unit (56.8亿 / 元) or from its start (进出口 / 2.16亿元).
const WORDS = [
  "进出口",
  "一带一路",
  "其他成员国",
  "个项目",
  "重大项目",
  "重点项目",
  "同步",
  "签约项目",
  "开工项目",
  "投产项目",
  "动工",
  "分别",
  "完成",
  "实现",
  "当月",
  "计划",
  "举行",
  "活动",
  "成员国",
  "沿线国家",
  "总投资",
  "投资额",
  "达产后",
  "年产值",
  "有进出口实绩",
  "共有",
  "签约金额",
  "协议",
  "双边贸易",
  "贸易额",
  "比上年",
  "本次活动",
  "参加活动",
  "比重",
  "占比",
  "季度",
  "月份",
  "顺差",
  "逆差",
  "外贸",
  "集中",
  "重点",
  "重大",
  "推进",
  "累计",
  "增长",
  "下降",
  "减少",
  "同比",
  "亿元",
  "万元",
  "美元",
  "项目",
  "投资",
  "出口",
  "进口",
  "贸易",
  "企业",
  "总值",
  "总额",
  "签约",
  "开工",
  "投产",
  "百分点",
  // A zone's name cut in two (太原武宿综合保⏎⏎税区进出口…, 长治高新技术产业开⏎⏎发区进出口…).
  "综合保税区",
  "开发区",
  "高新区",
  "经开区",
  "综保区",
];
const FIGURE_END = /[\d.亿万]$/u;
const UNIT_START = /^(?:元|美元|亿|万|%|个|家|吨)/u;
// Text no paragraph or headline starts with: a clause mark, a closing mark, a
// decimal point (28⏎⏎.6亿元), 等 or 的, an amount with its unit (2.16亿元，增长…), or
// the end of a period or rate word (一季度、二⏎⏎季度, 1⏎⏎—2月, 两⏎⏎成多), or one character before a clause mark
// (外贸经营主体持续壮⏎⏎大，全市…: the last character of a word).
const ONLY_CONTINUES =
  /^(?:[，、；：。.,．%％）)”等的]|中[，,]|(?![但而且故又再则即])\p{Script=Han}[，；]|项目\d|(?:分别|依次)(?:为|是|达|有|增长|下降|占)|[区县市旗](?:[、和与及]|进出口|出口|进口|外贸|签约|开工|投产|共|累计|实现|完成)|\d+(?:\.\d+)?(?:亿|万|元|%)|季度|月份?|[—\-~～]\d|成(?:多|以上|左右|[，。])|倍|多[，。；])/u;
const CUT_NUMBER = /[\d.．]$/u;
const LONE_CHARACTER = /^\p{Script=Han}$/u;
const SECTION_NUMBER = /^[一二三四五六七八九十]{1,2}、/u;
// A line closing on a rate or an amount (…环比增长11.9% / …进出口5.21亿元) before a line opening
// a new statement (市场方面, 对东盟…): in a sentence a clause mark would stand between them, so
// the blank line is a post's own line break, not a column break.
const FIGURE_CLOSED = /(?:\d[%％]|\d(?:[亿万千百])?(?:美元|元))$/u;
const AFTER_FIGURE_GOES_ON = /^(?:[和与及、的等或]|以上|以下|左右|上下|人民币|美元|元|多|之|增长|下降|同比)/u;
const CLAUSE_MARK_START = /^[，、；：。]/u;
// A line no headline ends with: a list mark, a word that needs what follows (对, 和, 的 …),
// a range mark (1至⏎⏎4月份), an ordinal or a batch without its noun (第⏎⏎二十一期, 第四批⏎⏎“三个一批”),
// an opening quote, a year (2023年⏎⏎第四次), a numeral (二百一十五⏎⏎个)
// or a place word (占全市⏎⏎外贸总值).
const OPEN_END =
  /(?:[、，和与及对在从向把被将比占的至到—\-~～]|分别|依次|第[\d一二三四五六七八九十]*[批次期]?|[“"]|\d{4}年|今年前|(?:全|我|本)[省市区县]|(?<!第)[零〇两三四五六七八九百千])$/u;
// A word that a figure follows, then a figure: 增长⏎⏎3.2%, 进出口⏎⏎2.16亿元, 项目⏎⏎86个.
const BEFORE_FIGURE =
  /(?:增长|下降|达到|达|为|是|(?<!签)约|超过|超|逾|近|共|(?<![统设])计|占|完成|实现|进出口|出口|进口|总投资|投资|产值|项目|企业)$/u;
const FIGURE_START = /^(?:达到|达|为|共计|共|约|近|超过|超|逾|突破)?[\d零〇一二两三四五六七八九十百千]/u;

// 前⏎⏎三季度, 前⏎⏎5个月: a period word cut after its first character.
const PERIOD_AFTER_QIAN = /^(?:[一二三两四五六七八九十]|\d)+(?:季度|个?月)/u;
// 对RCEP⏎⏎其他成员国: a partner named after 对 with no figure yet.
const PARTNER_OPEN = /[，；][^，。；]*对(?!外)[^，。；、]{1,8}$/u;

// Set in by spaces maybe, and with empty cells (保康县  /  /  6  29.4).
const TABLE_ROW = /^[ \t\u3000]*[^\s，。；：]{2,16}(?:[ \t\u3000]+(?:[\d.,%]+|[—–/／-]{1,2})){2,}$/u;
const BYLINE_START = /^(?:本报讯|本报记者|[（(](?:全媒体)?记者|新华社|[^，。\s]{0,6}讯[ （(])/u;
// A page's masthead (太原日报  2023年12月6日  星期三  第3版  责任编辑：李静) is none either.
const MASTHEAD = /星期[一二三四五六日天]|第\s*\d+\s*版|责任编辑|责编/u;
// A site's menu (首页 | 新闻 | 财经 | 地方) is no sentence to go on.
const NAVIGATION = /[|｜](?:[^|｜]*[|｜]){2}/u;

/** Whether a word of WORDS runs across the join of `before` and `after`. */
function runsAcross(before: string, after: string): boolean {
  const tail = before.slice(-5);
  const joined = tail + after.slice(0, 5);
  for (const word of WORDS) {
    for (let at = joined.indexOf(word); at >= 0; at = joined.indexOf(word, at + 1)) {
      if (at < tail.length && at + word.length > tail.length) return true;
    }
  }
  return false;
}

function cutMidWord(before: string, after: string): boolean {
  return (
    runsAcross(before, after) ||
    (FIGURE_END.test(before) && UNIT_START.test(after)) ||
    ONLY_CONTINUES.test(after) ||
    (CUT_NUMBER.test(before) && /^[\d.．]/u.test(after)) ||
    OPEN_END.test(before) ||
    (BEFORE_FIGURE.test(before) && FIGURE_START.test(after)) ||
    (/[A-Za-z]$/u.test(before) && /^[A-Za-z]/u.test(after)) ||
    (/前$/u.test(before) && PERIOD_AFTER_QIAN.test(after)) ||
    PARTNER_OPEN.test(before)
  );
}

function lineAt(text: string, start: number): string {
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end).trimEnd();
}

function lastListItem(text: string, lineStart: number, line: string): boolean {
  if (!PLACE_ITEM_LINE.test(line) || /[，,、]$/u.test(line)) return false;
  const previous = text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, Math.max(0, lineStart - 1)).trim();
  return PLACE_ITEM_LINE.test(previous) || /[：:]$/u.test(previous);
}

// A page set one paragraph a line with no blank line between them: a line right under a sentence's end
// (…增长12.6%。⏎其中，出口91.4亿元 / …。⏎对“一带一路”沿线国家⏎⏎进出口96.8亿元) opens a paragraph, which a
// headline, set apart by a blank line, does not.
const PARAGRAPH_END = /[。！？!?；;][”」』）)]?$/u;

function opensParagraph(text: string, lineStart: number): boolean {
  if (lineStart < 2 || text.charCodeAt(lineStart - 1) !== 0x0a) return false;
  const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
  const previous = text.slice(prevStart, lineStart - 1).trim();
  return previous.length >= MIN_LINE && PARAGRAPH_END.test(previous);
}

/** Ranges [start, end) of whitespace to delete to rejoin sentences broken across columns. */
export function columnBreaks(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of execAll(BLANK_RUN, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const before = text.slice(lineStart, start).trimEnd();
    if (NAVIGATION.test(before) || MASTHEAD.test(before)) continue;
    const after = text.slice(end, end + 8);
    // A byline opens an article's body (总量稳居全省第二⏎⏎本报讯（记者…）): the headline ends before it.
    if (BYLINE_START.test(after)) continue;
    // The last of a list's items one a line (…如下：⏎郑州市：签约68个，开工103个⏎新乡市：签约26个，开工39个) ends the list.
    if (lastListItem(text, lineStart, before) && !ONLY_CONTINUES.test(after)) continue;
    // Rows of such a list set apart by blank lines (如下：⏎⏎太原市　签约项目41个…投产项目33个⏎⏎大同市　签约…).
    if (PLACE_ITEM_LINE.test(before) && PLACE_ITEM_LINE.test(lineAt(text, end))) continue;
    // A table's last row (晋城经开区　4　3　3) ends the table: 3⏎⏎8月26日 is no number cut in two.
    if (TABLE_ROW.test(before) && !CLAUSE_MARK_START.test(after)) continue;
    // …全省排名：第2位⏎⏎二、9月当月: a numbered section's heading opens a part of its own.
    if (SECTION_NUMBER.test(after) && !OPEN_END.test(before)) continue;
    // （去年同期为30842万美元）⏎⏎，同比下降7.8%: a clause mark goes on whatever the line ended with.
    if (SENTENCE_END.test(before) && !CLAUSE_MARK_START.test(after)) continue;
    if (
      FIGURE_CLOSED.test(before) &&
      /^\p{Script=Han}/u.test(after) &&
      !AFTER_FIGURE_GOES_ON.test(after) &&
      !runsAcross(before, after)
    )
      continue;
    // 郑⏎⏎州市进出口2486.3亿元，…: one character alone on its line, cut from the paragraph it opens.
    const lone = LONE_CHARACTER.test(before) && lineAt(text, end).length >= MIN_LINE;
    if (
      before.length < MIN_LINE &&
      !lone &&
      !cutMidWord(before, after) &&
      !CLAUSE_BREAKS.test(before) &&
      !BODY_ONLY.test(before) &&
      !opensParagraph(text, lineStart)
    )
      continue;
    if (!CONTINUES.test(after)) continue;
    out.push([start, end]);
  }
  return out;
}
