import { describe, expect, it } from "vitest";
import { buildRegionCompareOption } from "../../../../src/app/features/regions/build-region-compare-option";
import { buildRegionMapOption, NO_DATA_COLOR } from "../../../../src/app/features/regions/build-region-map-option";
import { matchMapRegions, shortRegionName } from "../../../../src/app/features/regions/match-map-regions";
import { mapProvinces } from "../../../../src/app/features/regions/pick-map-province";
import {
  defaultSelection,
  resolveSelection,
  selectedRecords,
} from "../../../../src/app/features/regions/region-choices";
import type { IndicatorRecord } from "../../../../src/schema/dataset";
import { categoriesOf, descriptionOf, seriesOf } from "../../charts/option-access";
import { makeRecord } from "../../fixtures/make-dataset";

const B4 = { year: 2023, batch: 4, label: "2023年第4批" };
function signed(name: string, code: string | null, value: number, qualifier: IndicatorRecord["qualifier"] = "exact") {
  const level =
    code === null ? "zone" : code.endsWith("0000") ? "province" : code.endsWith("00") ? "prefecture" : "county";
  return makeRecord({
    indicator: "projects.signed",
    measure: "count",
    unit: "item",
    value,
    qualifier,
    region: { name, code, level } as IndicatorRecord["region"],
    period: B4,
  });
}

const records = [
  signed("山西省", "140000", 233),
  signed("大同市", "140200", 20),
  signed("阳泉市", "140300", 15),
  signed("长治市", "140400", 23, "about"),
  signed("山阴县", "140621", 3),
  signed("交城经济开发区", null, 2),
  signed("郑州市", "410100", 38),
];

const SHANXI_FEATURES = [
  { code: "140100", name: "太原市" },
  { code: "140200", name: "大同市" },
  { code: "140300", name: "阳泉市" },
  { code: "140400", name: "长治市" },
];

describe("region comparison", () => {
  it("sorts regions largest first, labels keep the qualifier, the province total stays out", () => {
    const option = buildRegionCompareOption({ records, indicator: "projects.signed", lang: "zh", title: "t" });
    expect(categoriesOf(option)).toEqual(["郑州市", "长治市", "大同市", "阳泉市", "山阴县", "交城经济开发区"]);
    expect(seriesOf(option)[0]?.label.formatter?.({ dataIndex: 1 })).toBe("约23");
  });

  it("defaults to the indicator, measure and period most regions report", () => {
    const other = makeRecord({ indicator: "trade.total", measure: "value", value: 1e9 });
    const sel = defaultSelection([...records, other]);
    expect(sel).toEqual({ indicator: "projects.signed", measure: "count", period: "2023-b4" });
    expect(resolveSelection([...records, other], { indicator: "trade.total" })).toEqual({
      indicator: "trade.total",
      measure: "value",
      period: "2021",
    });
    expect(sel && selectedRecords([...records, other], sel)).toHaveLength(records.length);
  });
});

describe("the prefecture map", () => {
  it.each([
    ["太原市", "太原"],
    ["锡林郭勒盟", "锡林郭勒"],
    ["延边朝鲜族自治州", "延边朝鲜族"],
    ["开州区", "开州"],
    ["市", "市"],
  ])("short name of %s is %s", (full, short) => {
    expect(shortRegionName(full)).toBe(short);
  });

  it("matches records to features by code, else by short name; the rest is listed beside the map", () => {
    const renamed = signed("太原", "140199", 7);
    const { matched, unmatched } = matchMapRegions([...records, renamed], SHANXI_FEATURES);
    expect([...matched.keys()].sort()).toEqual(["140100", "140200", "140300", "140400"]);
    expect(unmatched.map((r) => r.region.name)).toEqual(["山西省", "山阴县", "交城经济开发区", "郑州市"]);
  });

  it("colours the prefectures that have data and leaves the others grey", () => {
    const option = buildRegionMapOption({
      records,
      mapName: "zb-140000",
      features: SHANXI_FEATURES,
      seriesName: "签约项目",
      lang: "zh",
      title: "山西省各市签约项目",
    });
    const [map] = seriesOf(option);
    expect(map?.type).toBe("map");
    expect((option.series as { map: string }[])[0]?.map).toBe("zb-140000");
    expect(map?.data.map((d) => [d.name, d.value])).toEqual([
      ["太原市", null],
      ["大同市", 20],
      ["阳泉市", 15],
      ["长治市", 23],
    ]);
    expect((option.series as { itemStyle: { areaColor: string } }[])[0]?.itemStyle.areaColor).toBe(NO_DATA_COLOR);
    expect(option.visualMap).toMatchObject({ min: 15, max: 23 });
    expect(descriptionOf(option)).toContain("长治市 约23");
    expect(descriptionOf(option)).toContain("无数据：太原市");
  });

  it("names prefectures in English for English readers, data still matched by code", () => {
    const option = buildRegionMapOption({
      records,
      mapName: "zb-140000",
      features: SHANXI_FEATURES,
      seriesName: "Projects signed",
      lang: "en",
      title: "Shanxi",
    });
    const [map] = seriesOf(option);
    expect(map?.data.map((d) => [d.name, d.value])).toEqual([
      ["Taiyuan", null],
      ["Datong", 20],
      ["Yangquan", 15],
      ["Changzhi", 23],
    ]);
    expect((option.series as { nameMap: Record<string, string> }[])[0]?.nameMap.大同市).toBe("Datong");
  });

  it("picks the province the filter names, else the one with most prefecture figures", () => {
    expect(mapProvinces(records, records, [])[0]).toBe("140000");
    expect(mapProvinces(records, records, ["410100"])[0]).toBe("410000");
  });
});
