import type { Dataset } from "../../../schema/dataset";
import type { Filters, Lang } from "../../view-props";
import { CSV_COLUMNS } from "./csv-columns";
import { describeFilters } from "./describe-filters";

export const SCHEMA_FILE_NAME = "indicators.schema.json";

export interface CodebookInput {
  csvFileName: string;
  dataset: Pick<Dataset, "generatedAt" | "records" | "documents">;
  recordCount: number;
  /** null when the CSV holds the whole dataset. */
  filters: Filters | null;
  lang: Lang;
}

/** Pipes and line breaks would end a Markdown table cell early. */
function cell(text: string): string {
  return text.replace(/\|/gu, "\\|").replace(/\r?\n/gu, " ");
}

/**
 * README.md that travels with the CSV: what every column means and in what
 * unit, which filters produced the rows, how old the data is, and where the
 * formal schema is — enough to use the file without the app.
 */
export function buildCodebook(input: CodebookInput): string {
  const { dataset, filters, lang } = input;
  const lines: string[] = [
    `# ${input.csvFileName}`,
    "",
    "Exported from 指标 zhibiao: economic figures extracted from Chinese local news reports",
    "(三个一批 project batches and foreign trade). One row per record (tidy data).",
    "",
    `- Dataset date (generatedAt): ${dataset.generatedAt}`,
    `- Records in this file: ${input.recordCount} (of ${dataset.records.length} in the dataset, from ${dataset.documents.length} documents)`,
    `- Labels language: ${lang}`,
    "- Encoding: UTF-8 with byte order mark; RFC 4180 quoting; CRLF line ends.",
    `- Formal schema of the dataset: \`${SCHEMA_FILE_NAME}\` (JSON Schema, draft 2020-12), also at \`data/${SCHEMA_FILE_NAME}\` next to the app.`,
    "",
    "## Filters in force",
    "",
  ];
  if (filters === null) {
    lines.push("None: the whole dataset.");
  } else {
    for (const f of describeFilters(filters, dataset, lang)) lines.push(`- ${f.label}: ${f.value}`);
  }
  lines.push(
    "",
    "## Columns",
    "",
    "| column | meaning | unit / type |",
    "|---|---|---|",
    ...CSV_COLUMNS.map((c) => `| \`${c.name}\` | ${cell(c.meaning)} | ${cell(c.unit)} |`),
    "",
    "## Units",
    "",
    "- `CNY`: yuan, in base units (59.91亿元 → 5991000000).",
    "- `USD`: US dollars, in base units (3.2亿美元 → 320000000).",
    "- `percent`: percent points as written (增长52.9% → 52.9; 下降2.7% → -2.7; 增长1.1倍 → 110).",
    "- `item`: a whole count (projects, enterprises).",
    "- `rank`: position in a named ranking (排名第一 → 1).",
    "",
    "## Notes",
    "",
    "- Empty cells mean the field does not apply or the report did not say.",
    "- Text cells that would start with =, +, -, @, tab or carriage return are prefixed with an apostrophe (') so that",
    "  spreadsheets do not run them as formulas; numeric cells are plain numbers and never prefixed.",
    "",
  );
  return lines.join("\n");
}
