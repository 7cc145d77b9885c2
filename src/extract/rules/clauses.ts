import { scanPeriods } from "../resolve/periods";
import { type Quantity, scanQuantities } from "../text/quantities";
import type { Sentence } from "../text/segment";
import type { Clause, ReadingState } from "./types";

// Clauses are the unit a figure's subject carries across: 、 stays inside a
// clause (lists), ，；： end one. Headlines separate clauses by spaces.
const BODY_SEPARATOR = /[^，；：,;:]+/gu;
const HEADLINE_SEPARATOR = /[^，；：,;:\s]+/gu;

/** Clauses of a sentence; each takes the period in force after its own period words. */
export function splitClauses(sentence: Sentence, state: ReadingState): Clause[] {
  const re = sentence.headline ? HEADLINE_SEPARATOR : BODY_SEPARATOR;
  const out: Clause[] = [];
  for (const m of sentence.text.matchAll(re)) {
    for (const p of scanPeriods(m[0])) state.period = p.apply(state.period, state.refYear, state.main);
    out.push({ text: m[0], start: sentence.start + m.index, period: state.period });
  }
  return out;
}

/** Marks list continuation: quantities of the same kind separated only by 、/和/及. */
export function numberLists<T extends { kind: string; start: number; end: number; listIndex: number }>(
  text: string,
  items: T[],
): T[] {
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1] as T;
    const cur = items[i] as T;
    if (prev.kind === cur.kind && /^\s*(?:、|和|及|与)\s*$/u.test(text.slice(prev.end, cur.start))) {
      cur.listIndex = prev.listIndex + 1;
    }
  }
  return items;
}

/** Quantities of a clause, read once and shared by the rules (list positions numbered). */
export function clauseQuantities(clause: Clause): Quantity[] {
  clause.quantities ??= numberLists(clause.text, scanQuantities(clause.text));
  return clause.quantities;
}
