import { describe, expect, it } from "vitest";
import { scaleDecimal } from "../../../src/extract/text/decimal";
import { normalise } from "../../../src/extract/text/normalise";
import { parseChineseInteger } from "../../../src/extract/text/numerals";
import { scanQuantities } from "../../../src/extract/text/quantities";

describe("parseChineseInteger", () => {
  it.each([
    ["三十八", 38],
    ["一百零七", 107],
    ["一百零四", 104],
    ["十五", 15],
    ["两", 2],
    ["二〇二一", 2021],
    ["两千三百五十四", 2354],
    ["一万零三百二十六", 10326],
    ["三万", 30000],
    ["二万一千五百", 21500],
  ])("%s → %d", (s, n) => expect(parseChineseInteger(s)).toBe(n));
  it("rejects non-numerals", () => expect(parseChineseInteger("三个")).toBeNull());
  it("rejects spoken shorthand after 万 (两万五 is 25000, stated by no report)", () =>
    expect(parseChineseInteger("两万五")).toBeNull());
});

describe("scaleDecimal (exact, on digit strings)", () => {
  it.each([
    ["552.68", 4, 5526800],
    ["1852.35", 8, 185235000000],
    ["307399", 4, 3073990000],
    ["1.8", 12, 1800000000000],
    ["1 852.35", 8, 185235000000],
    ["0.38", 0, 0.38],
  ])("%s × 10^%d = %d", (s, p, n) => expect(scaleDecimal(s, p)).toBe(n));
});

describe("scanQuantities", () => {
  // [clause (real, with its file), kind, value, qualifier, matched text]
  it.each([
    ["进出口额完成1852.35亿元 (000)", "money", 185235000000, "exact", "1852.35亿元"],
    ["贸易额552.68万元 (000)", "money", 5526800, "exact", "552.68万元"],
    ["总投资逾100亿元 (p17)", "money", 10000000000, "more_than", "逾100亿元"],
    ["预计新增年产值60多亿元 (p17)", "money", 6000000000, "more_than", "60多亿元"],
    ["预计年产值15亿元以上 (p17)", "money", 1500000000, "more_than", "15亿元以上"],
    ["协议总投资约68亿元 (p19)", "money", 6800000000, "about", "约68亿元"],
    ["进出口总值3667.2亿元人民币 (t09)", "money", 366720000000, "exact", "3667.2亿元人民币"],
    ["同比增长52.9% (000)", "growth", 52.9, "exact", "增长52.9%"],
    ["同比增长五成多 (000)", "growth", 50, "more_than", "增长五成多"],
    ["增长1.1倍 (issue)", "growth", 110, "exact", "增长1.1倍"],
    ["扩大3.2倍 (issue)", "growth", 320, "exact", "扩大3.2倍"],
    ["同比下降2.7% (t01)", "growth", -2.7, "exact", "下降2.7%"],
    ["下降超两成 (README)", "growth", -20, "more_than", "下降超两成"],
    ["降幅达6.3% (t03)", "growth", -6.3, "exact", "降幅达6.3%"],
    ["与去年同期持平 (t09)", "growth", 0, "about", "持平"],
    ["占山西省进出口总额的八成多 (000)", "share", 80, "more_than", "八成多"],
    ["占全省进出口总值的62.5% (t11)", "share", 62.5, "exact", "62.5%"],
    ["我市进出口增速排名第一 (000)", "rank", 1, "exact", "排名第一"],
    ["山西进出口总额排第24位 (t03)", "rank", 24, "exact", "排第24位"],
    ["预计年产值八十二亿元 (Chinese numerals)", "money", 8200000000, "exact", "八十二亿元"],
    ["进出口总值一百二十三亿元 (Chinese numerals)", "money", 12300000000, "exact", "一百二十三亿元"],
    ["总量稳居中部六省省会城市首位 (首位)", "rank", 1, "exact", "居中部六省省会城市首位"],
  ])("%s", (clause, kind, value, qualifier, span) => {
    const text = clause.replace(/ \(.*\)$/u, "");
    const q = scanQuantities(text).find((x) => x.kind === kind);
    expect(q).toBeDefined();
    expect(q?.value).toBe(value);
    expect(q?.qualifier).toBe(qualifier);
    expect(text.slice(q?.start, q?.end)).toBe(span);
  });

  it("reads a respectively-list of growth rates with its positions", () => {
    const qs = scanQuantities("分别同比增长两成多、三成多、两倍多");
    expect(qs.map((q) => [q.value, q.qualifier, q.listIndex])).toEqual([
      [20, "more_than", 0],
      [30, "more_than", 1],
      [200, "more_than", 2],
    ]);
  });

  // Near-misses: no growth, money or share may be read from these.
  it.each([
    "比重较去年同期提高3.8个百分点 (t15)",
    "高出同期全国增速15、21.8、5个百分点 (t11)",
    "同比增加971家 (t09)",
    "总投资亿元以上的项目15个 (p05)",
    "出口百万美元以上企业530家 (t07)",
    "总投资超百亿元 (a headline's round threshold)",
    "进出口规模达数十亿元 (no figure)",
    "带动投资上千万元 (no figure)",
  ])("near-miss: %s", (clause) => {
    const qs = scanQuantities(clause.replace(/ \(.*\)$/u, "")).filter((q) => q.kind !== "count");
    expect(qs.filter((q) => !q.threshold)).toEqual([]);
  });

  // [clause (real, with its file), the shares' values and wholes]
  it.each([
    [
      "占全市的78.8%、全省的56.9% (h485-t07: a second whole, 占 left out)",
      [
        [78.8, "全市"],
        [56.9, "全省"],
      ],
    ],
    ["占全省（5711.6亿元）的72.3% (h485-t07: the whole's words around a blanked aside)", [[72.3, "全省"]]],
  ])("shares and their wholes: %s", (clause, expected) => {
    // Asides are blanked before quantities are read, as the clause splitter does.
    const text = clause.replace(/ \(.*\)$/u, "").replace(/（[^）]*）/gu, (m) => " ".repeat(m.length));
    const shares = scanQuantities(text).filter((q) => q.kind === "share");
    expect(shares.map((q) => [q.value, q.of])).toEqual(expected);
  });

  it("marks a threshold amount", () => {
    expect(scanQuantities("其中总投资10亿元以上项目1个")[0]?.threshold).toBe(true);
  });
});

describe("normalise", () => {
  it("joins a sentence broken by a column break and keeps original offsets", () => {
    const original = `${"甲".repeat(45)}推动项\n\n目加快建设。`;
    const n = normalise(original, 0);
    expect(n.text).toBe(`${"甲".repeat(45)}推动项目加快建设。`);
    const i = n.text.indexOf("目");
    expect(original[n.map[i] ?? 0]).toBe("目");
  });
  it("does not join a headline to the next line", () => {
    const n = normalise("我市进出口贸易增速迅猛\n\n本报讯（记者 李静）消息。", 0);
    expect(n.text).toContain("迅猛\n\n本报讯");
  });
  it("folds full-width digits and a full stop used as a decimal point", () => {
    expect(normalise("进出口２０２１亿元，达57。6億元", 0).text).toContain("2021亿元");
    expect(normalise("达57。6億元", 0).text).toBe("达57.6亿元");
  });
  it("converts traditional text only when it is traditional", () => {
    const trad = normalise("前三季度，河南省外貿進出口總值3667.2億元人民幣，與去年同期持平。鄭州海關有關人士介紹。", 0);
    expect(trad.traditional).toBe(true);
    expect(trad.text).toContain("外贸进出口总值3667.2亿元人民币");
    const simp = normalise("项目工作成效显著，营商环境不断优化。", 0);
    expect(simp.traditional).toBe(false);
    expect(simp.text).toContain("显著");
  });
  it("converts the few traditional-only characters of a simplified text, and nothing else", () => {
    const mixed = normalise("全市集中签约項(xiàng)目74个，成效显著，总投资652.3億元。", 0);
    expect(mixed.traditional).toBe(false);
    expect(mixed.text).toBe("全市集中签约项目74个，成效显著，总投资652.3亿元。");
  });
  it.each([
    ["同比增长百分之十九点二。", "同比增长19.2%。", "百分之十九点二"],
    ["占全市的百分之五十。", "占全市的50%。", "百分之五十"],
    ["下降百分之3.5，", "下降3.5%，", "百分之3.5"],
    ["增长百分之零点八", "增长0.8%", "百分之零点八"],
  ])("reads a percentage in words: %s", (original, text, words) => {
    const n = normalise(original, 0);
    expect(n.text).toBe(text);
    // The figure's span maps back to the words it was written in.
    const at = text.indexOf("%");
    const from = text.search(/\d/u);
    expect(original.slice(n.map[from], (n.map[at] ?? 0) + 1)).toBe(words);
  });
  it("drops the spaces around a list's next number (分别为 31 个、45 个)", () => {
    expect(normalise("项目分别为 31 个、45 个、20 个，总投资分别为 186.2 亿元、233.5 亿元。", 0).text).toBe(
      "项目分别为31个、45个、20个，总投资分别为186.2亿元、233.5亿元。",
    );
  });
  it("reads projects counted with 项 as counted with 个, offsets kept; not 项目 or 多项", () => {
    const n = normalise("开工项目118项，分别为19项、15项，多项指标居前。", 0);
    expect(n.text).toBe("开工项目118个，分别为19个、15个，多项指标居前。");
    expect(n.map.length).toBe(n.text.length + 1);
  });
  it("drops tags a scraper left in a text page, a line break for those that break lines, offsets kept", () => {
    const original = '<p>&nbsp;其中，进口12.22亿元。<br/>贸易顺差17.93亿元，<span class="x">扩大</span>40.4%。</p>';
    const n = normalise(original, 0);
    expect(n.text).toBe("\n 其中，进口12.22亿元。\n贸易顺差17.93亿元，扩大40.4%。\n");
    const at = n.text.indexOf("贸易顺差");
    expect(original.slice(n.map[at], n.map[at + 4])).toBe("贸易顺差");
  });
  it("drops a search cache's marks around the words its notice lists, offsets kept; not other brackets (h547-t07)", () => {
    const original =
      "您查询的关键词已被标明：[长沙]  [进出口]  [2019]\n[2019]年[长沙]市实现[进出口]总额2107.4亿元[注1]。";
    const n = normalise(original, 0);
    expect(n.text).toBe("您查询的关键词已被标明：长沙  进出口  2019\n2019年长沙市实现进出口总额2107.4亿元[注1]。");
    const at = n.text.indexOf("2107.4");
    expect(original.slice(n.map[at], n.map[at + 6])).toBe("2107.4");
    expect(normalise("[长沙]市实现[进出口]总额", 0).text).toBe("[长沙]市实现[进出口]总额");
  });
  it("drops markdown's bold marks around words, offsets kept; not a lone pair of stars (h555-t07)", () => {
    const original = "**上半年**，全市有**进出口**实绩的企业6217家。";
    const n = normalise(original, 0);
    expect(n.text).toBe("上半年，全市有进出口实绩的企业6217家。");
    const at = n.text.indexOf("6217");
    expect(original.slice(n.map[at], n.map[at + 4])).toBe("6217");
    expect(normalise("评分：** 4.5", 0).text).toBe("评分：** 4.5");
  });
  it("reads comma-separated lines as a table's cells, offsets kept; not a prose line's thousands (h553-p01)", () => {
    const original = "县（区、市）,项目数（个）,总投资（亿元）\n榆次区,18,86.4\n全年进出口1,852.35亿元，增长5%。";
    const n = normalise(original, 0);
    expect(n.text).toBe(
      "县（区、市）\t项目数（个）\t总投资（亿元）\n榆次区\t18\t86.4\n全年进出口1,852.35亿元，增长5%。",
    );
    const at = n.text.indexOf("86.4");
    expect(original.slice(n.map[at], n.map[at + 4])).toBe("86.4");
    // A line alone with two commas is no table.
    expect(normalise("地区,进出口,同比\n", 0).text).toBe("地区,进出口,同比\n");
  });
  it("keeps a less-than sign that opens no tag (<5%)", () => {
    expect(normalise("增速<5%，", 0).text).toBe("增速<5%，");
  });
  it("leaves a percentage it cannot state as it is (百分之十几)", () => {
    expect(normalise("增长百分之十几。", 0).text).toBe("增长百分之十几。");
  });
  it.each([
    ["总投资13 2.6亿元；", "总投资132.6亿元；"],
    ["进出口总值106. 82亿元，同比增长35.6%", "进出口总值106.82亿元，同比增长35.6%"],
    // Not a list's number before a year, nor two numbers of a table row.
    ["1. 2023年全市进出口总值增长5%。", "1. 2023年全市进出口总值增长5%。"],
    ["鹿城区 12 86.4亿元", "鹿城区 12 86.4亿元"],
    // A decimal point set apart (h189-p05, t09), thousands in two groups, a qualifier apart from its number.
    ["进出口412 . 7亿元，增长2 . 7%；", "进出口412.7亿元，增长2.7%；"],
    ["下降12 .9%，", "下降12.9%，"],
    // A space after the point, the number set apart before (h299-t03).
    ["进口 76. 85亿美元。", "进口76.85亿美元。"],
    // A measure's word one space before its figure and unit (h548-p01); not a table's bare figures.
    ["签约项目 5个｜总投资 31.2亿元", "签约项目5个｜总投资31.2亿元"],
    ["签约项目 12 36.5", "签约项目 12 36.5"],
    ["进出口1 503 826万美元，", "进出口1503826万美元，"],
    ["总投资约 1 250亿元，", "总投资约1250亿元，"],
  ])("joins an amount a space splits, on a prose line: %s", (original, text) => {
    expect(normalise(original, 0).text).toBe(text);
  });
  it.each([
    [
      "a header cutting a sentence: the sentence goes on",
      "“开工一批”项目42\n个，\n太原日报 2023年4月12日 第3版\n总投资213.76亿元。",
      "“开工一批”项目42\n个，总投资213.76亿元。",
    ],
    [
      "a page turned inside a sentence, a page number and blank lines around the header (h217-t07)",
      "全年全省有进出口实绩的\n\n3\n\n山西日报 2024年1月20日 星期六 第4版 经济\n\n外贸企业1583家，比上年增加62家。",
      "全年全省有进出口实绩的外贸企业1583家，比上年增加62家。",
    ],
    [
      "a page turned after a sentence's end: the paragraphs stay apart",
      "全省进出口1586.9亿元。\n\n3\n\n山西日报 2024年1月20日 星期六 第4版 经济\n\n12月份，全省进出口156.3亿元。",
      "全省进出口1586.9亿元。\n\n3\n\n山西日报 2024年1月20日 星期六 第4版 经济\n\n12月份，全省进出口156.3亿元。",
    ],
    [
      "a header after a sentence's end: the next line keeps its start",
      "共推进项目126个。\n河南日报  2022年10月21日  星期五  要闻 3\n从地市看，郑州市进出口增长9.1%。",
      "共推进项目126个。\n从地市看，郑州市进出口增长9.1%。",
    ],
    [
      "a footer closing the page stays (a blank line after it)",
      "共推进项目126个。\n太原日报 2023年4月12日 第3版    本版编辑 郝雁\n\n下一篇",
      "共推进项目126个。\n太原日报 2023年4月12日 第3版    本版编辑 郝雁\n\n下一篇",
    ],
    [
      "a dated sentence with a weekday is prose, not a header",
      "进出口增长9.1%，\n2022年10月21日（星期五），海关发布数据，\n出口增长12%。",
      "进出口增长9.1%，\n2022年10月21日（星期五），海关发布数据，\n出口增长12%。",
    ],
  ])("takes out a page header repeated inside a paragraph: %s", (_label, original, text) => {
    const n = normalise(original, 0);
    expect(n.text).toBe(text);
    const at = n.text.indexOf("总投资");
    if (at >= 0) expect(original.slice(n.map[at], (n.map[at] ?? 0) + 3)).toBe("总投资");
  });
  it.each([
    [
      "a framed table: outer pipes go, inner ones become tabs, the rule line goes",
      "| 地区 | 进出口 |\n|---|---:|\n| 太原市 | 1852.35 |\n",
      "地区\t进出口\n太原市\t1852.35\n",
    ],
    ["a table with no frame", "单位 | 签约项目\n禹州市 | 9个\n", "单位\t签约项目\n禹州市\t9个\n"],
    // One line with a pipe, no table around it: a site's menu or a title, left as it is.
    ["a lone line with a pipe", "首页 | 新闻\n正文第一段。", "首页 | 新闻\n正文第一段。"],
  ])("reads a pipe table as a tab-separated one: %s", (_label, original, text) => {
    const n = normalise(original, 0);
    expect(n.text).toBe(text);
    // Cells keep their offsets into the original.
    const at = n.text.indexOf("9个") >= 0 ? n.text.indexOf("9个") : n.text.indexOf("1852.35");
    if (at >= 0) expect(original.charAt(n.map[at] ?? 0)).toBe(n.text.charAt(at));
  });
  it.each([
    ["总投资217.4亿，涉及新材料", "总投资217.4亿元，涉及新材料"],
    ["签约项目18，总投资74.3亿园；", "签约项目18个，总投资74.3亿元；"],
    ["出口增涨12.5%。", "出口增长12.5%。"],
    // Not a count of people, nor a number with its thousands set apart, nor 亿 before its unit's next word.
    ["接待游客1.2亿人次。", "接待游客1.2亿人次。"],
    ["累计签约项目1,046个。", "累计签约项目1,046个。"],
    ["总投资12亿美元。", "总投资12亿美元。"],
  ])("restores a unit a careless writer left out or mistyped: %s", (original, text) => {
    const n = normalise(original, 0);
    expect(n.text).toBe(text);
    expect(n.map.length).toBe(n.text.length + 1);
  });
  it.each([
    ["2月25日，全市签 约项目24个，总投资56.2亿元。", "2月25日，全市签约项目24个，总投资56.2亿元。"],
    // A dateline's space at the line's start, a headline's between its phrases: kept.
    ["运城新闻网讯 今年前4个月，运城市外贸进出口55.56亿元。", "运城新闻网讯 今年前4个月，运城市外贸进出口55.56亿元。"],
    ["晋城开发区签约项目12个 总投资87.3亿元", "晋城开发区签约项目12个 总投资87.3亿元"],
  ])("drops a space left inside a sentence's words: %s", (original, text) => {
    expect(normalise(original, 0).text).toBe(text);
  });
  it("drops pinyin noise", () => {
    expect(normalise("“签约一批”项(xiàng)目3个", 0).text).toBe("“签约一批”项目3个");
  });
});
