import { describe, expect, it } from "vitest";
import { regionName } from "../../../src/app/i18n/region-name";
import type { RegionLevel } from "../../../src/schema/vocabulary";

describe("regionName", () => {
  it.each<[string, RegionLevel, string]>([
    ["太原市", "prefecture", "Taiyuan"],
    ["长治市", "prefecture", "Changzhi"],
    ["山西省", "province", "Shanxi"],
    ["河南省", "province", "Henan"],
    ["山阴县", "county", "Shanyin County"],
    ["开州区", "county", "Kaizhou District"],
    ["中国", "country", "China"],
    ["山西综改示范区", "zone", "山西综改示范区"],
  ])("%s (%s) → %s", (name, level, en) => {
    expect(regionName(name, level, "en")).toBe(en);
    expect(regionName(name, level, "zh")).toBe(name);
  });
});
