export interface BenchRow {
  /** What was measured, e.g. "extraction, 1 core (50 MB)". */
  name: string;
  /** The figure with its unit, e.g. "24.1 MB/s". */
  value: string;
  /** The budget it is held to, e.g. "≥ 20 MB/s"; "—" for figures shown for information. */
  budget: string;
  /** null for information-only rows. */
  pass: boolean | null;
}

/**
 * One Markdown table for every benchmark figure (extraction here; bundle
 * and browser figures join the same rows), readable in a terminal and
 * pasteable into the README as is.
 */
export function formatReport(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [r.name, r.value, r.budget, r.pass === null ? "—" : r.pass ? "pass" : "FAIL"]);
  const header = ["figure", "value", "budget", "result"];
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((c) => width(c[i] ?? ""))));
  const line = (c: readonly string[]): string => `| ${c.map((v, i) => pad(v, widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...cells.map(line)].join("\n");
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\p{Script=Han}\u3000-\u303F\uFF00-\uFF60]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, w: number): string {
  return text + " ".repeat(Math.max(0, w - width(text)));
}
