import { LoadError } from "./load/load-error";
import type { DocumentMeta } from "./types";

export interface FrontMatter {
  meta: DocumentMeta;
  /** Offset where the body starts. */
  bodyStart: number;
}

export class FrontMatterError extends LoadError {
  override name = "FrontMatterError";
}

const KEYS = ["source", "date", "region", "url"] as const;
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

// Accepted shapes of the opening line: "---" alone on the first line, after an
// optional BOM and spaces. Real example: "---\nsource: 太原日报\n".
const OPEN = /^\uFEFF?[ \t]*---[ \t]*\r?\n/u;
// The closing line: "---" alone on a line (or "..." as YAML allows).
const CLOSE = /^[ \t]*(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/mu;
// A "key: value" line with an optional trailing comment, value optionally quoted.
// Real example: "date: 2022-02-27          # publication date (ISO)".
const ENTRY = /^\s*(?<key>[A-Za-z]+)\s*:\s*(?<value>"[^"]*"|'[^']*'|.*?)\s*(?:\s#.*)?$/u;

/**
 * Reads the optional `---` block at the top of a document. Unknown keys are
 * ignored; an unclosed block or an invalid date is an error, because guessing
 * would silently attach figures to the wrong place or year.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, bodyStart: 0 };
  const rest = text.slice(open[0].length);
  const end = CLOSE.exec(rest);
  if (!end) throw new FrontMatterError("front matter block opened with --- is never closed");
  const raw: Record<string, string> = {};
  for (const line of rest.slice(0, end.index).split(/\r?\n/u)) {
    const m = ENTRY.exec(line);
    const key = m?.groups?.key;
    if (!key) continue;
    raw[key] = unquote(m.groups?.value ?? "");
  }
  return { meta: checkMeta(raw, "front matter"), bodyStart: open[0].length + end.index + end[0].length };
}

/**
 * Keeps the metadata keys of the contract and validates them; shared by the
 * front matter and HTML `<meta>` readers so both reject the same things.
 */
export function checkMeta(raw: Readonly<Record<string, string>>, origin: string): DocumentMeta {
  const meta: DocumentMeta = {};
  for (const key of KEYS) {
    const value = raw[key]?.trim();
    if (!value) continue;
    if (key === "date" && !isIsoDate(value)) {
      throw new FrontMatterError(`${origin} date "${value}" is not a valid ISO date (YYYY-MM-DD)`);
    }
    // The dataset's periods are 1949–2100; a date outside would fail every record of the file later, less clearly.
    const year = key === "date" ? Number(value.slice(0, 4)) : 0;
    if (key === "date" && (year < FIRST_YEAR || year > LAST_YEAR)) {
      throw new FrontMatterError(`${origin} date "${value}" is outside ${FIRST_YEAR}–${LAST_YEAR}`);
    }
    meta[key] = value;
  }
  return meta;
}

function unquote(value: string): string {
  const m = /^(?<q>["'])(?<inner>.*)\k<q>$/u.exec(value);
  return m?.groups?.inner ?? value;
}

/** A real calendar day: 2022-02-30 and 2022-13-01 are rejected. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}
