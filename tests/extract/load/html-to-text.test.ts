import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeHtmlEntities } from "../../../src/extract/load/html-entities";
import { htmlToText } from "../../../src/extract/load/html-to-text";

describe("htmlToText", () => {
  const page = htmlToText(readFileSync(new URL("../fixtures/bad/page.html", import.meta.url), "utf8"));

  it("reads source, date and region from <meta> in the head", () => {
    expect(page.meta).toMatchObject({ source: "江西日报", date: "2018-08-15", region: "江西省" });
  });

  it("keeps only the visible body text: no title, script, style, comment or noscript", () => {
    for (const hidden of ["不应出现", "9999", "8888", "7777", "6666", "5555", "alert", "color"]) {
      expect(page.text).not.toContain(hidden);
    }
  });

  it("decodes entities and puts block elements on their own paragraphs", () => {
    expect(page.text).toBe(
      "前7月我省外贸进出口增长9.6%\n\n" +
        "南昌海关统计显示，今年前7个月，我省外贸进出口2028.9亿元，比去年同期(下同)增长9.6%。其中出口1502.8亿元，增长6.2% ；进口526.1亿元，增长20.8%。\n\n" +
        "R&D 与 <script> 只是文字。",
    );
  });

  it("a '<' or quote inside a script cannot swallow the page", () => {
    expect(htmlToText('<body><script>if (a<b) { s = "\'"; }</script><p>正文</p></body>').text).toBe("正文");
  });

  it("a page without <body> still gives its text, not its head", () => {
    expect(htmlToText("<html><head><title>标题</title></head><p>正文一</p><br>正文二</html>").text).toBe(
      "正文一\n\n正文二",
    );
  });

  it("an unclosed comment hides the rest instead of leaking markup", () => {
    expect(htmlToText("<p>前</p><!-- 后").text).toBe("前");
  });
});

describe("decodeHtmlEntities", () => {
  it.each([
    ["&#20013;&#x56FD;", "中国"],
    ["1&nbsp;000", "1\u00A0000"],
    ["&amp;&lt;&gt;&quot;&apos;", "&<>\"'"],
    ["&ldquo;三个一批&rdquo;", "“三个一批”"],
    ["&#0;&#xD800;&#x110000;", "\uFFFD\uFFFD\uFFFD"],
    ["&#150;", "–"],
    ["&unknown; &copy &amp", "&unknown; © &"],
  ])("%s → %s", (input, output) => {
    expect(decodeHtmlEntities(input)).toBe(output);
  });
});
