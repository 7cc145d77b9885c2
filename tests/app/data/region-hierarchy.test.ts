import { describe, expect, it } from "vitest";
import {
  buildRegionTree,
  descendantsOf,
  prefectureCodeOf,
  provinceCodeOf,
} from "../../../src/app/data/region-hierarchy";
import { matchesRegion, searchKeysOf } from "../../../src/app/features/filters/region-search";
import { decodeCompactDataset, encodeCompactDataset } from "../../../src/schema/compact-dataset";
import { makeRecord, sampleDataset } from "../fixtures/make-dataset";

describe("region codes", () => {
  it.each([
    ["140621", "140000", "140600"],
    ["140100", "140000", "140100"],
    ["500154", "500000", "500100"],
  ])("%s → province %s, prefecture %s", (code, province, prefecture) => {
    expect(provinceCodeOf(code)).toBe(province);
    expect(prefectureCodeOf(code)).toBe(prefecture);
  });
});

describe("buildRegionTree", () => {
  const tree = buildRegionTree(sampleDataset().records);

  it("nests prefectures, counties and zones under their province", () => {
    expect(tree.nodes.get("140000")?.children).toEqual(["140100", "140500", "140621", "山西综改示范区"]);
  });

  it("adds a province that has no records of its own, to group its cities", () => {
    const henan = tree.nodes.get("410000");
    expect(henan?.name).toBe("河南省");
    expect(henan?.inData).toBe(false);
    expect(henan?.children).toEqual(["410100"]);
    expect(tree.roots).toEqual(["140000", "410000"]);
  });

  it("puts a county under its prefecture when the prefecture is in the data", () => {
    const t = buildRegionTree([
      makeRecord({
        indicator: "trade.total",
        measure: "value",
        region: { name: "朔州市", code: "140600", level: "prefecture" },
      }),
      makeRecord({
        indicator: "trade.total",
        measure: "value",
        region: { name: "山阴县", code: "140621", level: "county" },
      }),
    ]);
    expect(t.nodes.get("140621")?.parent).toBe("140600");
    expect(descendantsOf(t, "140000").sort()).toEqual(["140000", "140600", "140621"]);
  });

  it("leaves a zone from a document without divisions at the top level", () => {
    const t = buildRegionTree([
      makeRecord({
        indicator: "trade.total",
        measure: "value",
        region: { name: "某保税区", code: null, level: "zone" },
      }),
    ]);
    expect(t.roots).toEqual(["某保税区"]);
  });

  it("builds the same tree when records share their region objects (a decoded compact dataset)", () => {
    const plain = structuredClone(sampleDataset());
    const shared = decodeCompactDataset(
      JSON.parse(JSON.stringify(encodeCompactDataset(plain))) as ReturnType<typeof encodeCompactDataset>,
    );
    expect(shared.records[0]?.region).toBe(
      shared.records.find((r, i) => i > 0 && r.region.name === shared.records[0]?.region.name)?.region,
    );
    const a = buildRegionTree(plain.records);
    const b = buildRegionTree(shared.records);
    expect([...b.nodes.entries()]).toEqual([...a.nodes.entries()]);
    expect(b.roots).toEqual(a.roots);
  });
});

describe("region search", () => {
  it.each([
    ["太原市", "太原", true],
    ["太原市", "tys", true],
    ["太原市", "TY", true],
    ["太原市", "taiyuan", true],
    ["山西综改示范区", "zg", true],
    ["太原市", "jc", false],
    ["晋城市", "太原", false],
    ["晋城市", "", true],
  ])("%s matches %s: %s", (name, query, expected) => {
    expect(matchesRegion(searchKeysOf(name), query)).toBe(expected);
  });
});
