import { describe, expect, it } from "vitest";
import { checkConsistency } from "../../src/extract/consistency";
import { extractText, sentenceDoc } from "./rules/extract-text";

const kinds = (sentence: string, region: string) =>
  checkConsistency(extractText(sentenceDoc(sentence, region, "2021-05-01")).records).map((w) => w.kind);

describe("checkConsistency", () => {
  it("accepts figures that add up (t03)", () => {
    expect(
      kinds(
        "山西进出口总额162.5亿美元，增长2.9%。其中，进口额73.1亿美元，下降6.3%；出口额89.4亿美元，增长11.8%。",
        "山西省",
      ),
    ).toEqual([]);
  });
  it("flags export + import ≠ total", () => {
    expect(kinds("我市进出口总额162.5亿美元。其中，进口额73.1亿美元；出口额80.4亿美元。", "太原市")).toEqual([
      "inconsistent_sum",
    ]);
  });
  it("flags export − import ≠ balance", () => {
    expect(kinds("我市出口额89.4亿美元，进口额73.1亿美元，贸易顺差26.3亿美元。", "太原市")).toEqual([
      "inconsistent_balance",
    ]);
  });
  it("flags signed + started + producing ≠ total", () => {
    expect(
      kinds(
        "我市“三个一批”活动共推进项目58个。其中，“签约一批”项目20个，“开工一批”项目19个，“投产一批”项目18个。",
        "大同市",
      ),
    ).toEqual(["inconsistent_sum"]);
  });
  it("flags a partner figure below 0.01 % of the total (sample page RCEP) without dropping it", () => {
    const { records } = extractText(
      sentenceDoc(
        "去年，我市进出口完成1852.35亿元。我市与RCEP沿线国家贸易额552.68万元，同比增长九成多。",
        "太原市",
        "2022-02-26",
      ),
    );
    const warnings = checkConsistency(records);
    expect(warnings.map((w) => w.kind)).toEqual(["implausible_magnitude"]);
    expect(records.some((r) => r.value === 5526800)).toBe(true);
  });
});
