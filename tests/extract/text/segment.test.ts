import { describe, expect, it } from "vitest";
import { segment } from "../../../src/extract/text/segment";

// Which lines open an article as its headline: one row per line shape, the first sentence's flag.
const FIRST_LINE: Array<[label: string, text: string, headline: boolean]> = [
  [
    "a title over 40 characters before the body (h208-p05)",
    "全省第十期“三个一批”活动：2764个项目总投资16259.7亿元 郑州签约项目投资占全省两成多\n\n10月16日，全省第十期“三个一批”项目建设活动举行。",
    true,
  ],
  [
    "a long first line with a comma is a sentence, not a title (h79-p03)",
    "11月30日，全省开发区2022年第四次“三个一批”活动举行，孝义经济开发区分会场热闹非凡👇\n\n📌 签约一批：12个项目，总投资128.5亿元",
    false,
  ],
  [
    "a title's note in brackets closes no sentence (统计公报（摘要）) (h192-t11)",
    "2024年台州市国民经济和社会发展统计公报（摘要）\n\n初步核算，全年全市生产总值6652.7亿元。",
    true,
  ],
  [
    "a line ending in a bracket after a comma is a sentence",
    "其中，出口30.15亿元（增长24.3%）\n\n进口12.22亿元。",
    false,
  ],
];

describe("segment: a text's first line", () => {
  it.each(FIRST_LINE)("%s", (_label, text, headline) => {
    expect(segment(text)[0]?.sentences[0]?.headline ?? false).toBe(headline);
  });
});

// Which lines of a body are a list's rows (each line's cells read as its place's figures): the last line's flag.
const LAST_LINE_ROW: Array<[label: string, text: string, row: boolean]> = [
  [
    "a list's last line closed by a full stop after lines closed by semicolons (h225-p05)",
    "各县（市、区）分会场情况如下：\n\n河津市　签约5个、开工4个、投产3个，总投资88.3亿元；\n绛县　签约2个、开工3个、投产2个，总投资22.7亿元。",
    true,
  ],
  [
    "a place's own sentence after a colon, alone in its paragraph, is prose (h223-p10)",
    "全省各地情况如下。\n\n长治：共推进项目86个，总投资超500亿元，预计年产值约380亿元。",
    false,
  ],
  [
    "nor a full stop's line after a line that closed with one (h106-t11)",
    "分市看：\n\n太原　全市进出口1080.2亿元，增长3.3%。\n运城　全市进出口62.5亿元，下降7.6%，其中出口41.3亿元，下降12.4%。",
    false,
  ],
];

describe("segment: a list's rows", () => {
  it.each(LAST_LINE_ROW)("%s", (_label, text, row) => {
    const sentences = segment(text).flatMap((a) => a.sentences);
    expect(sentences.at(-1)?.row ?? false).toBe(row);
  });
});
