import type { CsvCell } from "./csv-columns";

// Spreadsheets run a cell as a formula when its text starts with one of
// these (OWASP "CSV injection"): = + - @, and tab or carriage return, which
// some importers strip before looking. Accepted shapes: `=HYPERLINK("http://x","y")`,
// `+1`, `-2+3`, `@SUM(A1)`, `\t=1`, `\r=1`.
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * Makes a text cell inert by prefixing an apostrophe, which Excel and
 * LibreOffice show as text and do not evaluate. Numbers are left alone: −2.7
 * stays a number a spreadsheet can sum; only strings can carry a formula.
 */
export function neutraliseCell(cell: CsvCell): CsvCell {
  if (typeof cell === "string" && FORMULA_START.test(cell)) return `'${cell}`;
  return cell;
}
