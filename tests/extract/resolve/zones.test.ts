import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { lookupZone, scanZoneNames, type ZoneLookupOptions } from "../../../src/extract/resolve/zones";

const corpus = (file: string) => readFileSync(new URL(`../fixtures/corpus/${file}`, import.meta.url), "utf8");
const spans = (text: string, opts?: ZoneLookupOptions) =>
  scanZoneNames(text, opts).map((m) => [text.slice(m.start, m.end), m.zone.name, m.zone.parent]);

describe("lookupZone: known aliases", () => {
  it.each([
    ["山西综改示范区", "山西综改示范区", "140000"],
    ["综改示范区", "山西综改示范区", "140000"],
    ["综改区", "山西综改示范区", "140000"],
    ["武宿综保区", "武宿综保区", "140100"],
    // Written in full where the usual name is abbreviated: the report's own name is kept (contract: expanded, never contracted).
    ["太原武宿综合保税区", "太原武宿综合保税区", "140100"],
    ["山西转型综合改革示范区", "山西转型综合改革示范区", "140000"],
    ["武宿综合保税区", "武宿综合保税区", "140100"],
    ["太原武宿综保区", "武宿综保区", "140100"],
    ["郑州航空港经济综合实验区", "郑州航空港经济综合实验区", "410100"],
    ["郑州航空港区", "郑州航空港经济综合实验区", "410100"],
    ["赣江新区", "赣江新区", "360000"],
    ["河北雄安新区", "雄安新区", "130000"],
    ["山西大同经济开发区", "山西大同经济开发区", "140200"],
    // An old title written in full is kept (the name the report uses; h18-t06).
    ["大同经济开发区", "大同经济开发区", "140200"],
    ["河北邢台经济开发区", "河北邢台经济开发区", "130500"],
    ["山西朔州经济开发区", "山西朔州经济开发区", "140600"],
    // The country's zone in 晋中 by its short name with 国家 kept (h222-p01).
    ["晋中国家农高区", "晋中国家农业高新技术产业示范区", "140700"],
  ])("%s → %s (parent %s)", (alias, name, parent) => {
    expect(lookupZone(alias)).toEqual({ name, level: "zone", code: null, parent });
  });
});

describe("lookupZone: place plus kind", () => {
  it.each<[string, ZoneLookupOptions, string, string | null]>([
    ["太原经开区", {}, "太原经济技术开发区", "140100"],
    ["太原高新区", {}, "太原高新技术产业开发区", "140100"],
    ["太原经济技术开发区", {}, "太原经济技术开发区", "140100"],
    ["交城经济开发区", {}, "交城经济开发区", "141122"],
    // A county's 经开区 no document names in full: 经济技术开发区, as the audit sets' readers expand it.
    ["交城经开区", {}, "交城经济技术开发区", "141122"],
    ["交城经开区", { seen: ["交城经济开发区"] }, "交城经济开发区", "141122"],
    ["交城县开发区", { seen: ["交城经济开发区"] }, "交城经济开发区", "141122"],
    ["交城经开区", { seen: ["交城经济技术开发区"] }, "交城经济技术开发区", "141122"],
    ["洛阳综保区", {}, "洛阳综合保税区", "410300"],
    ["郑州片区", {}, "郑州片区", "410100"],
    ["经开区", { within: "140100" }, "太原经济技术开发区", "140100"],
    ["高新区", { within: "140100" }, "太原高新技术产业开发区", "140100"],
    // Raised to a national zone in 2013 after the statistical list named it 山西大同经济开发区.
    ["大同经开区", {}, "大同经济技术开发区", "140200"],
    ["商丘经开区", {}, "商丘经济技术开发区", "411400"],
    // Still a provincial 经济开发区: the list's name (h35-p06).
    ["朔州经开区", {}, "山西朔州经济开发区", "140600"],
    ["中北高新技术产业开发区", { within: "140100" }, "中北高新技术产业开发区", "140100"],
    // A short name a note declared (武汉东湖新技术开发区（以下简称东湖高新区）): the full name (h202-t11).
    ["东湖高新区", { seen: ["武汉东湖新技术开发区"] }, "武汉东湖新技术开发区", "420100"],
    // A district's zone named for it is its own, not the seen zone of its city (h530-p04, h419).
    ["望城经开区", { seen: ["长沙经济技术开发区"] }, "望城经济技术开发区", "430112"],
    ["即墨综保区", { seen: ["青岛前湾综合保税区"] }, "即墨综合保税区", "370215"],
    // The bare kind in a district's report: the zone its city's report named (h62-t06).
    ["综保区", { within: "340207", seen: ["芜湖综合保税区"] }, "芜湖综合保税区", "340200"],
    // The country's free trade zone in a province, by its official name: the province holds it (h182-t08).
    ["中国（河南）自由贸易试验区", {}, "中国（河南）自由贸易试验区", "410000"],
  ])("%s %j → %s", (name, opts, expected, parent) => {
    expect(lookupZone(name, opts)).toEqual({ name: expected, level: "zone", code: null, parent });
  });

  // A national zone list's 吉林高新技术产业开发区 once left its bare kind as an alias, so every
  // unnamed 高新技术产业开发区 (and the tail of 中北高新技术产业开发区 in a venue) became Jilin's.
  it.each(["高新技术产业开发区", "经济技术开发区", "经济开发区"])("the bare kind %s names no zone", (kind) => {
    expect(lookupZone(kind, {})).toBeNull();
  });

  it.each([
    ["滨海新区", "a county (120116), not a zone"],
    ["太原市", "a division"],
    ["经开区", "no place and no scope"],
    ["经开区 (province scope)", "a province scope does not say which zone"],
    ["太钢集团", "not zone-shaped"],
    ["", "empty"],
  ])("%s → null (%s)", (name) => {
    const opts = name.includes("province") ? { within: "140000" } : {};
    expect(lookupZone(name.replace(/ \(.*\)$/u, ""), opts)).toBeNull();
  });

  it("leaves a bare 开发区 as written when two zones of the place fit", () => {
    const zone = lookupZone("太原开发区", { seen: ["太原经济技术开发区", "太原高新技术产业开发区"] });
    expect(zone?.name).toBe("太原开发区");
  });
});

describe("scanZoneNames: real sentences", () => {
  it.each([
    [
      "p13-henan-2022-b4.txt",
      "主会场设在郑州市中建七局大厦，各省辖市、济源示范区、郑州航空港经济综合实验区及各县（市、区）设视频分会场。",
      // 济源示范区 is 济源市's division (tests/extract/resolve/gazetteer.test.ts), not a zone.
      [["郑州航空港经济综合实验区", "郑州航空港经济综合实验区", "410100"]],
    ],
    [
      "p03-taiyuan-2020-b2.txt",
      "太原分会场同步举行了集中签约仪式，山西综改示范区年产90万吨聚酰胺56生产线、中北高新技术产业开发区无人机产业园等项目在现场签约，为全市储备发展新动能。",
      [
        ["山西综改示范区", "山西综改示范区", "140000"],
        ["中北高新技术产业开发区", "中北高新技术产业开发区", null],
      ],
    ],
    [
      "p10-lvliang-jiaocheng-2024-b3.txt",
      "8月19日，山西省开发区2024年第三次“三个一批”活动以现场会形式举行，吕梁在交城经济开发区设分会场。",
      [["交城经济开发区", "交城经济开发区", "141122"]],
    ],
    ["p05-linfen-2022-b1.txt", "洪洞经济技术开发区", [["洪洞经济技术开发区", "洪洞经济技术开发区", "141024"]]],
  ])("%s", (file, sentence, expected) => {
    expect(corpus(file)).toContain(sentence);
    expect(spans(sentence)).toEqual(expected);
  });

  it("finds known zones whose names end in no 区, and no shorter name inside a longer one", () => {
    expect(spans("五个新城中，沣东新城、沣西新城分别推进项目18个、13个。")).toEqual([
      ["沣东新城", "沣东新城", "610000"],
      ["沣西新城", "沣西新城", "610000"],
    ]);
    expect(spans("横琴粤澳深度合作区进出口增长12.3%，横琴口岸通关量创新高。")).toEqual([
      ["横琴粤澳深度合作区", "横琴粤澳深度合作区", "440400"],
      ["横琴", "横琴粤澳深度合作区", "440400"],
    ]);
  });

  it("resolves abbreviations against full names elsewhere in the text (p10)", () => {
    const text = corpus("p10-lvliang-jiaocheng-2024-b3.txt");
    const names = scanZoneNames(text).map((m) => [text.slice(m.start, m.end), m.zone.name]);
    expect(names).toEqual([
      ["交城经济开发区", "交城经济开发区"],
      ["交城县开发区", "交城经济开发区"],
      ["交城经开区", "交城经济开发区"],
    ]);
  });

  it("reads an unqualified abbreviation as the scope's own zone", () => {
    expect(spans("经开区签约项目5个", { within: "140100" })).toEqual([["经开区", "太原经济技术开发区", "140100"]]);
    expect(spans("经开区签约项目5个")).toEqual([]);
  });

  it("finds 武宿综保区 on the sample page", () => {
    const text = readFileSync(new URL("../fixtures/corpus/000_a349228e6c3992d1.txt", import.meta.url), "utf8");
    expect(scanZoneNames(text).map((m) => m.zone.name)).toContain("武宿综保区");
  });

  it.each([
    ["山西综改示范区太原片区", [["山西综改示范区太原片区", "山西综改示范区太原片区", "140100"]]],
    [
      "太原经开区和太原高新区",
      [
        ["太原经开区", "太原经济技术开发区", "140100"],
        ["太原高新区", "太原高新技术产业开发区", "140100"],
      ],
    ],
    ["并赴北京经济技术开发区考察", [["北京经济技术开发区", "北京经济技术开发区", "110000"]]],
    // A proper name between the place and the kind.
    ["东莞虎门港综合保税区进出口", [["东莞虎门港综合保税区", "东莞虎门港综合保税区", "441900"]]],
    [
      "其中，晋中国家农业高新技术产业示范区签约",
      [["晋中国家农业高新技术产业示范区", "晋中国家农业高新技术产业示范区", "140700"]],
    ],
    ["广州南沙综保区进出口", [["广州南沙综保区", "广州南沙综合保税区", "440115"]]],
    ["苏州工业园区进出口", [["苏州工业园区", "苏州工业园区", "320500"]]],
    // The enclosing division written before the zone's place stays in its name.
    ["郑州新郑综合保税区仍是全市外贸的压舱石", [["郑州新郑综合保税区", "郑州新郑综合保税区", "410184"]]],
    ["河南洛阳高新区", [["河南洛阳高新区", "洛阳高新技术产业开发区", "410300"]]],
    // A district's name of another city after the place (东湖区 is 南昌's): a proper name; the place holds the zone.
    ["武汉东湖综合保税区进出口", [["武汉东湖综合保税区", "武汉东湖综合保税区", "420100"]]],
    // A city's short name before 开发区: one zone by its everyday name (the city has more than one, so as written).
    ["1-5月，晋中开发区进出口27.46亿元", [["晋中开发区", "晋中开发区", "140700"]]],
    // A county-level city's 经开区 is its own, not its city's zone (宣城市经济开发区).
    ["其中，广德经开区集中开工项目13个", [["广德经开区", "广德经济技术开发区", "341882"]]],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe("scanZoneNames: near-misses give nothing", () => {
  it.each([
    ["全省开发区“三个一批”活动", "collective: the province's zones"],
    ["吕梁市各开发区签约项目11个", "collective"],
    ["山西省开发区2024年第三次活动", "a province's zones as a whole"],
    ["临汾市开发区签约项目11个", "a city's zones, 市 written"],
    ["运城开发区第二次“三个一批”活动签约开工投产项目93个", "a city's zones in the province's event for its zones"],
    ["前4个月西永综保区进出口", "a period's unit after its digits is no part of a zone's name, and 西永 no place"],
    ["临汾市举行开发区活动", "no place right before the kind"],
    ["滨海新区进出口", "a county, found by the region scanner instead"],
    ["主城区和郊区", "districts as common words"],
    ["产业园区建设", "no place"],
    ["山西省各示范区签约", "collective: 各 between place and kind"],
    ["太原市和示范区", "a list, not a name"],
    ["晋中市的示范区", "的 between place and kind"],
    ["横跨高新区和双流区的成都高新综合保税区", "a verb of where a zone lies before the bare kind (h571-t11)"],
    ["位于高新区的企业", "a verb of where firms lie before the bare kind"],
  ])("%s (%s)", (text) => {
    expect(spans(text)).toEqual([]);
  });
});
