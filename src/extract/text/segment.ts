// Layout of a page: articles, each with headline lines and body lines, and
// sentences with their offsets in the normalised text. A headline is a short
// line that does not end a sentence; a run of headline lines after body text
// starts a new article (a newspaper page holds several).

import { PLACE_ITEM_LINE } from "./list-lines";

export interface Sentence {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  text: string;
  headline: boolean;
  /** Index of the line (paragraph) within the document. */
  paragraph: number;
  /** A row of a table flattened into text (哈尔滨市    开工142个    总投资624.7亿元): its cells are clauses. */
  row?: boolean;
  /** The cells of the header row above a table row (旗县区  签约项目（个）  签约金额（亿元）). */
  header?: readonly string[];
  /**
   * The column labels above a row of a table whose rows are indicators and whose columns are periods or places
   * (指标　1月　2月　1—2月 over 进出口（亿元）　148.6　112.4　261.0). The first is what a rate row (同比（%）) is of: the
   * row above's label.
   */
  columns?: readonly string[];
  /** A note's units over such a table whose rows name none (主要数据如下（单位：个、亿元）： over 签约项目数　58). */
  units?: string;
}

export interface Article {
  index: number;
  title: string;
  sentences: Sentence[];
}

const HEADLINE_MAX = 40;
const TITLE_MAX = 56;
// Also a dash leading into the lines after it (总投资约312亿元，具体为——).
const ENDS_SENTENCE = /[。！？!?；;：:，,）)]$|——$/u;
const EXCLAIMS = /[！!]$/u;
// A title's note on what is printed of it (统计公报（摘要）, 政府工作报告（节选）): the bracket closes no sentence.
const TITLE_NOTE = /[^，。；：,;:][（(](?:摘要|节选|摘登|全文|上|下|图|图文|视频)[）)]$/u;
const BYLINE = /^(?:本报讯|.{0,12}讯[ （(]|（记者|\(记者)/u;
const CAPTION = /摄$/u;
// A sentence ends at 。！？ (a closing quote after it stays with it): the shape
// /[^。！？!?]+(?:[。！？!?]+[”’」』]?)?|[。！？!?]+/, read by hand below (a regex
// match object per sentence cost more than the split itself).
const STOP = new Uint8Array(0x10000);
for (const ch of "。！？!?") STOP[ch.charCodeAt(0)] = 1;
const CLOSING = new Uint8Array(0x10000);
for (const ch of "”’」』") CLOSING[ch.charCodeAt(0)] = 1;

// The next stop is found by a regex search (test, so no match object is made):
// it outruns a loop over the characters between stops.
const NEXT_STOP = /[。！？!?]/g;

/** End of the sentence that starts at `start` in `line`. */
function sentenceEnd(line: string, start: number): number {
  let i = start;
  if (STOP[line.charCodeAt(i)] === 1) {
    while (i < line.length && STOP[line.charCodeAt(i)] === 1) i++;
    return i;
  }
  NEXT_STOP.lastIndex = i;
  if (!NEXT_STOP.test(line)) return line.length;
  i = NEXT_STOP.lastIndex;
  while (i < line.length && STOP[line.charCodeAt(i)] === 1) i++;
  if (i < line.length && CLOSING[line.charCodeAt(i)] === 1) i++;
  return i;
}

// Cells of a table row flattened into text: two or more spaces (or a tab) between them, a figure in a cell.
// A run of tabs is one gap (襄州区\t\t19\t\t97.3, cells padded to line up): no empty cell between.
const CELL_GAP = /\S(?:[ \u3000]{2,}|\t+)\S/u;
const FIGURE = /\d/u;
// Also one space between a row's label and its first figure, where the label's width left no room
// (运城经济技术开发区　5　　　　　6 in a table aligned with ideographic spaces).
// Or one space after a header cell's unit (签约（个）　开工（个）).
const CELL_SPLIT = /(?:[ \u3000]{2,}|\t+|(?<=\p{Script=Han}|[）)])[ \u3000](?=[-−]?\d)|(?<=[）)])[ \u3000](?=\S))/u;
// Or one space (an ideographic one before normalising), as typeset tables are often
// copied (鹿城区　12　86.4　21.3): then the line needs three cells or more, every one
// after the first a bare figure, so that a headline of two phrases, a dateline or a
// number with a space inside (1 852.35亿元) is no row.
const NARROW_SPLIT = / +/u;
const BARE_CELL = /^[-−]?\d+(?:\.\d+)?%?$/u;
// A cell a table leaves empty (贸易顺差　231.17　57.2　—): a dash or a slash, as a note under it says.
const EMPTY_CELL = /^(?:[—–－/／…]{1,2}|-{1,2})$/u;
// A page's number between dashes (…2023年12月7日— 1 —) is no row with an empty cell.
const PAGE_NUMBER = /[—–－-] \d{1,3} [—–－-]$/u;

/** The cells of a line laid out with wide gaps, or undefined. */
function wideCells(line: string): string[] | undefined {
  return CELL_GAP.test(line) ? line.split(CELL_SPLIT).map((c) => c.trim()) : undefined;
}

// A header's labels set apart by gaps of any width (市别　　　签约　开工　投产　总投资, spaces set unevenly); not a label
// spaced out within itself (类　别).
const SPACED_WORDS = /^\p{Script=Han}{2,8}(?:[ \u3000]+\p{Script=Han}{2,8}){2,}$/u;

/** The labels of a header row of bare words whose gaps differ in width, or undefined. */
function spacedWords(line: string): string[] | undefined {
  return SPACED_WORDS.test(line) ? line.split(/[ \u3000]+/u) : undefined;
}

/** The cells of a line laid out with single spaces, or undefined. */
function narrowCells(line: string): string[] | undefined {
  if (!line.includes(" ") || /[，,。；]/u.test(line)) return undefined;
  const cells = line.split(NARROW_SPLIT);
  return cells.length >= 3 ? cells : undefined;
}

/**
 * The cells of a row set with single spaces whose figures carry their units (开封市　74个　186.4亿元), or
 * undefined: a list's row under a sentence that names its columns.
 */
function unitCells(line: string): string[] | undefined {
  // Most lines hold no space at all: they are answered before any regex or split.
  if ((!line.includes(" ") && !line.includes("\u3000")) || /[，,。；]/u.test(line)) return undefined;
  const cells = line.split(/[ \u3000]+/u);
  return cells.length >= 3 && !FIGURE.test(cells[0] ?? "") && cells.slice(1).every((c) => CELL_WITH_UNIT.test(c))
    ? cells
    : undefined;
}

function isTableRow(line: string): boolean {
  // The full stop first: prose lines hold one early on, and no digit at all is the slow answer.
  if (line.includes("。") || !FIGURE.test(line)) return false;
  if (CELL_GAP.test(line)) return true;
  const cells = narrowCells(line);
  return (
    cells !== undefined &&
    !BARE_CELL.test(cells[0] ?? "") &&
    cells.slice(1).every((c) => BARE_CELL.test(c) || EMPTY_CELL.test(c)) &&
    cells.some((c, i) => i > 0 && BARE_CELL.test(c)) &&
    !PAGE_NUMBER.test(line)
  );
}

const UNIT_CELL = /[（(][^）)]{1,6}[）)]$/u;
const SIGNED_PERCENT = /[（(][±+][%％][）)]$/u;

const UNIT_NOTE = /单位[：:]\s*(?<units>[^）)\n]{1,12}?)\s*(?:[）)]|$)/u;
// Rates and shares (占比, 比重) are in per cent whatever the note's money unit.
const RATE_COLUMN = /同比|增长|增速|增幅|比上年|比去年|占比|比重|%/u;
const TRADE_WORD = /进出口|外贸/u;
const STAGE_CELL = /^(?:集中)?(?:签约|开工|动工|投产)(?:一批)?(?:项目)?(?:数|个数)?$/u;
// A column of places' positions (排名 over 1, 2, 3): ranks, whatever the unit note says.
// 项目数, 个数 under 单位：个、亿元: the count's column.
const COUNT_CELL = /^(?:项目)?(?:个数|数量|数)$/u;
const RANK_CELL = /^(?:(?:全|在全)(?:省|市|区|县|国))?(?:排名|位次|名次|排序)$/u;
const MONEY_UNIT = /^(?:万亿|亿|万)?(?:美?元)$/u;

/**
 * A table's header row: cells without figures, one of them naming a unit
 * (签约金额（亿元）), or all of them named when the line before gave the
 * units (地区  进出口  同比  出口  进口 under 单位：亿元、%).
 */
function headerCells(line: string, units?: string): string[] | undefined {
  // 同比（±%）: a signed rate, in per cent.
  const cells = (spacedWords(line) ?? wideCells(line) ?? narrowCells(line))?.map((c) =>
    c.replace(SIGNED_PERCENT, "（%）"),
  );
  if (!cells || cells.length < 2) return undefined;
  if (FIGURE.test(line) && cells.some((c) => FIGURE.test(c) && !UNIT_CELL.test(c))) return undefined;
  // The first cell names the rows (县（市、区）): its brackets are no unit.
  // A stage's column with no unit beside one with a unit (签约项目  …  总投资（亿元）) counts projects.
  const listed = units?.split(/[、,，]/u).map((u) => u.trim()) ?? [];
  if (cells.some((c, i) => i > 0 && UNIT_CELL.test(c))) {
    // 时间  进出口  同比(%)  出口 … under （单位：亿元）: the title's unit for the columns that name none.
    const noted = listed.find((u) => MONEY_UNIT.test(u));
    const counted = stagesCounted(cells);
    return noted ? counted.map((c, i) => (i === 0 || UNIT_CELL.test(c) ? c : `${c}（${noted}）`)) : counted;
  }
  // 各县（市、区）项目数（个） over 县（市、区）  签约  开工  投产: counts alone.
  if (listed.length === 1 && listed[0] === "个" && cells.some((c, i) => i > 0 && STAGE_CELL.test(c)))
    return stagesCounted(cells);
  const money = listed.find((u) => MONEY_UNIT.test(u));
  if (!units || !money) return undefined;
  // 单位：个、亿元 over 签约  开工  投产  总投资: the stages' columns count projects.
  const count = listed.includes("个");
  return cells.map((c, i) =>
    i === 0
      ? c
      : `${c}（${RATE_COLUMN.test(c) ? "%" : RANK_CELL.test(c) ? "位" : count && (STAGE_CELL.test(c) || COUNT_CELL.test(c)) ? "个" : money}）`,
  );
}

/** Header cells with each stage's column (签约, 开工 …) marked as counting projects, and a rank's as positions. */
function stagesCounted(cells: readonly string[]): string[] {
  return cells.map((c, i) =>
    i > 0 && STAGE_CELL.test(c) ? `${c}（个）` : i > 0 && RANK_CELL.test(c) ? `${c}（位）` : c,
  );
}

// A table's title giving its unit, a count of projects (本次活动各县（市、区）项目数（个）).
const COUNT_TITLE = /项目(?:个数|数量|数)?[（(]个[）)]$/u;
const STAGE_WORD = /签约|开工|动工|投产/gu;
const NAMES_STAGE = /签约|开工|动工|投产/u;
const PROJECT_COLUMN = /^(?:项目(?:数|个数|数量)?|个数|总投资|计划总投资|投资额|投资)/u;

/**
 * Header cells of a table of one stage's projects, the stage named in the title above
 * (部分市集中开工项目情况 over 市别  项目数（个）  总投资（亿元）): its project columns take it.
 */
function withTitleStage(cells: string[], title: string): string[] {
  const stages = new Set(title.match(STAGE_WORD) ?? []);
  // 各市州集中开工情况如下: an activity's stage names the projects without the word.
  if (stages.size !== 1 || !(title.includes("项目") || /集中(?:签约|开工|动工|投产)/u.test(title))) return cells;
  const stage = [...stages][0] as string;
  return cells.map((c, i) =>
    i > 0 && !NAMES_STAGE.test(c) && PROJECT_COLUMN.test(c) ? `${stage}${c.startsWith("项目") ? "" : "项目"}${c}` : c,
  );
}

// A table's columns described in the sentence before it: 签约、开工、投产项目个数及总投资（亿元）依次如下.
const STAGE_COLUMNS = /(?<stages>(?:签约|开工|动工|投产)(?:[、和与及](?:签约|开工|动工|投产))+)项目(?:个数|数量|数)?/u;
const TOTAL_COLUMNS = /项目(?:个数|数量|数)(?:及|和|、)(?<label>总投资|投资额)(?:如下|情况|分别为|依次为)?[：:]?$/u;
// Also the columns named in a note (部分省辖市项目情况如下（项目个数，总投资）：).
const TOTAL_COLUMNS_NOTE = /[（(]项目(?:个数|数量|数)[，,、](?<label>总投资|投资额)[）)][：:]?$/u;
const AMOUNT_COLUMN = /(?:及|和|、)(?<label>总投资|投资额|签约金额)[（(](?<unit>[^）)]{1,4})[）)]/u;

/**
 * Header cells for rows whose columns the line before describes instead of a
 * header row: the stages' counts and an amount, or (in a trade report) the
 * units alone (分盟市看（单位：亿元、%）：), read as 进出口 and 同比.
 */
function describedColumns(line: string, row: string, trade: boolean): string[] | undefined {
  const cells = wideCells(row) ?? narrowCells(row) ?? unitCells(row);
  if (!cells) return undefined;
  const figures = cells.length - 1;
  const stages = STAGE_COLUMNS.exec(line)?.groups?.stages;
  if (stages) {
    const columns = (stages.match(/签约|开工|动工|投产/gu) ?? []).map((s) => `${s}项目（个）`);
    const amount = AMOUNT_COLUMN.exec(line)?.groups;
    if (amount?.label && amount.unit) columns.push(`${amount.label}（${amount.unit}）`);
    return columns.length === figures ? ["", ...columns] : undefined;
  }
  // 各分会场集中签约开工投产项目数及总投资如下： over 开封市　74个　186.4亿元: each place's projects and their investment.
  const whole = figures === 2 ? (TOTAL_COLUMNS.exec(line) ?? TOTAL_COLUMNS_NOTE.exec(line))?.groups?.label : undefined;
  if (whole) {
    const units = cells.slice(1).map((c) => CELL_WITH_UNIT.exec(c)?.groups?.unit);
    if (units[0] === "个" && (units[1] === "亿元" || units[1] === "万元"))
      return ["", "签约开工投产项目（个）", `${whole}（${units[1]}）`];
  }
  const units = UNIT_NOTE.exec(line)
    ?.groups?.units?.split(/[、,，]/u)
    .map((u) => u.trim());
  if (!trade || !units || units.length !== figures) return undefined;
  const columns = units.map((u) => (u === "%" ? "同比（%）" : MONEY_UNIT.test(u) ? `进出口（${u}）` : ""));
  return columns.every((c) => c !== "") ? ["", ...columns] : undefined;
}

const CELL_WITH_UNIT = /^[-−]?\d+(?:\.\d+)?(?<unit>个|家|亿元|万元|亿美元|万美元|%)$/u;

/**
 * Header cells for a header row naming no units over rows whose every figure carries its own
 * (单位 | 签约项目 | … | 总投资 over 全市 | 59个 | … | 909.4亿元): each column takes its row's unit.
 */
function unitsInCells(line: string, row: string): string[] | undefined {
  const cells = wideCells(line);
  const figures = wideCells(row);
  if (!cells || !figures || cells.length !== figures.length || cells.length < 2 || FIGURE.test(line)) return undefined;
  const units = figures.slice(1).map((c) => CELL_WITH_UNIT.exec(c)?.groups?.unit);
  if (units.some((u) => u === undefined)) return undefined;
  return cells.map((c, i) => (i === 0 ? c : `${c}（${units[i - 1]}）`));
}

/** Whether a line of labels set apart by spaces stands over a table row of as many cells. */
function headsRow(line: string, next: string): boolean {
  if (FIGURE.test(line) || !isTableRow(next)) return false;
  const cells = wideCells(line) ?? narrowCells(line);
  const below = wideCells(next) ?? narrowCells(next);
  return cells !== undefined && below !== undefined && cells.length >= 3 && cells.length === below.length;
}

/** Whether the lines after `from` are a table: a row, or a header row over one. */
function opensTable(text: string, from: number, depth = 0): boolean {
  const next = nextLine(text, from);
  if (isTableRow(next)) return true;
  const at = text.indexOf(next, from);
  const after = nextLine(text, at + next.length);
  // 单位：个、亿元 ⏎ 签约项目　开工项目　投产项目 ⏎ 地区　个数　总投资…: a unit note and a header's group labels first.
  if (
    depth < 2 &&
    (UNIT_LINE.test(next) || groupCells(next, after) !== undefined || unitsUnder(next, after) !== undefined)
  )
    return opensTable(text, at + next.length, depth + 1);
  if (!headerCells(next) && !(depth > 0 && labelCells(next))) return false;
  return isTableRow(after);
}

// A table's title (附表：各县（市、区）集中签约开工情况, 表1：…).
const TABLE_TITLE = /^(?:附表|表\s?\d{1,2})[：:]/u;
// A table's unit note on a line of its own (单位：个、亿元, （单位：亿元、%）).
const UNIT_LINE = /^[（(]?单位[：:][^，。；]{1,12}?[）)]?$/u;

/** A header's cells of bare labels (地区　个数　总投资), three or more, no figure in any. */
function labelCells(line: string): string[] | undefined {
  if (FIGURE.test(line)) return undefined;
  const cells = wideCells(line) ?? spacedWords(line);
  return cells && cells.length >= 3 ? cells : undefined;
}

const UNITS_ONLY = /^(?:[（(][^（）()]{1,6}[）)][ \t\u3000]*){2,}$/u;

/**
 * A header whose units stand on the line under its labels (市别　项目数　总投资 over （个）　（亿元）): the labels
 * with their units, or undefined.
 */
function unitsUnder(labels: string, line: string): string[] | undefined {
  if (!UNITS_ONLY.test(line) || FIGURE.test(labels)) return undefined;
  const names = wideCells(labels) ?? spacedWords(labels);
  const units = line.split(/[ \t\u3000]+/u).filter((u) => u.length > 0);
  if (!names || names.length !== units.length + 1) return undefined;
  return names.map((n, i) => (i === 0 ? n : `${n}${units[i - 1]}`));
}

/**
 * A header's second line under labels that each span some of its columns (签约项目　开工项目　投产项目 over
 * 地区　个数　总投资　个数　总投资　个数　总投资): the second line's cells with their group's label before them, or
 * undefined when `groups` is no such line over `line`.
 */
function groupCells(groups: string, line: string): string[] | undefined {
  // The second line first: most lines are prose, answered by its figure or the lack of a gap.
  const cells = labelCells(line);
  if (!cells) return undefined;
  const labels = labelCells(groups) ?? (FIGURE.test(groups) ? undefined : wideCells(groups));
  if (!labels || labels.length < 2) return undefined;
  const span = (cells.length - 1) / labels.length;
  if (Number.isInteger(span) && span >= 2)
    return cells.map((c, i) => (i === 0 ? c : `${labels[Math.floor((i - 1) / span)]}${c}`));
  // 开发区　签约一批　　开工一批 ⏎ 　个数　总投资（亿元）　个数　…: the sub-labels' line leaves the rows' own column
  // blank, the group line's first label naming it.
  const own = cells.length / (labels.length - 1);
  if (labels.length < 3 || !Number.isInteger(own) || own < 1) return undefined;
  // 县（市、区）　集中开工　集中开工　集中签约　集中签约 ⏎ 　项目（个）　总投资（亿元）…: a spreadsheet's merged cells
  // written out once per column, each group label standing over its own sub-label.
  if (own === 1 && !labels.some((l, i) => i > 1 && l === labels[i - 1])) return undefined;
  return [labels[0] as string, ...cells.map((c, i) => `${labels[1 + Math.floor(i / own)]}${c}`)];
}

// The label over a table's first column when its rows are indicators (指标, 项目).
const ROWS_NAMED = /^(?:指标|主要指标|指标名称|项目|类别)$/u;
const ROWS_NAMED_START = /^(?:指标|主要指标|项目|类别)/u;
const RATE_ROW = /^(?:同比|增长|增速|增幅|比上年)/u;

/**
 * Column labels of a table whose rows are indicators with their units, the columns periods or places (指标　1月
 * 2月　3月 over 进出口（亿元）　148.6 …; 指标　全市合计　忻州经济开发区 over 签约项目（个）　24　9), or undefined.
 */
function transposedColumns(line: string, next: string, note?: string): string[] | undefined {
  const cells = wideCells(line) ?? spacedWords(line);
  if (!cells || cells.length < 3 || !ROWS_NAMED.test(cells[0] ?? "")) return undefined;
  if (cells.some((c, i) => i > 0 && UNIT_CELL.test(c))) return undefined;
  const first = wideCells(next)?.[0];
  if (first === undefined) return undefined;
  if (UNIT_CELL.test(first)) return cells;
  // Rows naming no unit (签约项目数　58) under a note that gives them (单位：个、亿元), the columns places or periods,
  // not measures (类别　项目数　总投资 over 签约项目　42　386.5 is a table of rows).
  return note !== undefined && !FIGURE.test(first) && !cells.some((c, i) => i > 0 && MEASURE_COLUMN.test(c))
    ? cells
    : undefined;
}
const MEASURE_COLUMN = /项目|投资|产值|进出口|出口|进口|同比|占比|比重|增长|增速|金额|总额|总值|数量|个数|顺差/u;

/** The units a note right under a table's rows gives (单位：个，亿元。), if there is one. */
function unitNoteAfter(text: string, from: number): string | undefined {
  for (let start = from, rows = 0; start < text.length && rows <= TABLE_ROWS_MAX; rows++) {
    const end = lineEndAt(text, start);
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line.length === 0 || isTableRow(line)) continue;
    return line.startsWith("单位") ? UNIT_NOTE.exec(line)?.groups?.units?.replace(/[。.]$/u, "") : undefined;
  }
  return undefined;
}
const TABLE_ROWS_MAX = 40;

/** The next non-empty line after `from`, trimmed ("" at the end). */
function nextLine(text: string, from: number): string {
  for (let start = from; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (line.length > 0) return line;
    start = end + 1;
  }
  return "";
}

// A post laid out one phrase per line (10月12日上午，⏎榆林市2023年第四季度⏎重大项目集中开工活动⏎在神木市主会场举行。):
// three or more short lines with no blank line between, in the body, are one paragraph whose line breaks end clauses.
// An item, a space, its figures (东盟　进出口6.9亿元　增长38.5%).
// Also places one a line with their stages' counts (偃师区　签约8个　开工11个).
const SPACED_ITEM_LINE = /^[^\s\d，。；]{2,12}(?:[ \u3000][^\s，。；]*(?:\d[^\s，。；]*|[倍成多%])){1,4}$/u;
// And a place, a colon, then its figures (郑州市：签约68个，开工103个，投产79个).
const LIST_LINE = { test: (line: string): boolean => SPACED_ITEM_LINE.test(line) || PLACE_ITEM_LINE.test(line) };
/**
 * A list's last line, closed by a full stop, after lines closed by semicolons (河津市　签约5个…；⏎
 * 绛县　签约2个、开工3个、投产2个，总投资22.7亿元。). Alone, such a line is a place's sentence (长治：共推进…。).
 */
function lastListLine(line: string, previous: string): boolean {
  return (
    line.endsWith("。") && previous.endsWith("；") && LIST_LINE.test(previous) && LIST_LINE.test(line.slice(0, -1))
  );
}
const PHRASE_LINES = 3;
const PHRASE_MAX = 24;
const FULL_STOP = /[。！？!?；;]$/u;

const POINT_TITLE = /^[^，。；：:！？\d\s]{2,12}$/u;

/** Whether a short line is the title of the figures on the line right under it. */
function titlesPoint(line: string, text: string, lineEnd: number): boolean {
  if (lineEnd >= text.length || !POINT_TITLE.test(line)) return false;
  const next = text.slice(lineEnd + 1, lineEndAt(text, lineEnd + 1)).trim();
  return KEY_FIGURE_LINE.test(next) || STAGE_COUNTS_LINE.test(next);
}

// A measure's label alone on its line, and a figure alone on the next (总投资 ⏎ 186.2亿元).
const LABEL_ALONE =
  /^\p{Script=Han}{0,8}(?:总投资|投资额|年产值|产值|项目数|年营业收入|年销售收入|进出口|出口|进口|顺差|逆差)$/u;
const LABEL_LINE_MAX = 24;
const FIGURE_ALONE = /^(?:约|近|超|超过|逾)?\d[\d.,]*\s*(?:万亿|亿|万)?(?:元|美元|个|家|%)(?:以上|左右)?$/u;

function lineEndAt(text: string, from: number): number {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}

/** Whether the line from `start` to `end` is a measure's label and the line right after it its figure alone. */
function labelOverFigure(text: string, start: number, end: number): boolean {
  // Most lines are prose, far longer than a label: not copied to be tried.
  if (end >= text.length || end - start > LABEL_LINE_MAX || !LABEL_ALONE.test(text.slice(start, end).trim()))
    return false;
  return FIGURE_ALONE.test(text.slice(end + 1, lineEndAt(text, end + 1)).trim());
}

/**
 * End of the block of short lines starting at `from` (no blank line inside,
 * no line but the last ending a sentence), or -1 when it is not a phrase block.
 */
function phraseBlockEnd(text: string, from: number, minLines = PHRASE_LINES): number {
  let lines = 0;
  let start = from;
  let end = from;
  let figures = false;
  while (start < text.length) {
    let lineEnd = text.indexOf("\n", start);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(start, lineEnd).trim();
    // A table's header row (设区市	进出口值	同比增减) ends a block of phrases too, also one set with single
    // spaces over its rows (地区 进出口 同比±% … over 全省 3992.1 2.8 …).
    if (line.length === 0 || line.length > HEADLINE_MAX || isTableRow(line) || CELL_GAP.test(line)) break;
    if (headsRow(line, nextLine(text, lineEnd + 1))) break;
    // So does a list of items one a line (东盟　进出口6.9亿元　增长38.5%): each is read on its own.
    if (LIST_LINE.test(line)) break;
    // A post's part heading (PART 2 区县看) stands alone: its number is no figure of a phrase.
    if (PART_HEADING.test(line)) break;
    if (FIGURE.test(line)) figures = true;
    lines++;
    end = lineEnd;
    start = lineEnd + 1;
    // Short paragraphs one a line (2023年，全省进出口1662.2亿元。⏎12月当月，…) stay paragraphs.
    if (FULL_STOP.test(line)) break;
  }
  return lines >= minLines && figures ? end : -1;
}

/**
 * Whether a whole post is laid out one phrase per line (a WeChat repost):
 * nearly every line short and unpunctuated, hardly a full stop in it. Then
 * every block of lines after the title is a paragraph, however short, and a
 * block of three lines or more may open the body.
 */
function isPhraseLayout(text: string): boolean {
  // Bounds first, from counts indexOf finds quickly: a page of prose has far
  // more full stops than a tenth of its lines, and is settled here without
  // reading it line by line.
  let maxLines = 1;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) maxLines++;
  if (maxLines < 12) return false;
  let stops = 0;
  for (let i = text.indexOf("。"); i >= 0; i = text.indexOf("。", i + 1)) if (++stops * 10 >= maxLines) return false;
  let lines = 0;
  let short = 0;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.length === 0) continue;
    lines++;
    if (line.length <= PHRASE_MAX && !FULL_STOP.test(line)) short++;
  }
  return lines >= 12 && short >= lines * 0.8 && stops * 10 < lines;
}

// Section headings and boxes of the same article: ▌从区域分布看, ▍各地速览, 📍市场更多元, 分市场看, 链接, 【背景】.
// Numbered sections of a release or report (一、总体情况, （二）各区情况, 3. 下一步) too, and
// the parts of a broadcast transcript (【字幕】…, 【同期声】…), and a press conference's 答记者问.
// And a line leading into a list (各区开工情况👇, 各市情况如下：, …开工情况如下——).
const SECTION =
  /^[\u2580-\u259f■□▪◆◇▲△▶►★☆●○◼◾⬛•]|^\p{Extended_Pictographic}|^[0-9#*]\uFE0F?\u20E3|^(?:从|分)[^，。]{1,12}(?:看|来看)[：:]?$|^(?:【[^】]{1,12}】|相关链接|链接|背景链接|背景|延伸阅读|小贴士|名词解释|答记者问|记者问答|现场问答|问答实录|互动问答)[：:]?$|^【(?:导语|正文|字幕|同期声?|记者出镜|出镜|解说|画外音|现场声?|口播|主持人|采访|编后|编者按|小标题)】|^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]|0\d(?:[ \u3000]+|[ \u3000]*[｜|][ \u3000]*))[^，。；]{1,20}$|^0?\d{1,2}$|(?:👇|⬇️?|如下[：:]?|[：:]|——)$|^[一二三四五六七八九十]{1,3}、[^，。；\d]{1,14}，[^，。；\d]{1,14}$/u;

// (A keycap digit opens a post's numbered part too: 1️⃣签约一批; so does a number before its title: 03 各地动态.)
// (A numbered heading may hold two phrases and no figure: 一、出口稳中有升，进口快速增长.)
// A post's heading may end in an emoji (【集中签约】📝).
const TRAILING_EMOJI = /(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+$/u;

const PART_NUMBER = /^0?\d{1,2}$/u;
// A post's part under its number in English (PART 1 全市总览, Part 2｜区县看).
const PART_HEADING = /^PART[ \u3000]*\d{1,2}[ \u3000]*[｜|]?[ \u3000]*[^，。；]{1,20}$/iu;
// Or a point led by its label (【开工】17个项目，总投资42.5亿元): a sentence of the body.
// A post's line stating a figure and more after it, without end punctuation (对东盟进出口5.21亿元，增长23.4%;
// 4月当月，全市进出口7.36亿元，同比增长4.5%): where a text has several, they are its sentences, not headlines.
const FIGURE_STATEMENT = /\d\s*(?:[万亿]?(?:美元|元)|%|个|家)[^，。；]*[，,][^。；]*[\d一二三四五六七八九十两]/u;
const FIGURE_STATEMENTS_MIN = 3;

/** Whether the text has a few lines that state figures as sentences do but end without punctuation. */
function hasFigureStatementLines(text: string): boolean {
  let found = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    if (isFigureStatementLine(line) && ++found >= FIGURE_STATEMENTS_MIN) return true;
    start = end + 1;
  }
  return false;
}

function isFigureStatementLine(line: string): boolean {
  return (
    line.length <= HEADLINE_MAX && !ENDS_SENTENCE.test(line) && !line.includes("。") && FIGURE_STATEMENT.test(line)
  );
}

const LABELLED_POINT = /^【[^】]{1,8}】[^。！？]*\d[^。！？]*[，,]/u;
// A label and its words under a label's figure (项目数量：32个 ⏎ 重点领域：现代煤化工、新材料): the same list's point.
const LABEL_LINE = /^[^，。；：:\d]{2,8}[：:]\S/u;
// A post's line of a label and its figure (进出口总值：392.5亿元, 同比增长：14.7%, 全省排名：第2位).
// Also a month's (4月当月：131.5亿元｜同比：↑10.2%), a rate with an arrow, more labels after a bar.
const KEY_FIGURE_LINE =
  /^(?:\d{1,2}月)?[^，。；：:\d]{2,14}[：:]\s*(?:第|约|近|超|逾|[↑↓])?\d[\d.,]*\s*(?:万亿|亿|万)?(?:元|美元|家|个|%|位|名)?(?:[，,（(｜|\t][^。]*)?$/u;
// A line of stages' counts (签约项目35个、开工项目30个、投产项目27个; 签约9个｜开工11个) under a place's heading: a sentence.
const STAGE_COUNTS_LINE =
  /^(?:签约|开工|动工|投产)(?:项目)?\d+个(?:\s*[、，,｜|\t]\s*(?:签约|开工|动工|投产)(?:项目)?\d+个)+$/u;
// A post's line of a label, its figure and its rate set apart by a space (出口 586.3亿元 ↑12.5%): a sentence.
const FIGURE_RATE_LINE =
  /^[^，。；：:\d\s]{1,12}\s?(?:约|近|超|逾)?\d[\d.,]*\s*(?:万亿|亿|万)?(?:元|美元|个|家)\s+(?:同比)?[↑↓+\-−]?\d[\d.]*%/u;
// Or a period's label and its figures (12月当月：进出口9.86亿元，同比↓2.1%).
const PERIOD_POINT =
  /^(?:\d{1,2}月(?:当月|份)?|当月|单月|1[-—–~至]\d{1,2}月|前\S{1,3}个月|[一二三四]季度|上半年|下半年|前三季度|全年)[：:][^，。；：:]{0,8}?\d[\d.,]*\s*(?:万亿|亿|万)?(?:元|美元|个|家|%)[，,｜|\s]/u;
const FIGURE_POINT =
  /^\p{Extended_Pictographic}\S*\s*(?:[^，。；\d]{1,8}[：:][^，。；]*\d[^。；]*，|[^，。；]{0,24}\d[^，。；]*[个元%][^。；！]*，[^。；！]*\d)/u;

// Page turns: an article breaks off (（下转第二版）) and goes on on a later page (（上接第一版）).
const CONTINUED_ON = /[（(](?:下转|转)第?[\d一二三四五六七八九十]+版[）)]\s*$/u;
const CONTINUED_FROM = /^[（(](?:上接|接)第?[\d一二三四五六七八九十]+版[）)]/u;

// Nor is a line of dots marking text left out (……), or a site's menu (首页 | 新闻 | 财经 | 地方).
const LINK_LIST_LABEL =
  /^(?:相关阅读|相关新闻|相关文章|相关报道|推荐阅读|热门推荐|热点推荐|猜你喜欢|网友评论|读者评论|热门评论|最新评论|往期回顾|往期推荐|往期精彩|延伸阅读)(?:[（(]\d+[）)])?[：:]?$/u;

// Also after the page's buttons and links to the pages next to it (【打印】【关闭】上一篇：…相关新闻), which a column break
// repair may have joined into one line.
const LINK_LIST_LABEL_END =
  /(?:^|\n|^[-—\d\s]+|(?:^|\n)(?:【[^】\n]{1,6}】|(?:上一篇|下一篇|上一条|下一条)[：:])[^\n]*)(?:相关阅读|相关新闻|相关文章|相关报道|推荐阅读|猜你喜欢|网友评论|读者评论)(?:[（(]\d+[）)])?[：:]?$/u;

// Nor a page's share and print buttons (分享到：微信 微博 QQ空间 | 收藏 | 打印), nor a page number (— 1 —).
const PAGE_LINKS =
  /^(?:上一篇|下一篇|上一条|下一条|相关阅读|相关新闻|相关文章|推荐阅读|热门推荐|热点推荐|猜你喜欢|分享到)[：:]|^[…．.。·⋯]+$|^[—－-]\s*\d{1,4}\s*[—－-]$/u;
const MENU = /^[^|｜]*[|｜](?:[^|｜]*[|｜]){2}/u;

// What a line must hold for PAGE_LINKS to match: one of its first characters, or a bar.
// Checked first: the regex costs far more than this on the many lines it does not match.
const PAGE_LINK_FIRST = new Set("上下相推热猜分…．.。·⋯—－-");

// A row of figures parted by bars (贵阳市：签约68个｜开工95个｜投产61个) is a list item, not links.
const BAR_FIGURE = /\d(?:个|项|家|亿|万|%)/u;

function isPageLinks(line: string): boolean {
  if (!PAGE_LINK_FIRST.has(line.charAt(0)) && !line.includes("|") && !line.includes("｜")) return false;
  return PAGE_LINKS.test(line) || (MENU.test(line) && !BAR_FIGURE.test(line));
}

/**
 * Before the body, a headline may exclaim as a post's title does (刚刚！38个重大项目集中签约开工，
 * 总投资超200亿元！); within the body such a line is a sentence.
 */
function isHeadline(line: string, beforeBody = false): boolean {
  return (
    // Before the body a title may run longer (全省第十期“三个一批”活动：2764个项目总投资16259.7亿元 郑州签约项目投资占全省两成多).
    line.length <= (beforeBody && !line.includes("，") ? TITLE_MAX : HEADLINE_MAX) &&
    (!ENDS_SENTENCE.test(line) || (beforeBody && EXCLAIMS.test(line)) || TITLE_NOTE.test(line)) &&
    !line.includes("。") &&
    !BYLINE.test(line) &&
    !CAPTION.test(line)
  );
}

/** Splits normalised text into articles and sentences. */
export function segment(text: string): Article[] {
  const articles: Article[] = [];
  let current: Article | undefined;
  let inBody = false;
  let paragraph = 0;
  let lineStart = 0;
  let blockStart = true;
  let header: string[] | undefined;
  let columns: string[] | undefined;
  let columnUnits: string | undefined;
  // The label of the last indicator row of such a table (进出口), what the rate row under it is of.
  let rowLabel = "";
  // Units stated on the line before a header row (各市进出口情况如下（单位：亿元、%）：).
  let unitNote: string | undefined;
  // The text so far speaks of trade: a table described by its units alone holds 进出口 and 同比.
  let trade = false;
  const phrases = isPhraseLayout(text);
  // Read only once a body line might be a headline: most pages never ask.
  let figureStatements: boolean | undefined;
  const statesFigures = (line: string): boolean => {
    if (!isFigureStatementLine(line)) return false;
    if (figureStatements === undefined) figureStatements = hasFigureStatementLines(text);
    return figureStatements;
  };
  // The line before was a part's bare number (01, 02): this one titles the part.
  let numbered = false;
  // The line before was a heading inside the body (■链接).
  let headingBefore = false;
  // The last non-empty line: a table's title before its header row (上半年部分市集中开工项目情况：).
  let previousLine = "";
  // The article a page turn continues (…（下转第二版） on one page, （上接第一版）… on the next).
  let turned: Article | undefined;
  // Inside a list of links or comments.
  let linkList = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Only a block's first line can start a phrase block (the line before it is blank or body).
    // Before the body, a block opening with a clause (10月12日上午，) is body too; headline blocks are not.
    const blockEnd: number =
      blockStart && (inBody || phrases || !isHeadline(text.slice(lineStart, lineEnd).trim(), true))
        ? phraseBlockEnd(text, lineStart, phrases && inBody ? 2 : PHRASE_LINES)
        : -1;
    if (blockEnd >= 0) lineEnd = blockEnd;
    // A post's label on a line of its own right over its figure (达产后预计年产值 ⏎ 85.6亿元): one point, a row.
    // Also a block's first lines right under a post's title (🎬一分钟看懂2019年运城外贸👇 ⏎⏎ 全年进出口 ⏎ 96.83亿元):
    // the body's first point.
    const paired =
      blockEnd < 0 &&
      (inBody || (blockStart && (current?.title ?? "") !== "")) &&
      labelOverFigure(text, lineStart, lineEnd);
    if (paired) lineEnd = lineEndAt(text, lineEnd + 1);
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const line = raw.trim();
    // A site's links to other pages (上一篇：…, 相关阅读：·孝义：5个农业项目集中签约) are not the article's,
    // nor is an ellipsis line.
    // A list of links or readers' comments under its label (相关阅读：⏎· 晋中市…签约项目31个…), up to the
    // next blank line: other pages' headlines and readers' words, not the article's.
    // The label may head a block of short lines (猜你喜欢⏎· …) or end one after a page number (-3-相关新闻：).
    if (line.length === 0) linkList = false;
    else if (
      (blockEnd >= 0
        ? // 【打印】【关闭】⏎相关新闻⏎· …: the label on any line of a block of short lines, the links from it on.
          line.split("\n").some((l) => LINK_LIST_LABEL.test(l.trim()))
        : LINK_LIST_LABEL.test(line)) ||
      LINK_LIST_LABEL_END.test(line)
    )
      linkList = true;
    if (line.length > 0 && !linkList && !isPageLinks(line)) {
      // A header row may hold digits inside its labels (其中：10亿元以上项目（个）): it is no row.
      const row =
        paired ||
        (blockEnd < 0 &&
          !PART_HEADING.test(line) &&
          ((isTableRow(line) &&
            (!CELL_GAP.test(line) || headerCells(line) === undefined) &&
            // 指标　1月　2月　3月: the column labels of a table whose rows are indicators.
            !(ROWS_NAMED_START.test(line) && transposedColumns(line, nextLine(text, lineEnd + 1)) !== undefined)) ||
            (inBody && (LIST_LINE.test(line) || lastListLine(line, previousLine)))));
      // A list's item one a line in the body (东盟　进出口6.9亿元　增长38.5%) is no headline either.
      // Nor a post's line led by an emoji with its figures (📥 进口：207.8亿元，增长40.2%; 📍全省共2795个项目…，总投资…): a sentence.
      const headline =
        !row &&
        blockEnd < 0 &&
        isHeadline(line, !inBody) &&
        !(
          inBody &&
          // (PART 3｜市场 has the look of a list's item: a word, a space, a digit.)
          ((LIST_LINE.test(line) && !PART_HEADING.test(line)) ||
            FIGURE_POINT.test(line) ||
            LABELLED_POINT.test(line) ||
            KEY_FIGURE_LINE.test(line) ||
            STAGE_COUNTS_LINE.test(line) ||
            FIGURE_RATE_LINE.test(line) ||
            PERIOD_POINT.test(line) ||
            (LABEL_LINE.test(line) && KEY_FIGURE_LINE.test(previousLine)) ||
            statesFigures(line))
        );
      // A heading over table rows (各市（地）开工情况) or a section heading (▌从区域分布看, 分市场看)
      // titles a part of the article, not a new one.
      // A post's numbered parts: a bare number (01) over the part's title, both headings.
      const heading: boolean =
        headline &&
        inBody &&
        (SECTION.test(line) ||
          PART_HEADING.test(line) ||
          // A table's title or its units' note over it (附表：各县（市、区）集中签约开工情况, 单位：亿元、%).
          UNIT_LINE.test(line) ||
          TABLE_TITLE.test(line) ||
          // A post's line ending in an emoji (…等领域💪) goes on with the post.
          TRAILING_EMOJI.test(line) ||
          numbered ||
          // A box's title under its label (■链接 ⏎ 各县区分会场项目情况): still the box.
          (headingBefore && !blockStart) ||
          // A point's title right over its figures (界首市 ⏎ 开工项目：22个｜总投资：86.4亿元).
          titlesPoint(line, text, lineEnd) ||
          // A table's group labels over its sub-labels (地区　签约项目　　开工项目 ⏎ 个数　金额　个数　金额).
          groupCells(line, nextLine(text, lineEnd + 1)) !== undefined ||
          opensTable(text, lineEnd + 1));
      numbered = heading && PART_NUMBER.test(line);
      headingBefore = heading;
      // A header row's columns name what the rows' bare figures are (签约金额（亿元） over 88.4).
      if (!row) {
        const next = nextLine(text, lineEnd + 1);
        const rowNext = isTableRow(next) || unitCells(next) !== undefined;
        const grouped = unitsUnder(previousLine, line) ?? groupCells(previousLine, line);
        const headerLine = grouped ? grouped.join("  ") : line;
        // 单位：个，亿元。 under the rows (where a markdown export leaves a table's notes): the header's units too.
        const cells =
          headerCells(headerLine, unitNote ?? (COUNT_TITLE.test(previousLine) ? "个" : undefined)) ??
          (rowNext && unitNote === undefined ? headerCells(headerLine, unitNoteAfter(text, lineEnd + 1)) : undefined);
        columns = rowNext ? transposedColumns(line, next, unitNote) : undefined;
        columnUnits = columns ? unitNote : undefined;
        header =
          cells && rowNext && !columns
            ? withTitleStage(cells, previousLine)
            : rowNext && !columns
              ? (describedColumns(line, next, trade) ?? unitsInCells(line, next))
              : undefined;
        // The note holds over a header's group labels (单位：亿元、% ⏎ 进出口　出口　进口 ⏎ 地区　金额　同比…).
        unitNote = line.includes("单位")
          ? UNIT_NOTE.exec(line)?.groups?.units
          : unitNote !== undefined && groupCells(line, next) !== undefined
            ? unitNote
            : undefined;
        if (!trade && TRADE_WORD.test(line)) trade = true;
      }
      if (turned && !headline && CONTINUED_FROM.test(line)) {
        // The rest of an article from an earlier page: its sentences are that article's.
        current = turned;
        turned = undefined;
        inBody = true;
      } else if (!current || (headline && inBody && !heading)) {
        current = { index: articles.length, title: "", sentences: [] };
        articles.push(current);
        inBody = false;
      }
      if (CONTINUED_ON.test(line)) turned = current;
      // PART 1 全市总览 under a post's title and dateline: its first part, the body from here on.
      if (headline && !inBody && !(current.title !== "" && PART_HEADING.test(line)))
        current.title = current.title ? `${current.title} ${line}` : line;
      else inBody = true;
      const base = lineStart + lead;
      if (headline) {
        current.sentences.push({ start: base, end: base + line.length, text: line, headline: true, paragraph });
      } else if (row) {
        const sentence: Sentence = {
          start: base,
          end: base + line.length,
          text: line,
          headline: false,
          paragraph,
          row,
        };
        if (columns) {
          // 同比（%） under 进出口（亿元）: a rate row is of the row above.
          const label = (wideCells(line)?.[0] ?? "").replace(UNIT_CELL, "");
          const rate = RATE_ROW.test(label);
          if (!rate) rowLabel = label;
          sentence.columns = [rate ? rowLabel : (columns[0] ?? ""), ...columns.slice(1)];
          if (columnUnits !== undefined) sentence.units = columnUnits;
        } else sentence.header = header;
        current.sentences.push(sentence);
      } else {
        for (let from = 0; from < line.length; ) {
          const to = sentenceEnd(line, from);
          const s = line.slice(from, to);
          const trimmed = s.trimStart();
          const off = s.length - trimmed.length;
          const t = trimmed.trimEnd();
          if (t.length > 0) {
            const start = base + from + off;
            current.sentences.push({ start, end: start + t.length, text: t, headline: false, paragraph });
          }
          from = to;
        }
      }
      paragraph++;
    }
    // After a block of phrases that ended a sentence (…协议总投资超410亿元；⏎集中投产项目17个，⏎…), the next
    // short lines may start another.
    blockStart = line.length === 0 || (blockEnd >= 0 && FULL_STOP.test(line));
    if (line.length === 0) headingBefore = false;
    if (line.length > 0) previousLine = line;
    lineStart = lineEnd + 1;
  }
  return articles;
}
