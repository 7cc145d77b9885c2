import type { DocumentMeta } from "./types";

export interface FrontMatter {
  meta: DocumentMeta;
  /** Offset where the body starts. */
  bodyStart: number;
}

export class FrontMatterError extends Error {}

const KEYS = new Set(["source", "date", "region", "url"]);

/**
 * Reads the optional `---` block at the top of a document. Unknown keys are
 * ignored; an unclosed block or an invalid date is an error, because guessing
 * would silently attach figures to the wrong place or year.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const open = /^\uFEFF?[ \t]*---[ \t]*\r?\n/u.exec(text);
  if (!open) return { meta: {}, bodyStart: 0 };
  const close = /^[ \t]*---[ \t]*(?:\r?\n|$)/mu;
  const rest = text.slice(open[0].length);
  const end = close.exec(rest);
  if (!end) throw new FrontMatterError("front matter block opened with --- is never closed");
  const meta: DocumentMeta = {};
  for (const line of rest.slice(0, end.index).split(/\r?\n/u)) {
    const m = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*(?:#.*)?$/u.exec(line);
    if (!m?.[1] || !KEYS.has(m[1])) continue;
    const value = m[2] ?? "";
    if (value === "") continue;
    if (m[1] === "date") {
      if (!/^\d{4}-\d{2}-\d{2}$/u.test(value) || Number.isNaN(Date.parse(value))) {
        throw new FrontMatterError(`front matter date "${value}" is not an ISO date (YYYY-MM-DD)`);
      }
    }
    (meta as Record<string, string>)[m[1]] = value;
  }
  return { meta, bodyStart: open[0].length + end.index + end[0].length };
}
