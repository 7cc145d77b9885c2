import { describe, expect, it } from "vitest";
import { inferPublication } from "../../../src/extract/resolve/publication";

describe("inferPublication", () => {
  it.each([
    ["本报讯（山西日报记者 陈俊琦）2月26日，全省开发区2022年第一次项目集中签约", "山西日报"],
    ["本报讯（太原日报全媒体记者 李静）2月25日市商务局消息", "太原日报"],
    ["（大河报记者 王伟）记者从郑州海关获悉", "大河报"],
    ["来源：洛阳日报 编辑：张敏", "洛阳日报"],
    ["稿源:经济参考报", "经济参考报"],
    ["新华社太原2月26日电（记者 刘扬）山西省开发区", "新华社"],
  ])("%s → %s", (text, expected) => {
    expect(inferPublication(text)).toBe(expected);
  });

  it.each([
    ["本报讯（记者 李静）2月25日市商务局消息", "a byline without the paper's name"],
    ["全市进出口总值1852.35亿元，增长52.9%。", "no byline at all"],
    ["据人民日报报道，今年以来全省外贸稳中向好", "a paper quoted in the text, not a byline"],
  ])("%s → nothing (%s)", (text) => {
    expect(inferPublication(text)).toBeUndefined();
  });

  it("reads only the opening of the page (a later reprint's credit is not the page's)", () => {
    const text = `${"全省经济运行总体平稳。".repeat(400)}来源：山西日报`;
    expect(inferPublication(text)).toBeUndefined();
  });
});
