import { describe, expect, it } from "vitest";
import { columnBreaks } from "../../../src/extract/text/column-breaks";

// One real line pair per row: the text before a blank line, the text after
// it, and whether the blank line is a column break (the sentence goes on) or
// a real break (a headline, a paragraph end).
type Row = [label: string, before: string, after: string, joined: boolean];

const ROWS: Row[] = [
  // Column breaks.
  [
    "a long body line cut mid-sentence",
    "4月25日上午，全市重大项目集中开工签约活动在大丰区主会场举行，各县",
    "（市、区）设分会场。",
    true,
  ],
  ["a short fragment cut inside a number", "全市进出口总值17", "95.5亿元，比2019年同期增长", true],
  ["a short fragment cut at a decimal point", "签约项目5个，总投资28", ".6亿元，预计年产值", true],
  ["a break before a comma", "预计年产值92.04亿元", "，预计带动就业", true],
  ["a break before 、", "签约、动工", "、投产项目分别为62个、48个、35个", true],
  ["a word's last character before a comma", "外贸经营主体持续壮", "大，全市有进出口实绩的企业达3862家", true],
  [
    "a heading before a paragraph opening with a two-character time word",
    "外贸经营主体持续壮大",
    "近日，全市有进出口实绩的企业达3862家",
    false,
  ],
  ["a keyword cut from its figure", "我市对欧盟进出口", "2.16亿元，增长5.6%。", true],
  ["a word run across the break (其他 / 成员国)", "一季度，我市对RCEP其他", "成员国进出口37.2亿元", true],
  ["a word run across the break (一带一 / 路)", "河南省对“一带一", "路”沿线国家进出口", true],
  ["a list mark at the end of the line", "1至", "4月份，我市进出口28.6亿元", true],
  ["a period word cut (一季度、二 / 季度)", "分季度看，一季度、二", "季度、三季度和四季度分别进出口", true],
  ["an ordinal cut from its batch", "我市二〇二四年第", "二十一期重大项目集中开工活动举行", true],
  ["a year cut from its batch", "全省开发区2023年", "第四次“三个一批”活动", true],
  ["a rate cut from 成多", "同比增长两", "成多。1~11月，全市", true],
  ["a place word (全市) before what it owns", "占全市", "外贸总值的47.2%", true],
  ["分别 before its verb", "樊城区、襄州区分别", "开工建设项目24个、21个", true],
  ["是 before its count", "这次集中开工的项目是", "五十二个，总投资", true],
  ["Latin letters cut (RC / EP)", "今年前三季度，我市对RC", "EP其他成员国进出口", true],
  ["a full stop cannot start a line", "全年全省有进出口实绩的企业10.3万家", "。12月，全省进出口4312.6亿元", true],
  ["a range mark cannot start a line", "从贸易伙伴看，欧盟为我市第一大贸易伙伴，1", "—5月对欧盟进出口842.7亿元", true],
  ["分别为 cannot start a line", "各省辖市中，郑州市签约、开工、投产项目", "分别为136个、158个、112个", true],
  ["中， cannot start a line", "市发改委相关负责人说，本次活动项目", "中，战略性新兴产业项目占比达到43%", true],
  [
    "a place's suffix cut from its name (南海 / 区)",
    "五区中，顺德区、南海",
    "区进出口分别为1526.4亿元和1387.2亿元",
    true,
  ],
  ["a period word cut after 前", "东盟继续保持广西第一大贸易伙伴地位。前", "三季度，广西对东盟进出口2013.6亿元", true],
  ["a partner after 对 with no figure yet", "同期，东莞对RCEP", "其他成员国进出口2864.7亿元", true],
  ["共 / 有 run across the break", "分县区看，潞州区此次共", "有12个项目参加，总投资约60亿元", true],
  [
    "a clause mark after a closing bracket",
    "1—9月份，全市进出口总额完成28436万美元（去年同期为30842万美元）",
    "，同比下降7.8%，降幅比上半年收窄4.3个百分点。",
    true,
  ],
  ["a short line opened by 其中，", "其中，大亚湾经济技术", "开发区签约项目11个，总投资约230亿元", true],
  [
    "a short line with a full stop inside",
    "重大项目已完成投资836亿元。我们将力争二季度再",
    "集中开工项目500个以上",
    true,
  ],
  ["a word run across the break (签约金 / 额)", "活动现场还集中签约招商引资项目45个，签约金", "额逾300亿元", true],
  ["a keyword, then 达到 and its figure", "截至10月底，全市有进出口实绩的企业", "达到186家。10月当月", true],
  // Real breaks.
  [
    "a numbered section's heading after a long label line (h239-t08)",
    "进出口总值：312.75亿元；同比：下降6.3%；占全省：6.8%；全省排名：第2位",
    "二、9月当月",
    false,
  ],
  [
    "a headline, then the dateline paragraph",
    "全省第三次项目集中签约开工投产活动举行 我市68个项目集中签约",
    "9月11日，全省2024年第三次重大项目集中签约",
    false,
  ],
  [
    "a headline ending with a count, then a second headline line",
    "太原经开区第三次“三个一批”活动举行 集中开工项目46个",
    "总投资386.5亿元 涵盖新材料",
    false,
  ],
  [
    "a headline starting with a count is no continuation",
    "盐城日报 2024年4月26日 星期五 第2版·要闻 责任编辑：周蕾",
    "126个项目同步开工 74个项目集中签约",
    false,
  ],
  [
    "a paragraph that ends a sentence",
    "全市进出口总值1852.35亿元，同比增长52.9%。",
    "从贸易方式看，一般贸易进出口",
    false,
  ],
  ["a short headline, then a byline", "外贸开局稳中有进", "本报讯（记者 张某）记者从太原海关获悉", false],
  [
    "the last of a list's lines, place: figures (新乡市：签约26个，开工39个，投产31个)",
    "洛阳市：签约41个，开工66个，投产45个\n新乡市：签约26个，开工39个，投产31个",
    "开工项目数居前三位的是郑州、洛阳、南阳。",
    false,
  ],
  [
    "rows of a place list set apart by blank lines (太原市　签约项目41个… ⏎⏎ 大同市　签约项目27个…)",
    "太原市　签约项目41个，开工项目38个，投产项目33个",
    "大同市　签约项目27个，开工项目25个，投产项目24个",
    false,
  ],
  [
    "a post's line closing on a rate, then a label line (市场方面): the post's own line break",
    "4月当月，全市进出口7.36亿元，同比增长4.5%，环比增长11.9%",
    "市场方面",
    false,
  ],
  [
    "an amount cut from what it amounts to (亿元⏎⏎人民币)",
    "据海关统计，今年前三季度，全市进出口总值达到了1852.35亿元",
    "人民币，同比增长",
    true,
  ],
  [
    "a short line right under a paragraph's end (one paragraph a line) opens a paragraph, cut by a column break",
    "今年1—10月，全省进出口总值1352.3亿元，同比增长12.6%，增速高于全国平均水平。\n对“一带一路”沿线国家",
    "进出口96.8亿元，增长35.2%。",
    true,
  ],
  [
    "a headline's last line ending on an ordinal, then a byline",
    "总量稳居全省第二",
    "本报讯（全媒体记者 杨磊）记者从宜昌海关获悉",
    false,
  ],
  ["a section heading naming 对外经济", "八、对外经济", "全年全市货物进出口总值突破1000亿元", false],
  [
    "a table's last row, its bare numbers ending the table",
    "晋城经开区 4 3 3",
    "8月26日，在晋城经济技术开发区主会场",
    false,
  ],
  [
    "one character alone on its line, cut from the paragraph it opens (郑 / 州市进出口…)",
    "郑",
    "州市进出口2486.3亿元，增长9.4%，占全省的64.7%；郑州新郑综合保税区进出口2008.5亿元。",
    true,
  ],
  ["a two-character label over a headline stays a label (短评 / 外贸…)", "短评", "外贸“稳”中有“进”", false],
];

describe("column breaks", () => {
  it.each(ROWS)("%s", (_label, before, after, joined) => {
    const text = `${before}\n\n${after}`;
    const ranges = columnBreaks(text);
    expect(ranges.length > 0).toBe(joined);
    if (joined) expect(ranges[0]).toEqual([before.length, before.length + 2]);
  });
});

describe("a page number between the halves of a sentence", () => {
  it("goes with the break, the sentence joined across it", () => {
    const before = "对美国进出口221.47亿元，增长6.3%；对东盟进出口";
    const text = `${before}\n\n— 1 —\n\n198.06亿元，增长9.6%。`;
    expect(columnBreaks(text)).toEqual([[before.length, before.length + "\n\n— 1 —\n\n".length]]);
  });

  it("stays a page's number after a sentence that ended", () => {
    const text = "对东盟进出口198.06亿元，增长9.6%。\n\n— 1 —\n\n对“一带一路”沿线国家进出口408.12亿元。";
    expect(columnBreaks(text)).toEqual([]);
  });
});
