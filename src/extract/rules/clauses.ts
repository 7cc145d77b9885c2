import { type PeriodMention, scanPeriods } from "../resolve/periods";
import { clauseSpans, PERIOD } from "../text/char-features";
import { type Quantity, scanQuantities } from "../text/quantities";
import type { Sentence } from "../text/segment";
import type { Clause, ReadingState } from "./types";

// Clauses are the unit a figure's subject carries across: 、 stays inside a
// clause (lists), ，；： end one. Headlines separate clauses by spaces.
// Splitting also reads each clause's character features, so the rules can
// pass over clauses that hold no figure.

// Imported bindings are read through getters once compiled to CommonJS: keep hot ones local.
const PERIOD_BIT = PERIOD;

/** A clause's text, features and period words: what does not depend on the reading state. */
export interface ClauseText {
  text: string;
  /** Offset in the normalised text. */
  start: number;
  features: number;
  periods: readonly PeriodMention[];
}

const NO_PERIODS: readonly PeriodMention[] = [];

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
  let all = 0;
  for (let k = 2; k < spans.length; k += 3) all |= spans[k] ?? 0;
  const read = (all & needed) !== 0;
  if (!read && (all & PERIOD_BIT) === 0) return NO_CLAUSES;
  const out: ClauseText[] = [];
  for (let k = 0; k < spans.length; k += 3) {
    const start = spans[k] ?? 0;
    const features = spans[k + 2] ?? 0;
    if (!read && (features & PERIOD_BIT) === 0) continue;
    const clause = text.slice(start, spans[k + 1]);
    const periods = (features & PERIOD_BIT) !== 0 ? scanPeriods(clause) : NO_PERIODS;
    out.push({ text: clause, start: sentence.start + start, features, periods });
  }
  return out;
}

/** Clauses of a sentence; each takes the period in force after its own period words. */
export function splitClauses(texts: readonly ClauseText[], state: ReadingState): Clause[] {
  const out: Clause[] = [];
  for (const t of texts) {
    for (const p of t.periods) state.period = p.apply(state.period, state.refYear, state.main);
    out.push({ text: t.text, start: t.start, period: state.period, features: t.features });
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
  clause.quantities ??= numberLists(clause.text, scanQuantities(clause.text, clause.features));
  return clause.quantities;
}
