import { describe, expect, it } from "vitest";
import { describeChart } from "../../../src/app/charts/describe-chart";

describe("describeChart", () => {
  it.each([
    {
      lang: "zh" as const,
      series: [{ name: "签约项目", points: [{ label: "2022年第1批", value: "347" }] }],
      expected: "柱状图：山西省项目。签约项目：2022年第1批 347。",
    },
    {
      lang: "en" as const,
      series: [
        {
          name: "Exports",
          points: [
            { label: "2021", value: "more than 50%" },
            { label: "2022", value: null },
          ],
        },
      ],
      expected: "Bar chart: 山西省项目. Exports: 2021 more than 50%, 2022 not reported.",
    },
    {
      lang: "zh" as const,
      series: [{ name: "x", points: [{ label: "a", value: null }] }],
      expected: "柱状图：山西省项目。没有数据。",
    },
  ])("$lang: $expected", ({ lang, series, expected }) => {
    expect(describeChart("bar", "山西省项目", series, lang)).toBe(expected);
  });

  it("cuts long series and says how many points are left", () => {
    const points = Array.from({ length: 15 }, (_, i) => ({ label: `${2000 + i}年`, value: `${i}` }));
    const text = describeChart("line", "t", [{ name: "s", points }], "zh", 12);
    expect(text).toContain("2011年 11，另有3项");
    expect(text).not.toContain("2012年");
  });
});
