import { describe, expect, it } from "vitest";
import { mayOpenList, resolveHome, spellOutWhole, subjectRegions } from "../../../src/extract/resolve/regions";

// Which places a clause names as the subject of its figures (names after
// 与/对/占/是 … are not), for a document at home in 郑州市.
const home = resolveHome("郑州市", "");
const subjects = (clause: string) =>
  subjectRegions(clause, { home, seenZones: [] }).map((h) => [clause.slice(h.start, h.end), h.region.name]);

describe("subjectRegions", () => {
  it.each([
    ["郑州新郑综合保税区仍是全市外贸的压舱石", [["郑州新郑综合保税区", "郑州新郑综合保税区"]]],
    ["这是郑州市外贸的重要支撑", []],
    ["增速最快的是洛阳市", [["洛阳市", "洛阳市"]]],
    ["郑州对东盟进出口", [["郑州", "郑州市"]]],
    ["占全省外贸总值的67.8%", []],
  ])("%s", (clause, expected) => {
    expect(subjects(clause)).toEqual(expected);
  });
});

// With no front matter the text itself names its home: the place it names most,
// or, for a text that speaks only of 全省/我省, that place's province.
describe("resolveHome without front matter", () => {
  it.each([
    [
      "a provincial report held at its capital's main venue",
      "全省第十期“三个一批”活动在郑州主会场举行。全省共签约项目520个。洛阳市开工项目92个。",
      "河南省",
    ],
    [
      "a city report naming its province",
      "我市第五批“三个一批”活动举行。太原市签约项目38个，全省共签约项目310个。",
      "太原市",
    ],
    ["an office's place is not the subject", "太原海关消息，晋中市进出口增长12%，晋中市出口增长8%。", "晋中市"],
    ["no place at all", "进出口增长12%。", "中国"],
    [
      "a zone's own report: 全区 more than 全市, the zone named again and again",
      "运城经济技术开发区组织区内项目同步参加。本次活动，全区共有19个项目集中签约、开工、投产。其中，签约项目8个，占全市本次签约项目总数的42.1%。截至11月底，全区今年累计完成投资41.7亿元。下一步，运城经开区将实行包联机制。",
      "运城经济技术开发区",
    ],
    [
      "a zone's own report naming no city or province, the zone named again and again",
      "郑州航空港区27个重点项目集中签约开工投产。1月16日，郑州航空港经济综合实验区（以下简称航空港区）2024年首批重点项目集中签约、开工、投产活动举行。今年，航空港区计划实施重点项目260个。",
      "郑州航空港经济综合实验区",
    ],
    [
      "a district's report says 全区 too: the district, not a zone it names once",
      "綦江区举行重大项目集中开工活动。全区集中开工项目18个，其中綦江工业园区6个。綦江区将强化要素保障，全区上下合力推进。",
      "綦江区",
    ],
    [
      "a zone named twice and no division but the province in its own name",
      "32个重大项目集中签约开工投产！天府新区一季度“开门红”。3月21日，四川天府新区2024年一季度重大项目集中签约开工投产活动在天府总部商务区举行。",
      "天府新区",
    ],
    [
      "a zone named twice beside a division of its own: the division",
      "天府新区一季度“开门红”。3月21日，四川天府新区重大项目集中签约活动举行，成都市32个项目签约。",
      "成都市",
    ],
    [
      "an autonomous region's paper: 全区 is the region, not the city it names most",
      "全区第二批重大项目集中开竣工。20日，广西壮族自治区2024年第二批重大项目集中开工竣工投产活动在南宁市主会场举行。本批次全区集中开工竣工投产项目1064个。南宁市开工项目88个。",
      "广西壮族自治区",
    ],
  ])("%s", (_label, text, expected) => {
    const home = resolveHome(undefined, text);
    expect(home.region.name).toBe(expected);
    expect(home.inferred).toBe(true);
  });
});

// The whole a share is of names its place: 全省 means nothing in a dataset of many provinces.
// The first item of a list a sentence may open with (伊川县、偃师区、孟津区分会场…): only a place, the paper's own
// or a zone can start one; a phrase of prose (以更实举措、更优服务…) cannot, so its ends are never tried.
describe("mayOpenList", () => {
  it.each([
    ["洛阳市", true],
    ["洛阳", true],
    ["巩义市", true],
    ["我市", true],
    ["郑州经开区", true],
    ["以更实举措", false],
    ["推动项目早落地", false],
    ["机电产品", false],
  ])("%s", (item, expected) => {
    expect(mayOpenList(item, home)).toBe(expected);
  });
});

describe("spellOutWhole", () => {
  it.each([
    ["太原市", "全省进出口总值", "山西省进出口总值"],
    ["郑州市", "同期我省外贸总值", "同期河南省外贸总值"],
    ["太原市", "全市进出口总额", "太原市进出口总额"],
    ["山西省", "全市进出口总额", "全市进出口总额"],
    ["太原市", "长三角地区外贸总值", "长三角地区外贸总值"],
    ["太原市", "进出口", "进出口"],
  ])("%s: %s → %s", (homeName, whole, expected) => {
    expect(spellOutWhole(whole, resolveHome(homeName, ""))).toBe(expected);
  });
});
