// Units a hurried writer left out or mistyped, restored before the rules run
// so that every rule reads them as it reads the tidy form: 总投资12.6亿，→
// 12.6亿元; 74.3亿园 (a typo) → 亿元; 签约项目18，→ 项目18个; 增涨 → 增长. Only
// where nothing else can follow: 亿 before a clause mark or the line's end
// (not 1.2亿人次), a count right after 项目 and before one.

import { type OffsetText, replaceRanges } from "./offset-text";

const YI_WITHOUT_YUAN = /(?<=\d)(?:亿|億)(?=[，。；、;）)\s]|,(?!\d)|$)/gu;
const YI_TYPO = /(?<=\d(?:亿|億))园/gu;
// Not a number with its thousands set apart (项目1,046个).
const COUNT_WITHOUT_GE = /(?<=项目|項目)\d{1,4}(?=[，。；、;）)]|,(?!\d{3})|$)/gu;
const GROWTH_TYPO = /增涨/gu;

/** The text with left-out or mistyped units restored; offsets kept in the map (an added unit maps to its figure's end). */
export function sloppyUnits(t: OffsetText): OffsetText {
  const text = t.text;
  const hasYi = text.includes("亿") || text.includes("億");
  if (!hasYi && !text.includes("项目") && !text.includes("項目") && !text.includes("增涨")) return t;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  if (hasYi) {
    for (const m of text.matchAll(YI_WITHOUT_YUAN)) {
      const at = m.index + m[0].length;
      edits.push({ start: at - 1, end: at, text: `${m[0]}元` });
    }
    for (const m of text.matchAll(YI_TYPO)) edits.push({ start: m.index, end: m.index + 1, text: "元" });
  }
  for (const m of text.matchAll(COUNT_WITHOUT_GE)) {
    const at = m.index + m[0].length;
    edits.push({ start: at - 1, end: at, text: `${text.charAt(at - 1)}个` });
  }
  for (const m of text.matchAll(GROWTH_TYPO)) edits.push({ start: m.index, end: m.index + 2, text: "增长" });
  edits.sort((a, b) => a.start - b.start);
  return replaceRanges(t, edits);
}
