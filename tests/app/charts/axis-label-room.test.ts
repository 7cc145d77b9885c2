import { describe, expect, it } from "vitest";
import { axisLabelRoom, niceStep, valueTicks } from "../../../src/app/charts/axis-label-room";
import { buildCategoryChart } from "../../../src/app/charts/build-category-chart";

// 7 px per character, 12 px per CJK character: a stand-in for the canvas.
const measure = (text: string): number => [...text].reduce((w, ch) => w + (/[\p{Script=Han}]/u.test(ch) ? 12 : 7), 0);

const point = (value: number) => ({
  value,
  unit: "item" as const,
  qualifier: "exact" as const,
  measure: "count" as const,
});

describe("value axis ticks", () => {
  it("rounds the step as ECharts does (1, 2, 3, 5, 10 times a power of ten)", () => {
    expect([0.07, 0.3, 1.4, 2.2, 3.5, 6.9, 7, 69.4].map(niceStep)).toEqual([0.1, 0.3, 1, 2, 3, 5, 10, 50]);
  });

  it("runs from zero past the largest value, and below zero for negative values", () => {
    expect(valueTicks([347, 233])).toEqual([0, 50, 100, 150, 200, 250, 300, 350]);
    expect(valueTicks([-12, 30])).toEqual([-20, -10, 0, 10, 20, 30]);
  });
});

describe("axisLabelRoom", () => {
  it("leaves room on the left for the widest value label of vertical bars, and below for the categories", () => {
    const option = buildCategoryChart({
      title: "t",
      lang: "zh",
      unit: "item",
      categories: ["2022年第1批", "2023年第4批"],
      series: [{ name: "签约项目", color: "#000", points: [point(347), point(233)] }],
    });
    // Widest tick label "350": 3 × 7 px, plus ECharts' 8 px label margin.
    expect(axisLabelRoom(option, measure)).toEqual({ left: 29, right: 0, top: 6, bottom: 20 });
  });

  it("leaves room for region names beside horizontal bars, never more than their label width", () => {
    const option = buildCategoryChart({
      title: "t",
      lang: "zh",
      unit: "item",
      horizontal: true,
      categories: ["长治市", "一个名字非常非常非常长的开发区管理委员会"],
      series: [{ name: "签约项目", color: "#000", points: [point(23), point(10)] }],
    });
    const room = axisLabelRoom(option, measure);
    expect(room?.left).toBe(120 + 8);
    // Ticks 0…25: the last label "25" is centred on the end of the axis.
    expect(room?.right).toBe(7);
    expect(room?.bottom).toBe(20);
  });

  it("gives nothing for an option without a category and a value axis (a map)", () => {
    expect(axisLabelRoom({ series: [{ type: "map", map: "zb-140000", data: [] }] }, measure)).toBeNull();
  });
});
