import { describe, expect, it } from "vitest";
import { hardWraps } from "../../../src/extract/text/hard-wraps";

// One real block per row: its lines, and the text once the line ends the
// rule deletes are gone (a paragraph wrapped at a column's width is one line
// again; prose set a paragraph per line, tables and headlines stay as they are).
type Row = [label: string, lines: string[], joined: string];

const apply = (text: string): string => {
  let out = "";
  let at = 0;
  for (const [start, end] of hardWraps(text)) {
    out += text.slice(at, start);
    at = end;
  }
  return out + text.slice(at);
};

const ROWS: Row[] = [
  [
    "a paragraph wrapped at the column's width, words cut at the line ends",
    [
      "本次活动，全市集中签约项目34个，签约金额156.2亿元；集中开",
      "工项目41个，总投资203.8亿元；集中投产项目27个，总投资98.5亿元，",
      "达产后预计新增年产值120亿元以上。三类项目共计102个，总投",
      "资458.5亿元，比上次活动增加15个。",
      "其中，运城经济技术开发区签约项目9个、开工项目8个、投产项目",
      "6个，总投资分别为52.3亿元、47.6亿元、21.9亿元。",
    ],
    "本次活动，全市集中签约项目34个，签约金额156.2亿元；集中开工项目41个，总投资203.8亿元；集中投产项目27个，总投资98.5亿元，达产后预计新增年产值120亿元以上。三类项目共计102个，总投资458.5亿元，比上次活动增加15个。\n其中，运城经济技术开发区签约项目9个、开工项目8个、投产项目6个，总投资分别为52.3亿元、47.6亿元、21.9亿元。",
  ],
  [
    "a line ending in a closing quote still runs on",
    [
      "活动现场，8个代表项目进行了集中签约，其中单个项目最大投资额",
      "20亿元。今年全市开发区年度计划投资86亿元，力争全年“三个一批”",
      "活动推进项目400个以上。",
    ],
    "活动现场，8个代表项目进行了集中签约，其中单个项目最大投资额20亿元。今年全市开发区年度计划投资86亿元，力争全年“三个一批”活动推进项目400个以上。",
  ],
  [
    "an indented line starts a paragraph; a masthead set with spaces takes no part",
    [
      "大同市人民政府公报　　　　　　2024年第4期　·7·",
      "大同市开发区2024年第一次“三个一批”活动举行",
      "　　3月28日，大同市开发区2024年第一次“三个",
      "一批”活动在大同经济技术开发区主会场举行，",
      "各县（区）开发区设分会场同步开展。",
      "　　全市本次活动共推进项目64个，总投资215.4亿",
      "元。其中，签约项目22个，总投资98.6亿元。",
    ],
    "大同市人民政府公报　　　　　　2024年第4期　·7·\n大同市开发区2024年第一次“三个一批”活动举行\n　　3月28日，大同市开发区2024年第一次“三个一批”活动在大同经济技术开发区主会场举行，各县（区）开发区设分会场同步开展。\n　　全市本次活动共推进项目64个，总投资215.4亿元。其中，签约项目22个，总投资98.6亿元。",
  ],
  [
    "prose set one paragraph per line stays",
    [
      "今年以来，全市外贸进出口保持平稳增长。",
      "1—5月，全市进出口总值412.5亿元，同比增长8.6%。",
      "其中，出口265.3亿元，增长10.2%；进口147.2亿元，增长5.9%。",
    ],
    "今年以来，全市外贸进出口保持平稳增长。\n1—5月，全市进出口总值412.5亿元，同比增长8.6%。\n其中，出口265.3亿元，增长10.2%；进口147.2亿元，增长5.9%。",
  ],
  [
    "a table set with spaces stays",
    [
      "城市    签约项目（个）    总投资（亿元）",
      "太原市    68    412.6",
      "大同市    41    198.3",
      "晋中市    52    265.1",
    ],
    "城市    签约项目（个）    总投资（亿元）\n太原市    68    412.6\n大同市    41    198.3\n晋中市    52    265.1",
  ],
  [
    "a list of places, a colon and their figures, stays (no space between the cells)",
    [
      "部分省辖市参加活动项目数如下：",
      "郑州市：签约68个，开工103个，投产79个",
      "洛阳市：签约41个，开工66个，投产45个",
      "南阳市：签约37个，开工58个，投产40个",
    ],
    "部分省辖市参加活动项目数如下：\n郑州市：签约68个，开工103个，投产79个\n洛阳市：签约41个，开工66个，投产45个\n南阳市：签约37个，开工58个，投产40个",
  ],
  [
    "a headline's two lines over a byline stay",
    ["我市开发区2024年第一次“三个一批”活动举行", "百余个项目集中签约开工投产"],
    "我市开发区2024年第一次“三个一批”活动举行\n百余个项目集中签约开工投产",
  ],
  [
    "lines wider than a column are paragraphs, not wrapped lines",
    [
      "记者从市商务局获悉，今年前三季度我市外贸进出口总值完成1234.5亿元，同比增长12.3%，增速高于全省平均水平3.2个百分点，总量继续位居全省前列",
      "其中出口完成812.4亿元，同比增长15.1%，进口完成422.1亿元，同比增长7.4%，贸易顺差390.3亿元，比去年同期扩大了一倍多，外贸结构持续优化",
      "从贸易方式看，一般贸易进出口完成901.2亿元，同比增长14.2%，占全市外贸总值的73.0%，比去年同期提升1.3个百分点，加工贸易比重有所下降",
    ],
    "记者从市商务局获悉，今年前三季度我市外贸进出口总值完成1234.5亿元，同比增长12.3%，增速高于全省平均水平3.2个百分点，总量继续位居全省前列\n其中出口完成812.4亿元，同比增长15.1%，进口完成422.1亿元，同比增长7.4%，贸易顺差390.3亿元，比去年同期扩大了一倍多，外贸结构持续优化\n从贸易方式看，一般贸易进出口完成901.2亿元，同比增长14.2%，占全市外贸总值的73.0%，比去年同期提升1.3个百分点，加工贸易比重有所下降",
  ],
];

describe("hard-wrapped lines", () => {
  it.each(ROWS)("%s", (_label, lines, joined) => {
    expect(apply(lines.join("\n"))).toBe(joined);
  });

  it("keeps a blank line between blocks", () => {
    const text = `${ROWS[0]?.[1].join("\n")}\n\n${ROWS[2]?.[1].join("\n")}`;
    expect(apply(text)).toBe(`${ROWS[0]?.[2]}\n\n${ROWS[2]?.[2]}`);
  });
});
