import Papa from "papaparse";
import type { Dataset, IndicatorRecord } from "../../../schema/dataset";
import type { Lang } from "../../view-props";
import { buildCsvContext, CSV_COLUMNS, CSV_HEADER, type CsvCell } from "./csv-columns";
import { neutraliseCell } from "./neutralise-cell";

/** Excel guesses a legacy code page for CSV without it, garbling Chinese. */
export const UTF8_BOM = "\uFEFF";

/** The rows of the tidy export, header first, cells neutralised. */
export function buildCsvRows(
  records: readonly IndicatorRecord[],
  dataset: Pick<Dataset, "documents" | "warnings">,
  lang: Lang,
): CsvCell[][] {
  const context = buildCsvContext(dataset, lang);
  const rows: CsvCell[][] = [[...CSV_HEADER]];
  for (const record of records) {
    rows.push(CSV_COLUMNS.map((column) => neutraliseCell(column.get(record, context))));
  }
  return rows;
}

/**
 * CSV text (RFC 4180 quoting, CRLF line ends) with a UTF-8 BOM, written by
 * papaparse rather than by joining strings, so quotes, commas and line breaks
 * inside quotes and titles always round-trip.
 */
export function buildCsv(
  records: readonly IndicatorRecord[],
  dataset: Pick<Dataset, "documents" | "warnings">,
  lang: Lang,
): string {
  const rows = buildCsvRows(records, dataset, lang);
  // escapeFormulae stays off: neutraliseCell already did it, and doing it
  // twice would double the apostrophe.
  return UTF8_BOM + Papa.unparse(rows, { newline: "\r\n", quotes: false, escapeFormulae: false });
}
