import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  gazetteerData,
  isWithinRegion,
  lookupRegion,
  parentCode,
  provinceOf,
  regionByCode,
  scanRegionNames,
} from "../../../src/extract/resolve/gazetteer";

const spans = (text: string, opts?: Parameters<typeof scanRegionNames>[1]) =>
  scanRegionNames(text, opts).map((m) => [text.slice(m.start, m.end), m.region.name, m.region.code]);

describe("gazetteer data", () => {
  it("is compact and complete enough", () => {
    const size = statSync(new URL("../../../src/extract/resolve/gazetteer.json", import.meta.url)).size;
    expect(size).toBeLessThan(300_000);
    expect(gazetteerData.provinces.length).toBe(34);
    expect(gazetteerData.prefectures.length).toBeGreaterThan(330);
    expect(gazetteerData.counties.length).toBeGreaterThan(2800);
  });

  it("has unique six-digit codes and every county's parent exists", () => {
    const rows = [...gazetteerData.provinces, ...gazetteerData.prefectures, ...gazetteerData.counties];
    const codes = rows.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/u);
    for (const [code] of gazetteerData.counties) expect(regionByCode(parentCode(code) ?? "")).not.toBeNull();
  });

  it("keeps NBS statistical zones out of the counties", () => {
    expect(gazetteerData.counties.some(([, name]) => name.endsWith("开发区"))).toBe(false);
    expect(gazetteerData.zones).toContainEqual(["140100", "山西转型综合改革示范区"]);
  });
});

describe("lookupRegion: official names", () => {
  it.each([
    ["太原市", "140100", "prefecture"],
    ["山西省", "140000", "province"],
    ["开州区", "500154", "county"],
    ["交城县", "141122", "county"],
    ["孝义市", "141181", "county"],
    ["内蒙古自治区", "150000", "province"],
    ["广西壮族自治区", "450000", "province"],
    ["延边朝鲜族自治州", "222400", "prefecture"],
    ["重庆市", "500000", "province"],
    ["济源市", "419001", "county"],
    ["东莞市", "441900", "prefecture"],
  ])("%s → %s (%s)", (name, code, level) => {
    expect(lookupRegion(name)).toEqual({ name, code, level });
  });
});

describe("lookupRegion: counties renamed when made districts, by their former names", () => {
  it.each([
    ["长治县", "140404"],
    ["大同县", "140215"],
    ["开封县", "410212"],
    ["许昌县", "411003"],
    ["陕县", "411203"],
  ])("%s → %s", (name, code) => {
    expect(lookupRegion(name)).toEqual({ name, code, level: "county" });
  });
});

describe("lookupRegion: short names", () => {
  it.each([
    ["太原", "太原市", "140100"],
    ["山西", "山西省", "140000"],
    ["晋城", "晋城市", "140500"],
    ["交城", "交城县", "141122"],
    ["开州", "开州区", "500154"],
    ["内蒙古", "内蒙古自治区", "150000"],
    ["内蒙", "内蒙古自治区", "150000"],
    ["广西", "广西壮族自治区", "450000"],
    ["新疆", "新疆维吾尔自治区", "650000"],
    ["重庆", "重庆市", "500000"],
    ["延边", "延边朝鲜族自治州", "222400"],
    ["黔东南", "黔东南苗族侗族自治州", "522600"],
    ["克孜勒苏", "克孜勒苏柯尔克孜自治州", "653000"],
    ["互助", "互助土族自治县", "630223"],
    ["德宏", "德宏傣族景颇族自治州", "533100"],
    ["德宏州", "德宏傣族景颇族自治州", "533100"],
    ["西双版纳州", "西双版纳傣族自治州", "532800"],
    ["恩施州", "恩施土家族苗族自治州", "422800"],
    ["伊通县", "伊通满族自治县", "220323"],
    ["达茂旗", "达尔罕茂明安联合旗", "150223"],
    ["科右前旗", "科尔沁右翼前旗", "152221"],
    ["济源示范区", "济源市", "419001"],
    ["济源产城融合示范区", "济源市", "419001"],
    ["阿拉善", "阿拉善盟", "152900"],
    ["中国", "中国", "100000"],
    ["全国", "中国", "100000"],
    [" 太 原 ", "太原市", "140100"],
  ])("%s → %s", (short, name, code) => {
    expect(lookupRegion(short)).toMatchObject({ name, code });
  });

  it.each([
    ["平", "one character left of 平县 is not a name"],
    ["沁", "one character left of 沁县"],
    ["太原街", "a street"],
    ["山西面馆", "a shop"],
    ["晋", "province abbreviation, too short to be safe"],
    ["", "empty"],
  ])("%s → null (%s)", (name) => {
    expect(lookupRegion(name)).toBeNull();
  });
});

describe("lookupRegion: ambiguity", () => {
  it.each<[string, string | undefined, string | null, string]>([
    // [name, within, expected code or null, why]
    ["城区", undefined, null, "城区 exists in 阳泉, 晋城 and elsewhere"],
    ["城区", "140500", "140502", "a 晋城 document"],
    ["城区", "140300", "140302", "a 阳泉 document"],
    ["城区", "140000", null, "two in Shanxi: still ambiguous"],
    ["新华区", undefined, null, "four provinces"],
    ["新华区", "130000", null, "two in Hebei (石家庄, 沧州)"],
    ["新华区", "130100", "130105", "石家庄"],
    ["朝阳", undefined, "211300", "higher level wins: 朝阳市 over 朝阳区/朝阳县"],
    ["朝阳", "110000", "110105", "a Beijing document means 朝阳区"],
    ["吉林", undefined, "220000", "the province over 吉林市"],
    ["吉林市", undefined, "220200", "an official name beats a short one"],
    ["海南", undefined, "460000", "the province over 海南藏族自治州"],
    ["海南", "630000", "632500", "a Qinghai document"],
    ["城区", "140502", "140502", "within a county: itself"],
    ["矿区", "140302", "140303", "within a county: widened to its prefecture"],
  ])("%s within %s → %s (%s)", (name, within, code) => {
    const region = lookupRegion(name, within === undefined ? {} : { within });
    expect(region?.code ?? null).toBe(code);
  });

  it("resolves chains of names written together", () => {
    expect(lookupRegion("山西省太原市")).toMatchObject({ code: "140100" });
    expect(lookupRegion("晋城市城区")).toMatchObject({ name: "城区", code: "140502" });
    expect(lookupRegion("山西省吕梁市交城县")).toMatchObject({ code: "141122" });
    expect(lookupRegion("太原市山西省")).toBeNull();
  });
});

describe("codes and parents", () => {
  it.each([
    ["141122", "141100", "140000"],
    ["140100", "140000", "140000"],
    ["140000", "100000", "140000"],
    ["500154", "500000", "500000"],
    ["500229", "500000", "500000"],
    ["110105", "110000", "110000"],
    ["419001", "410000", "410000"],
  ])("%s: parent %s, province %s", (code, parent, province) => {
    expect(parentCode(code)).toBe(parent);
    expect(provinceOf(code)).toBe(province);
  });

  it("handles the country and unknown codes", () => {
    expect(regionByCode("100000")).toEqual({ name: "中国", code: "100000", level: "country" });
    expect(parentCode("100000")).toBeNull();
    expect(provinceOf("100000")).toBeNull();
    expect(regionByCode("140171")).toBeNull();
    expect(regionByCode("999999")).toBeNull();
    expect(parentCode("999999")).toBeNull();
  });

  it("has no municipal 市辖区 pseudo-prefectures", () => {
    expect(regionByCode("500100")).toBeNull();
    expect(regionByCode("110100")).toBeNull();
  });

  it.each([
    ["141122", "140000", true],
    ["141122", "141100", true],
    ["141122", "140100", false],
    ["500154", "500000", true],
    ["140000", "100000", true],
  ])("isWithinRegion(%s, %s) = %s", (code, scope, inside) => {
    expect(isWithinRegion(code, scope)).toBe(inside);
  });
});

describe("scanRegionNames: real sentences", () => {
  const corpus = (file: string) => readFileSync(new URL(`../fixtures/corpus/${file}`, import.meta.url), "utf8");

  it.each([
    [
      "p01-shanxi-2023-b4-cities.txt",
      "晋城市三个一批”活动共推进项目48个，总投资152.89亿元。",
      [["晋城市", "晋城市", "140500"]],
    ],
    [
      "p13-henan-2022-b4.txt",
      "4月6日，河南省第四期“三个一批”项目建设活动举行。主会场设在郑州市中建七局大厦",
      [
        ["河南省", "河南省", "410000"],
        ["郑州市", "郑州市", "410100"],
      ],
    ],
    [
      "p03-taiyuan-2020-b2.txt",
      "太原分会场同步举行了集中签约仪式，山西综改示范区年产90万吨聚酰胺56生产线",
      [
        ["太原", "太原市", "140100"],
        ["山西", "山西省", "140000"],
      ],
    ],
    [
      "p17-kaizhou-2024-q2-qualifiers.txt",
      "重庆日报讯 6月27日，开州区举行二季度招商引资项目“三集中”活动。",
      [
        ["重庆", "重庆市", "500000"],
        ["开州区", "开州区", "500154"],
      ],
    ],
  ])("%s", (file, sentence, expected) => {
    expect(corpus(file)).toContain(sentence);
    expect(spans(sentence)).toEqual(expected);
  });

  it("reports exact offsets", () => {
    const text = "其中，吕梁市交城县签约项目2个";
    expect(scanRegionNames(text)).toEqual([
      { start: 3, end: 9, region: { name: "交城县", code: "141122", level: "county" } },
    ]);
  });

  it.each([
    [
      "阳泉市城区和晋城城区",
      [
        ["阳泉市城区", "城区", "140302"],
        ["晋城城区", "城区", "140502"],
      ],
    ],
    ["山西省太原市小店区", [["山西省太原市小店区", "小店区", "140105"]]],
    [
      "太原、大同、长治三市",
      [
        ["太原", "太原市", "140100"],
        ["大同", "大同市", "140200"],
        ["长治", "长治市", "140400"],
      ],
    ],
    ["广东营商环境", [["广东", "广东省", "440000"]]],
    [
      "内蒙古自治区和内蒙古",
      [
        ["内蒙古自治区", "内蒙古自治区", "150000"],
        ["内蒙古", "内蒙古自治区", "150000"],
      ],
    ],
    [
      "兴县、临县",
      [
        ["兴县", "兴县", "141123"],
        ["临县", "临县", "141124"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it("uses the scope for ambiguous official county names", () => {
    expect(spans("朝阳区进出口")).toEqual([]);
    expect(spans("朝阳区进出口", { within: "110000" })).toEqual([["朝阳区", "朝阳区", "110105"]]);
  });

  it("reports the country only on request", () => {
    expect(spans("占全国的12%")).toEqual([]);
    expect(spans("占全国的12%", { includeCountry: true })).toEqual([["全国", "中国", "100000"]]);
  });
});

describe("scanRegionNames: near-misses give nothing", () => {
  it.each([
    ["太原街", "a street named after the city"],
    ["山西面馆", "a restaurant"],
    ["中山路", "a road"],
    ["社会长治久安", "idiom"],
    ["大同小异", "idiom"],
    ["与会来宾参观了项目", "来宾 as guests"],
    ["幸福安康", "安康 as well-being"],
    ["普通化工企业", "通化 inside 普通化工"],
    ["主城区", "城区 alone is a common word"],
    ["西南县域经济", "南县 inside 西南县域"],
    ["新县城建设", "新县 inside 新县城"],
    ["香港、澳门", "outside the mainland: trade partners"],
    ["交城经济开发区", "county short names are not scanned"],
    ["ABC", "no Han at all"],
  ])("%s (%s)", (text) => {
    expect(spans(text)).toEqual([]);
  });
});

// Speed is measured by `npm run bench`, not asserted in timed tests; here we
// only check that scanning a long text is consistent with scanning its parts.
describe("scanRegionNames: long texts", () => {
  it("finds every mention of each copy of a repeated corpus", () => {
    const dir = new URL("../../../data/raw/", import.meta.url);
    const corpus = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(new URL(f, dir), "utf8"))
      .join("\n");
    const once = scanRegionNames(`${corpus}\n`).length;
    const copies = 50;
    expect(once).toBeGreaterThan(20);
    expect(scanRegionNames(`${corpus}\n`.repeat(copies)).length).toBe(once * copies);
  });
});
