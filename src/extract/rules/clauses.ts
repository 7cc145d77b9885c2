import { type PeriodContext, type PeriodMention, scanPeriods } from "../resolve/periods";
import { COUNT, clauseSpans, PERIOD, textFeatures } from "../text/char-features";
import { parseInteger } from "../text/numerals";
import { type Quantity, scanQuantities } from "../text/quantities";
import type { Sentence } from "../text/segment";
import type { Clause, ReadingState } from "./types";

// Clauses are the unit a figure's subject carries across: 、 stays inside a
// clause (lists), ，；： end one. Headlines separate clauses by spaces.
// Splitting also reads each clause's character features, so the rules can
// pass over clauses that hold no figure.

// Imported bindings are read through getters once compiled to CommonJS: keep hot ones local.
const PERIOD_BIT = PERIOD;
const COUNT_BIT = COUNT;

/** A clause's text, features and period words: what does not depend on the reading state. */
export interface ClauseText {
  text: string;
  /** Offset in the normalised text. */
  start: number;
  features: number;
  periods: readonly PeriodMention[];
}

const NO_PERIODS: readonly PeriodMention[] = [];
const RESPECTIVE = /分别|依次/u;

const NO_CLAUSES: readonly ClauseText[] = [];

/**
 * The clauses of a sentence with their period words (scanned only where a
 * period can be). A sentence holding none of the features the rules `need`
 * gives only its clauses with period words (nothing else in it is read), or
 * none at all.
 */
export function clauseTexts(sentence: Sentence, needed: number): readonly ClauseText[] {
  const text = sentence.text;
  const spans = clauseSpans(text, sentence.headline || sentence.row === true);
  if (sentence.header) return rowClauses(sentence, sentence.header, spans);
  if (sentence.columns) return columnClauses(sentence, sentence.columns, spans, sentence.units);
  let all = 0;
  for (let k = 2; k < spans.length; k += 3) all |= spans[k] ?? 0;
  // A table's row of a place and its bare count (川汇区　4个), under a heading naming the stage: read too.
  const read = (all & needed) !== 0 || (sentence.row === true && (all & COUNT_BIT) !== 0);
  if (!read && (all & PERIOD_BIT) === 0) return NO_CLAUSES;
  const out: ClauseText[] = [];
  // Labels are joined to figures only in rows and across line breaks: most sentences have neither.
  const labels = !sentence.headline && (sentence.row === true || text.includes("\n"));
  for (let k = 0; k < spans.length; k += 3) {
    const start = spans[k] ?? 0;
    const features = spans[k + 2] ?? 0;
    if (!read && (features & PERIOD_BIT) === 0) continue;
    if (labels && labelBeforeFigure(text, spans, k, sentence.row === true)) {
      const label = text.slice(start, spans[k + 1]);
      const at = spans[k + 3] ?? 0;
      // Read as a table's cell is: the words before the figure lent to it, the figure keeping its offsets.
      out.push(cellClause(`${label}${text.slice(at, spans[k + 4])}`, sentence.start + at - label.length));
      k += 3;
      continue;
    }
    const clause = text.slice(start, spans[k + 1]);
    // The clause's features were read with its span: not read again for the period scan.
    let periods = (features & PERIOD_BIT) !== 0 ? scanPeriods(clause, features) : NO_PERIODS;
    // A date in a headline line is a dateline (二〇二四年三月二十日), not what the article reports on.
    if (sentence.headline && periods.some((p) => p.date)) periods = periods.filter((p) => !p.date);
    // 占全年四次活动签约总投资的25.6%: the whole a share is of names its own period, not the clause's.
    if (periods.length > 0 && clause.includes("占")) periods = periods.filter((p) => !inShareBase(clause, p));
    out.push({ text: clause, start: sentence.start + start, features, periods });
  }
  return out;
}

// A measure's label set apart from its figure by spaces (▶ 签约  22个｜132.8亿元, 总投资  415.3亿元): read as one
// clause, the label right before the figure (签约22个), the figure keeping its offsets.
const MEASURE_LABEL =
  /^\p{Script=Han}{0,6}(?:签约|开工|动工|投产|竣工|总数|总投资|年产值|项目|进出口|出口|进口|顺差|逆差)$/u;
// Also an amount's label over its figure on the next line, in a block of short lines (▌签约 ⏎ 项目数 ⏎ 31个 ⏎ 总投资
// ⏎ 186.2亿元); counts are read there without it (全市集中签约项目 ⏎ 43个).
const AMOUNT_LABEL = /^\p{Script=Han}{0,6}(?:总投资|年产值|进出口|出口|进口|顺差|逆差)$/u;
const FIGURE_START = /^[\d↑↓⬆⬇+-]/u;

/**
 * Whether the span at `k` is a measure's label whose figure is the next span, across a gap of spaces in a row
 * or a line break anywhere.
 */
function labelBeforeFigure(text: string, spans: readonly number[], k: number, row: boolean): boolean {
  const end = spans[k + 1] ?? 0;
  const next = spans[k + 3];
  if (next === undefined) return false;
  const gap = text.slice(end, next);
  return (
    (row ? /^\s+$/u.test(gap) : /^\s*\n\s*$/u.test(gap)) &&
    (row ? MEASURE_LABEL : AMOUNT_LABEL).test(text.slice(spans[k] ?? 0, end)) &&
    FIGURE_START.test(text.slice(next, spans[k + 4]))
  );
}

const SHARE_OPEN = /占[^，；。]*$/u;
const SHARE_CLOSE = /^[^，；。]*的/u;

function inShareBase(clause: string, p: PeriodMention): boolean {
  return SHARE_OPEN.test(clause.slice(0, p.start)) && SHARE_CLOSE.test(clause.slice(p.end));
}

/** The words right before the period of a figure passed (超去年全年, 已超过去年全年的…). */
export const PASSED_BEFORE = /(?:超|超过|超出|高于|多于|逼近|接近|追平|赶超)$/u;

/** Clauses of a sentence; each takes the period in force after its own period words. */
export function splitClauses(texts: readonly ClauseText[], state: ReadingState): Clause[] {
  const out: Clause[] = [];
  for (const t of texts) {
    const before = state.period;
    for (const p of t.periods) state.period = p.apply(state.period, state.refYear, state.main);
    out.push({ text: t.text, start: t.start, period: state.period, features: t.features });
    // 已超过去年全年的68.9亿元，占全省的4.9%: the period of what a figure passed is its own clause's only.
    const first = t.periods[0];
    if (first && PASSED_BEFORE.test(t.text.slice(Math.max(0, first.start - 3), first.start))) state.period = before;
  }
  return out;
}

/**
 * Periods listed before 分别 (一季度、二季度、三季度和四季度分别进出口…): one per
 * figure of the list, in order. Empty unless the clause lists two or more.
 */
export function listedPeriods(clause: Clause, figureAt: number, state: ReadingState): PeriodContext[] {
  if ((clause.features & PERIOD_BIT) === 0) return [];
  // A rate's words may hold the 分别 (增速依次为8.7%、…): up to its first digit.
  const digit = clause.text.slice(figureAt).search(/[-−+\d]/u);
  const firstFigure = digit < 0 ? figureAt : figureAt + digit;
  if (!RESPECTIVE.test(clause.text.slice(0, firstFigure))) return [];
  const mentions = scanPeriods(clause.text).filter((m) => m.end <= firstFigure);
  if (mentions.length === 1) {
    const m = mentions[0] as PeriodMention;
    const months = monthsOfRange(clause, m, firstFigure, state);
    if (months.length > 0) return months;
    const quarters = quartersOfRange(clause, m, firstFigure, state);
    if (quarters.length > 0) return quarters;
    const listed = quartersListedShort(clause, m, firstFigure, state);
    return listed.length > 0 ? listed : batchesOfRange(clause, m, firstFigure, state);
  }
  if (mentions.length < 2 || !listedTogether(clause.text, mentions)) return [];
  const last = mentions.at(-1) as PeriodMention;
  if (!RESPECTIVE.test(clause.text.slice(last.end, firstFigure))) return [];
  return mentions.map((m) => m.apply(clause.period, state.refYear, state.main));
}

/** Whether the period words follow one another with only a list mark between (一季度、二季度和三季度). */
function listedTogether(text: string, mentions: readonly PeriodMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) {
    const gap = text.slice((mentions[i - 1] as PeriodMention).end, (mentions[i] as PeriodMention).start);
    if (!LIST_MARK.test(gap)) return false;
  }
  return true;
}

const LIST_MARK = /^[、和及与]$/u;
const LIST_MARKS = /[、和及与]/u;
const QUARTER_RANGE = /^[1-4一二三四](?:季度)?(?:-|—|–|~|～|至|到)[1-4一二三四]季度$/u;

/** 一至四季度分别集中开工项目112个、118个、102个、96个: a range of quarters before 分别 lists each of them. */
function quartersOfRange(clause: Clause, m: PeriodMention, firstFigure: number, state: ReadingState): PeriodContext[] {
  if (!QUARTER_RANGE.test(clause.text.slice(m.start, m.end)) || !RESPECTIVE.test(clause.text.slice(m.end, firstFigure)))
    return [];
  const range = m.apply(clause.period, state.refYear, state.main);
  if (!range.months) return [];
  const out: PeriodContext[] = [];
  for (let q = (range.months[0] + 2) / 3; q <= range.months[1] / 3; q++) out.push({ year: range.year, quarter: q });
  return out;
}

const EACH_MONTH_AFTER = /^各月(?:份)?/u;

/** 1至4月各月进出口增速依次为-10.3%、-6.9%、1.2%、0.8%: each month of a range, one per figure. */
function monthsOfRange(clause: Clause, m: PeriodMention, firstFigure: number, state: ReadingState): PeriodContext[] {
  if (!EACH_MONTH_AFTER.test(clause.text.slice(m.end, firstFigure))) return [];
  const range = m.apply(clause.period, state.refYear, state.main);
  if (!range.months) return [];
  const out: PeriodContext[] = [];
  for (let month = range.months[0]; month <= range.months[1]; month++) out.push({ year: range.year, month });
  return out;
}

const QUARTERS_BEFORE_LAST = /(?<![\d一二三四五六七八九十])((?:[1-4一二三四][、和及与])+)$/u;
const QUARTER_WORD = /^(?:第)?[1-4一二三四]季度$/u;

/** 一、二季度分别进出口1221.4亿元和1335.4亿元: quarters listed by their numbers, 季度 written once after the last. */
function quartersListedShort(
  clause: Clause,
  m: PeriodMention,
  firstFigure: number,
  state: ReadingState,
): PeriodContext[] {
  if (!QUARTER_WORD.test(clause.text.slice(m.start, m.end)) || !RESPECTIVE.test(clause.text.slice(m.end, firstFigure)))
    return [];
  const before = QUARTERS_BEFORE_LAST.exec(clause.text.slice(0, m.start))?.[1];
  const last = m.apply(clause.period, state.refYear, state.main);
  if (!before || last.quarter === undefined) return [];
  const out: PeriodContext[] = [];
  for (const ch of before.replace(/[、和及与]/gu, "")) {
    const q = parseInteger(ch);
    if (q === null || q >= last.quarter) return [];
    out.push({ year: last.year, quarter: q });
  }
  out.push({ year: last.year, quarter: last.quarter });
  return out;
}

const EVENTS_AFTER = /^(?:(?:集中)?活动)?(?:中|里|期间)?$/u;

/** 6月、7月、8月，全区进出口分别为…: a clause that only lists periods, for the 分别 list of the clause after it. */
export function periodsListedAlone(clause: Clause, state: ReadingState): PeriodContext[] {
  // Two periods or more, set apart by list marks: most clauses hold none and are not scanned again.
  if ((clause.features & PERIOD_BIT) === 0 || !LIST_MARKS.test(clause.text)) return [];
  const text = clause.text.trim();
  const mentions = scanPeriods(text);
  const end = mentions.at(-1)?.end ?? 0;
  // Also the events they name (第一次、第二次、第三次活动中，我市分别推进项目…).
  if (mentions.length < 2 || mentions[0]?.start !== 0 || !EVENTS_AFTER.test(text.slice(end))) return [];
  if (!listedTogether(text, mentions)) return [];
  return mentions.map((m) => m.apply(clause.period, state.refYear, state.main));
}

// 第一次至第四次, 第一至第四期: the batches from the first to the last, the last being the period word read.
const BATCH_RANGE_BEFORE = /第(?<from>\d{1,2}|[一二三四五六七八九十]{1,3})(?:次|期|批)?(?:-|—|–|~|～|至|到)(?:第)?$/u;

/** 第一次至第四次活动签约项目分别为41个、52个、46个、47个: a range of batches before 分别 lists each of them. */
function batchesOfRange(clause: Clause, m: PeriodMention, firstFigure: number, state: ReadingState): PeriodContext[] {
  if (!RESPECTIVE.test(clause.text.slice(m.end, firstFigure))) return [];
  const before = BATCH_RANGE_BEFORE.exec(clause.text.slice(Math.max(0, m.start - 8), m.start));
  const from = before?.groups?.from ? parseInteger(before.groups.from) : null;
  const last = m.apply(clause.period, state.refYear, state.main);
  if (from === null || last.batch === undefined || from < 1 || from >= last.batch) return [];
  const out: PeriodContext[] = [];
  for (let b = from; b <= last.batch; b++) out.push({ year: last.year, batch: b });
  return out;
}

/** Marks list continuation: quantities of the same kind separated only by 、/和/及. */
export function numberLists<T extends { kind: string; start: number; end: number; listIndex: number }>(
  text: string,
  items: T[],
): T[] {
  let bracketed = false;
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1] as T;
    const cur = items[i] as T;
    if (prev.kind === cur.kind && /^\s*(?:、|和|及|与)\s*$/u.test(text.slice(prev.end, cur.start))) {
      cur.listIndex = prev.listIndex + 1;
    }
    // 分别为386.4亿元（增长5.2%）、312.5亿元（下降2.3%）…: each item's rate in brackets after it, the items a list
    // through the brackets and each rate at its item's place.
    else if (i >= 2 && prev.kind !== cur.kind) {
      const before = items[i - 2] as T;
      if (before.kind === cur.kind && BRACKET_BETWEEN.test(text.slice(before.end, cur.start))) {
        cur.listIndex = before.listIndex + 1;
        bracketed = true;
      }
    }
  }
  if (bracketed) {
    // The rates inside take the places of the items they follow.
    for (let i = 1; i < items.length; i++) {
      const prev = items[i - 1] as T;
      const cur = items[i] as T;
      if (prev.kind !== cur.kind && /^[（(][^（）()]*$/u.test(text.slice(prev.end, cur.start)) && prev.listIndex > 0)
        cur.listIndex = prev.listIndex;
    }
  }
  return items;
}
const BRACKET_BETWEEN = /^[（(][^（）()]*[）)]\s*(?:、|和|及|与)\s*$/u;

// 开工项目数量超过100个的省辖市有5个（郑州142个、…）; 出口增速超过20%的有4个（濮阳36.2%、…）: the bound places
// passed, no figure of any place.
const PASSED_BY_PLACES =
  /^(?:以上)?的(?:省辖市|设区市|地级市|地市|城市|市州|县市区|县（市、区）|县区|市|县|区|地区|国家和地区|国家)(?:还有|也有|有|是|为|包括)/u;
const PASSED_BY_SOME = /^(?:以上)?的(?:还有|也有|有|是|为|包括)/u;
// 签约项目超过20个的有长沙（36个）、岳阳（24个）: a count bound, the places' counts in brackets after it.
const PASSED_BY_COUNTED =
  /^(?:以上)?的(?:还有|也有|有|是|为|包括)[：:]?\p{Script=Han}{2,12}[（(][\d〇零一二两三四五六七八九十百千]+个/u;

/** Whether the quantity is a bound some places passed (超过100个的省辖市有5个), no figure of its own. */
function passedByPlaces(text: string, q: Quantity, amounts = false): boolean {
  if (q.qualifier !== "more_than" || (q.kind === "money" && !amounts)) return false;
  const after = text.slice(q.end, q.end + 24);
  // 出口超过20亿美元的有赣州（31.6亿美元）…: a trade amount too, when amounts are asked for.
  return (
    PASSED_BY_PLACES.test(after) ||
    (q.kind === "count" && PASSED_BY_COUNTED.test(after)) ||
    ((q.kind === "growth" || q.kind === "share" || q.kind === "money") && PASSED_BY_SOME.test(after))
  );
}

/** `quantities` of `text` but the bounds places passed (amounts too when `amounts`), the same array when none is. */
export function withoutPassed<Q extends Quantity>(text: string, quantities: Q[], amounts = false): Q[] {
  return quantities.some((q) => passedByPlaces(text, q, amounts))
    ? quantities.filter((q) => !passedByPlaces(text, q, amounts))
    : quantities;
}

/** Quantities of a clause, read once and shared by the rules (list positions numbered). */
export function clauseQuantities(clause: Clause): Quantity[] {
  // Amounts past a bound are left to the rules: the projects rules read the places' amounts after them by it.
  clause.quantities ??= numberLists(
    clause.text,
    withoutPassed(clause.text, scanQuantities(clause.text, clause.features)),
  );
  return clause.quantities;
}

// A header cell: what its column holds and the unit (签约金额（亿元）, 同比（%）).
const HEADER_CELL = /^(?<label>[^（(]{1,12})[（(](?<unit>[^）)]{1,6})[）)]$/u;
const BARE_FIGURE = /^-?\d+(?:\.\d+)?$/u;
const RATE_LABEL = /同比|增长|增速|增幅|比上年|比去年/u;
// A first column of markets or partners (主要市场, 国家（地区）): its cells are 对-phrases.
// 地区 alone heads the places of a province's own table, not partners.
const PARTNER_COLUMN = /市场|国家|国别|伙伴|经济体/u;

/**
 * Cells of a table row under a header row, each a clause. A bare figure is
 * read as its column says (签约金额（亿元） over 88.4 reads 签约金额88.4亿元): the
 * clause's text is the column's words around the figure, placed so that the
 * figure keeps its own offsets.
 */
const SHARE_LABEL = /占|比重/u;
const RANK_FIELD = /^在?全(?:省|市|区|县|国)/u;
const TOTAL_ROW = /^(?:合计|总计|总值|全部|全市|全省|全区|全县)$/u;
const PROJECTS_ALONE = /^(?:项目(?:数|个数|数量)?|个数)$/u;
const STAGE_ROW = /签约|开工|动工|投产|合\s*计|总\s*计/u;
const COUNT_WORD_END = /(?<=项目|一批)(?:个数|数量|数)$/u;
const AMOUNT_ALONE = /^(?:总投资|投资额|投资总额|计划总投资)$/u;
const STAGE_WORDS = /签约|开工|动工|投产/gu;

/** The stage a label opens with when it names no other (开工项目; not 签约开工投产项目), or undefined. */
function oneStageLed(label: string): string | undefined {
  const stages = label.match(STAGE_WORDS);
  return stages?.length === 1 && label.startsWith(stages[0] as string) ? stages[0] : undefined;
}

/** A row's cells as [start, end] pairs: its clause spans, those a mark inside one cell set apart (其中：出口) joined. */
function rowCells(text: string, spans: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < spans.length; k += 3) {
    const start = spans[k] ?? 0;
    const end = spans[k + 1] ?? start;
    const gap = out.length > 0 ? text.slice(out[out.length - 1], start) : " ";
    if (gap.trim() !== "" && !/\s/u.test(gap)) out[out.length - 1] = end;
    else out.push(start, end);
  }
  return out;
}

/** Whether a header's cell `at` is a column of counts (签约项目（个）); the first column, of names, is none. */
function countColumn(header: readonly string[], at: number): boolean {
  return at > 0 && HEADER_CELL.exec(header[at] ?? "")?.groups?.unit === "个";
}

function rowClauses(sentence: Sentence, header: readonly string[], spans: readonly number[]): ClauseText[] {
  const out: ClauseText[] = [];
  const partnerRow = PARTNER_COLUMN.test(header[0] ?? "");
  let first = "";
  let named = false;
  const cells = rowCells(sentence.text, spans);
  const lone = loneRateOf(header);
  for (let k = 0, cell = 0; k < cells.length; k += 2, cell++) {
    const start = cells[k] ?? 0;
    const raw = sentence.text.slice(start, cells[k + 1]);
    let text = raw;
    let offset = 0;
    const column = HEADER_CELL.exec(header[cell] ?? "")?.groups;
    if (cell === 0) first = raw;
    else if (
      column?.label &&
      column.unit &&
      // A cell may carry its column's unit itself (59个 under 签约项目（个）).
      (BARE_FIGURE.test(raw) || (raw.endsWith(column.unit) && BARE_FIGURE.test(raw.slice(0, -column.unit.length))))
    ) {
      // 全市  263.8  21.4  100.0: the whole's share of itself says nothing.
      if (column.unit === "%" && SHARE_LABEL.test(column.label) && TOTAL_ROW.test(first.trim()) && Number(raw) === 100)
        continue;
      const rate = column.unit === "%" && RATE_LABEL.test(column.label);
      // The first figure of a partner row names its partner (欧盟  28.4 → 对欧盟进出口28.4亿元).
      // Not its total row (合计  1186452  21.7): the whole's trade.
      const lead = partnerRow && !named && !TOTAL_ROW.test(first.trim()) ? `对${first}` : "";
      named = true;
      // 项目数（个） naming no stage (a title's stage is put before it when there is one), in a row of a place
      // (not 签约项目　42): all the projects.
      // 签约项目个数（个）: read as 签约项目7个, the count's span the figure alone.
      // 总投资（亿元） right after 开工项目（个） alone (签约项目 | 签约金额 | 开工项目 | 总投资): that stage's projects'
      // investment (开工项目总投资). Not after several stages' counts (签约项目 | 开工项目 | 投产项目 | 总投资): all of theirs.
      const stageBefore =
        column.unit !== "个" && AMOUNT_ALONE.test(column.label) && !countColumn(header, cell - 2)
          ? oneStageLed(HEADER_CELL.exec(header[cell - 1] ?? "")?.groups?.label ?? "")
          : undefined;
      const label =
        column.unit !== "个"
          ? stageBefore
            ? `${stageBefore}项目${column.label}`
            : column.label
          : PROJECTS_ALONE.test(column.label) && !STAGE_ROW.test(first)
            ? "推进项目"
            : column.label.replace(COUNT_WORD_END, "");
      // 排名（位） over 1: read as 排名第1位.
      const rank = column.unit === "位";
      // 出口同比（%）: the rate of the flow its label names, whatever column is before it.
      const rateOf = rate ? (FLOW_FIRST.exec(column.label)?.[0] ?? (cell === lone?.column ? lone.of : "")) : "";
      // 全市排名 over 1: read as 排名第1位, the words the cell's source is found back from kept short.
      const prefix = rate
        ? `${rateOf}同比增长`
        : rank
          ? `${lead}${label.replace(RANK_FIELD, "")}第`
          : `${lead}${label}`;
      text = `${prefix}${raw}${raw.endsWith(column.unit) ? "" : column.unit}`;
      offset = prefix.length;
    }
    out.push(cellClause(text, sentence.start + start - offset));
  }
  return out;
}

/**
 * Cells of a row of a table whose rows are indicators (进出口（亿元）　148.6　112.4 under 指标　1月　2月), each figure read
 * with its column's label before its row's (1月进出口148.6亿元; 忻州经济开发区签约项目9个), the figure keeping its offsets.
 */
function columnClauses(
  sentence: Sentence,
  columns: readonly string[],
  spans: readonly number[],
  note?: string,
): ClauseText[] {
  const out: ClauseText[] = [];
  const cells = rowCells(sentence.text, spans);
  const first = sentence.text.slice(cells[0] ?? 0, cells[1]).trim();
  const row = HEADER_CELL.exec(first)?.groups ?? (note === undefined ? undefined : notedRow(first, note));
  if (!row?.label || !row.unit) return out;
  const unit = row.unit.replace(/^[±+]/u, "");
  // 同比（%） under 进出口（亿元）: the rate of the row above.
  const label = unit === "%" && RATE_LABEL.test(row.label) ? `${columns[0] ?? ""}同比增长` : row.label;
  for (let k = 2, cell = 1; k < cells.length; k += 2, cell++) {
    const start = cells[k] ?? 0;
    const raw = sentence.text.slice(start, cells[k + 1]);
    if (!BARE_FIGURE.test(raw)) continue;
    const prefix = `${columns[cell] ?? ""}${label}`;
    const text = `${prefix}${raw}${unit}`;
    out.push(cellClause(text, sentence.start + start - prefix.length));
  }
  return out;
}

const COUNT_ROW = /(?:项目|企业)(?:个?数|数量)$/u;
const NOTE_MONEY = /[亿万]?(?:美元|元)/u;

/** A row label naming no unit, with the unit the table's note gives it (签约项目数 under 单位：个、亿元 → 个). */
function notedRow(label: string, note: string): { label: string; unit: string } | undefined {
  if (label.length === 0 || label.length > 12) return undefined;
  if (RATE_LABEL.test(label) || SHARE_LABEL.test(label)) return { label, unit: "%" };
  if (COUNT_ROW.test(label))
    return note.includes("个") ? { label: label.replace(/个?数$|数量$/u, ""), unit: "个" } : undefined;
  const money = NOTE_MONEY.exec(note)?.[0];
  return money ? { label, unit: money } : undefined;
}

/** A table cell's clause: its text with the words its column lends it, and where that text would start. */
function cellClause(text: string, start: number): ClauseText {
  const features = textFeatures(text);
  const periods = (features & PERIOD_BIT) !== 0 ? scanPeriods(text, features) : NO_PERIODS;
  return { text, start, features, periods };
}

const FLOW_LABEL = /进出口|出口|进口|贸易|投资|项目/u;
const FLOW_FIRST = /^(?:进出口|出口|进口)/u;

/**
 * The one rate column of a header after two or more columns of amounts (地区 | 进出口 | 出口 | 进口 | 增长), and the
 * first of them, whose rate it gives: a table with one rate gives the whole's.
 */
function loneRateOf(header: readonly string[]): { column: number; of: string } | undefined {
  let rate = -1;
  for (let i = 1; i < header.length; i++) {
    const column = HEADER_CELL.exec(header[i] ?? "")?.groups;
    if (column?.unit !== "%" || !RATE_LABEL.test(column.label ?? "")) continue;
    if (rate >= 0) return undefined;
    rate = i;
  }
  const first = HEADER_CELL.exec(header[1] ?? "")?.groups?.label;
  const rateLabel = HEADER_CELL.exec(header[rate] ?? "")?.groups?.label ?? "";
  if (rate < 3 || !first || !FLOW_LABEL.test(first) || FLOW_LABEL.test(rateLabel)) return undefined;
  return { column: rate, of: first };
}

// 三市开工项目均超过50个，分别为67个、…; 三市进出口增速均超过三成，分别为34.2%、…: a bound each of the places passed,
// their exact figures in the next clause.
const EACH_BOUND = /均(?:超过|超|突破|达到|在|逾|高于)[^，。；]{1,12}$/u;
const EXACT_LIST_NEXT = /^(?:分别|依次)(?:为|是|达|有|增长|下降)/u;

/** Whether `text` (a clause of `clauses`) ends on a bound each place passed, their exact figures in the clause after. */
export function boundBeforeExactList(
  text: string,
  clause: { start: number },
  clauses: ReadonlyArray<{ start: number; text: string }>,
): boolean {
  if (!EACH_BOUND.test(text)) return false;
  const next = clauses.find((c) => c.start > clause.start);
  return next !== undefined && EXACT_LIST_NEXT.test(next.text);
}

// Read with explicit bounds: an index past the text (a clause ending its sentence) would make V8 throw
// away the optimised code of the rule reading it, among the largest functions of the extractor.
/** The character right after the clause in its sentence, or "" at the sentence's end. */
export function charAfter(sentence: Sentence, clause: Clause): string {
  const i = clause.start - sentence.start + clause.text.length;
  return i >= 0 && i < sentence.text.length ? sentence.text.charAt(i) : "";
}

/** The character right before the clause in its sentence, or "" at the sentence's start. */
export function charBefore(sentence: Sentence, clause: Clause): string {
  const i = clause.start - sentence.start - 1;
  return i >= 0 && i < sentence.text.length ? sentence.text.charAt(i) : "";
}

const AIM_LABEL = /目标(?:任务)?(?:是|为)?$/u;

/**
 * Whether the clause introduces a list of aims (主要预期目标是：…；进出口总额增长5%以上): every figure after the
 * colon, to the sentence's end, is a target and no result.
 */
export function opensAims(sentence: Sentence, clause: Clause): boolean {
  const after = charAfter(sentence, clause);
  return (after === "：" || after === ":") && AIM_LABEL.test(clause.text);
}

// A heading opening a section of plans (二、2025年工作安排; 三、今年主要目标任务; 下一步工作打算).
const PLAN_SECTION = /工作安排|目标任务|主要任务|工作任务|重点任务|预期目标|工作打算|工作思路/u;

// The sentences of an article under a heading of plans, found once per article.
const planSentences = new WeakMap<readonly Sentence[], ReadonlySet<Sentence>>();

/** Whether the last heading before the sentence in its article opens a section of plans: its figures are targets. */
export function inPlanSection(sentence: Sentence, state: ReadingState): boolean {
  const sentences = state.sentences;
  if (!sentences) return false;
  let planned = planSentences.get(sentences);
  if (!planned) {
    const found = new Set<Sentence>();
    let heading: Sentence | undefined;
    let plans = false;
    for (const s of sentences) {
      if (s.headline) {
        heading = s;
        plans = PLAN_SECTION.test(s.text);
      } else if (plans && heading && heading.paragraph !== s.paragraph) found.add(s);
    }
    planned = found;
    planSentences.set(sentences, planned);
  }
  return planned.has(sentence);
}

/** What may open a list's item before its subject: a mark (◆, 📍) or the item's number (（一）, 一、, 1.). */
export const ITEM_MARK = String.raw`(?:[^\p{Script=Han}\d\p{L}]{1,3}|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]\s?)`;
