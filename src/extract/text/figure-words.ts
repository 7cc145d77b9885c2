// Whether a text may state a figure of ours. Every record's value is written
// with a numeral before a unit or measure word (58个, 1852.35亿元, 5.2%, 五成多,
// 1.1倍, 三百余家, 第三位, 三分之一), a bare number in a table (3480.1), or words
// that are a figure on their own (持平, 翻番, 过半, 首位, 榜首, 居首). Most of a page's prose holds
// none of these (推动项目早落地、早开工、早投产), and the rules need not look
// for figures or their subjects in it. A necessary condition, never a
// sufficient one: a match says nothing about what the text holds.

// A digit not part of a date (3月29日, 2024年): a table's bare figure counts.
const FIGURE =
  /\d(?![\d.]*\s*[年月日号时])|[〇零一二两三四五六七八九十百千][多余]?\s*[个项家亿万元%成倍番位名宗批次期]|第[\d一二两三四五六七八九十]|分之|过半|持平|翻番|首位|榜首|之首|居首|首次|首批/u;

export function mayStateFigure(text: string): boolean {
  return FIGURE.test(text);
}
