// Units a hurried writer left out or mistyped, restored before the rules run
// so that every rule reads them as it reads the tidy form: 总投资12.6亿，→
// 12.6亿元; 74.3亿园 (a typo) → 亿元; 签约项目18，→ 项目18个; 增涨 → 增长. Only
// where nothing else can follow: 亿 before a clause mark or the text's end
// (not 1.2亿人次), a count right after 项目 and before one (not 项目1,046个).
// Found with indexOf scans: every page holds 亿 and 项目, few hold these slips.

import { type OffsetText, replaceRanges } from "./offset-text";

// Not a line end: a wrapped line may go on with the unit (项目42⏎个).
const BOUNDARY = /[，。；、;）)]/u;

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}

/** Whether a unit may be missing right before `at`: a clause mark, the text's end, or a comma not in a number. */
function endsFigure(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charAt(at);
  return BOUNDARY.test(c) || (c === "," && !isDigit(text.charAt(at + 1)));
}

/** The text with left-out or mistyped units restored; offsets kept in the map (an added unit maps to its figure's end). */
export function sloppyUnits(t: OffsetText): OffsetText {
  const text = t.text;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const yi of ["亿", "億"]) {
    for (let i = text.indexOf(yi); i >= 0; i = text.indexOf(yi, i + 1)) {
      if (!isDigit(text.charAt(i - 1))) continue;
      if (text.charAt(i + 1) === "园") edits.push({ start: i + 1, end: i + 2, text: "元" });
      else if (endsFigure(text, i + 1)) edits.push({ start: i, end: i + 1, text: `${yi}元` });
    }
  }
  for (const word of ["项目", "項目"]) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      let j = i + 2;
      while (j < text.length && j - i - 2 < 5 && isDigit(text.charAt(j))) j++;
      const digits = j - i - 2;
      if (digits >= 1 && digits <= 4 && endsFigure(text, j) && !(text.charAt(j) === "," && isDigit(text.charAt(j + 1))))
        edits.push({ start: j - 1, end: j, text: `${text.charAt(j - 1)}个` });
    }
  }
  for (let i = text.indexOf("增涨"); i >= 0; i = text.indexOf("增涨", i + 2))
    edits.push({ start: i, end: i + 2, text: "增长" });
  if (edits.length === 0) return t;
  edits.sort((a, b) => a.start - b.start);
  return replaceRanges(t, edits);
}
