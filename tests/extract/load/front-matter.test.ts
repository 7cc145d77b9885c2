import { describe, expect, it } from "vitest";
import { checkMeta, isIsoDate, parseFrontMatter } from "../../../src/extract/front-matter";

describe("parseFrontMatter", () => {
  it("reads the contract keys, ignores comments and unknown keys, and finds the body", () => {
    const text =
      "---\nsource: 太原日报          # publication\ndate: '2022-02-27'\nregion: 太原市\nurl: https://a.cn/x#y\nauthor: 某\n---\n正文";
    const fm = parseFrontMatter(text);
    expect(fm.meta).toEqual({ source: "太原日报", date: "2022-02-27", region: "太原市", url: "https://a.cn/x#y" });
    expect(text.slice(fm.bodyStart)).toBe("正文");
  });

  it("a text without front matter starts at 0", () => {
    expect(parseFrontMatter("太原市进出口总值1852.35亿元。")).toEqual({ meta: {}, bodyStart: 0 });
  });

  it("CRLF line endings and a BOM are accepted", () => {
    const fm = parseFrontMatter("\uFEFF---\r\ndate: 2022-02-27\r\n---\r\n正文");
    expect(fm.meta.date).toBe("2022-02-27");
  });

  it("an unclosed block is an error", () => {
    expect(() => parseFrontMatter("---\ndate: 2022-02-27\n正文")).toThrow(
      "front matter block opened with --- is never closed",
    );
  });

  it.each(["2022-02-30", "2022-13-01", "22-02-27", "2022/02/27", "昨天"])("date %s is an error", (date) => {
    expect(() => parseFrontMatter(`---\ndate: ${date}\n---\n正文`)).toThrow(
      `front matter date "${date}" is not a valid ISO date`,
    );
  });

  it.each(["1900-03-01", "2101-01-01"])("date %s outside the dataset's years is an error", (date) => {
    expect(() => parseFrontMatter(`---\ndate: ${date}\n---\n正文`)).toThrow(
      `front matter date "${date}" is outside 1949–2100`,
    );
  });

  it("accepts the first and last years of the dataset", () => {
    expect(parseFrontMatter("---\ndate: 1949-10-01\n---\n").meta.date).toBe("1949-10-01");
    expect(parseFrontMatter("---\ndate: 2100-12-31\n---\n").meta.date).toBe("2100-12-31");
  });
});

describe("checkMeta / isIsoDate", () => {
  it("shares the date check with HTML <meta>", () => {
    expect(() => checkMeta({ date: "2021-02-29" }, "HTML <meta>")).toThrow('HTML <meta> date "2021-02-29"');
    expect(checkMeta({ date: "2020-02-29", region: " 太原市 ", x: "y" }, "HTML <meta>")).toEqual({
      date: "2020-02-29",
      region: "太原市",
    });
  });

  it("accepts real calendar days only", () => {
    expect([isIsoDate("2024-02-29"), isIsoDate("2023-02-29"), isIsoDate("2024-2-9")]).toEqual([true, false, false]);
  });
});
