import { describe, expect, it } from "vitest";
import { buildFunnelOption } from "../../../../src/app/features/projects/build-funnel-option";
import type { IndicatorRecord } from "../../../../src/schema/dataset";
import { categoriesOf, descriptionOf, seriesOf, valueAxisOf } from "../../charts/option-access";
import { makeRecord } from "../../fixtures/make-dataset";

const SHANXI = { name: "山西省", code: "140000", level: "province" as const };

function stage(
  indicator: IndicatorRecord["indicator"],
  measure: "count" | "investment",
  year: number,
  batch: number | undefined,
  value: number,
) {
  return makeRecord({
    indicator,
    measure,
    value,
    unit: measure === "count" ? "item" : "CNY",
    region: SHANXI,
    period: batch ? { year, batch, label: `${year}年第${batch}批` } : { year, label: `${year}年` },
  });
}

describe("buildFunnelOption", () => {
  const records = [
    stage("projects.signed", "count", 2023, 1, 233),
    stage("projects.started", "count", 2023, 1, 225),
    stage("projects.signed", "count", 2022, 1, 347),
    stage("projects.started", "count", 2022, 1, 323),
    stage("projects.producing", "count", 2022, 1, 315),
    stage("projects.signed", "count", 2022, 4, 300),
    stage("projects.signed", "investment", 2022, 1, 59.91e8),
  ];

  it("orders batches by year then number, labelled with their year (Shanxi restarts every year)", () => {
    const option = buildFunnelOption({ records, measure: "count", lang: "zh", title: "t" });
    expect(categoriesOf(option)).toEqual(["2022年第1批", "2022年第4批", "2023年第1批"]);
  });

  it("has one series per stage in funnel order, with gaps where a stage was not reported", () => {
    const option = buildFunnelOption({ records, measure: "count", lang: "zh", title: "t" });
    expect(seriesOf(option).map((s) => [s.type, s.name, s.values])).toEqual([
      ["bar", "签约项目", [347, 300, 233]],
      ["bar", "开工项目", [323, null, 225]],
      ["bar", "投产项目", [315, null, null]],
    ]);
    expect(valueAxisOf(option).name).toBe("个");
  });

  it("draws investment on its own money axis, never beside counts", () => {
    const option = buildFunnelOption({ records, measure: "investment", lang: "zh", title: "t" });
    expect(valueAxisOf(option).name).toBe("亿元");
    expect(categoriesOf(option)).toEqual(["2022年第1批"]);
    expect(seriesOf(option)[0]?.values).toEqual([59.91]);
  });

  it("shows a sum over several batches as its year, after that year's batches", () => {
    const sum = stage("projects.signed", "count", 2022, undefined, 900);
    const option = buildFunnelOption({ records: [...records, sum], measure: "count", lang: "en", title: "t" });
    expect(categoriesOf(option)).toEqual(["2022, batch 1", "2022, batch 4", "2022", "2023, batch 1"]);
  });

  it("describes every stage for screen readers", () => {
    const text = descriptionOf(buildFunnelOption({ records, measure: "count", lang: "zh", title: "山西省项目" }));
    expect(text).toContain("签约项目：2022年第1批 347");
    expect(text).toContain("投产项目：2022年第1批 315，2022年第4批 未报道");
  });
});
