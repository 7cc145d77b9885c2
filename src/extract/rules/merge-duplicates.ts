import type { Candidate } from "./types";

// One fact stated twice (a headline and its body sentence; 52.9% and 五成多)
// becomes one record: the most precise statement wins and the others are kept
// as `alsoIn`. Statements that cannot be the same fact stay separate.

const QUALIFIER_RANK: Record<string, number> = { exact: 3, about: 2, more_than: 1, less_than: 1 };

/** Every key of a period but its label, absent keys left empty (a template, not JSON: this runs per candidate). */
export function periodKey(p: Candidate["period"]): string {
  return `${p.year}/${p.batch ?? ""}/${p.quarter ?? ""}/${p.months?.join("-") ?? ""}/${p.month ?? ""}`;
}

/** Key of what a figure is about; equal keys mean the same fact unless values disagree. */
export function factKey(c: Candidate): string {
  return keyWithBasis(c, c.basis);
}

/** A period's key with a quarter written as its three months: 一季度 and 1—3月 are one period, stated twice. */
function spanKey(p: Candidate["period"]): string {
  if (p.quarter === undefined || p.batch !== undefined || p.months !== undefined || p.month !== undefined)
    return periodKey(p);
  return `${p.year}///${3 * p.quarter - 2}-${3 * p.quarter}/`;
}

/** factKey as if the candidate's basis were `basis` (without copying the candidate to say so). */
function keyWithBasis(c: Candidate, basis: string | undefined): string {
  return `${c.indicator}|${c.measure}|${c.region.name}|${spanKey(c.period)}|${c.partner ?? ""}|${c.entity ?? ""}|${basis ?? ""}|${c.unit}`;
}

function step(v: number): number {
  const a = Math.abs(v);
  return a === 0 ? 1 : 10 ** Math.floor(Math.log10(a));
}

/** Whether an exact value x fits a qualified statement v (五成多 = 50 more_than fits 52.9). */
function fits(x: Candidate, v: Candidate): boolean {
  const a = Math.abs(x.value);
  const b = Math.abs(v.value);
  if (Math.sign(x.value) !== Math.sign(v.value) && x.value !== 0 && v.value !== 0) return false;
  switch (v.qualifier) {
    case "more_than":
      return a >= b && a < b + step(b);
    case "less_than":
      return a <= b;
    case "about":
      return Math.abs(a - b) <= Math.max(0.1 * b, 0.5);
    default:
      // A headline rounds (1.3万亿元 over the body's 13230亿元): to the digits it shows.
      return Math.abs(a - b) <= Math.max(0.01 * b, 1e-9, v.sentence.headline ? roundingHalf(b) : 0);
  }
}

/** Half a unit of the last significant digit of an integer value (1.3e12 → 5e10). */
function roundingHalf(v: number): number {
  if (!Number.isInteger(v) || v === 0) return 0;
  let unit = 1;
  while (v % (unit * 10) === 0) unit *= 10;
  return unit / 2;
}

export function compatible(a: Candidate, b: Candidate): boolean {
  if (a.qualifier === b.qualifier && a.value === b.value) return true;
  return fits(a, b) || fits(b, a);
}

function better(a: Candidate, b: Candidate): boolean {
  const qa = QUALIFIER_RANK[a.qualifier] ?? 0;
  const qb = QUALIFIER_RANK[b.qualifier] ?? 0;
  if (qa !== qb) return qa > qb;
  // The same value in a headline and in the body: the body's sentence is the source.
  if (a.value === b.value && a.sentence.headline !== b.sentence.headline) return !a.sentence.headline;
  if (a.precision !== b.precision) return a.precision > b.precision;
  if (a.sentence.headline !== b.sentence.headline) return !a.sentence.headline;
  return a.start < b.start;
}

export interface MergedFact {
  winner: Candidate;
  others: Candidate[];
  /** Position among incompatible statements of the same key (0 for the first). */
  variant: number;
}

interface Cluster {
  members: Candidate[];
  /** Position among the incompatible clusters of the same key. */
  variant: number;
}

function fitsAll(members: readonly Candidate[], c: Candidate): boolean {
  for (const x of members) if (!compatible(x, c)) return false;
  return true;
}

/**
 * A rate read before any currency was named (a headline: 去年我市外贸进出口增长8.4%)
 * takes the basis of the statements of the same fact that name one, if they
 * agree on one; else the default, renminbi.
 */
function settleBases(candidates: readonly Candidate[]): void {
  const named = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (c.basis === undefined || c.measure !== "growth") continue;
    const key = keyWithBasis(c, undefined);
    const set = named.get(key) ?? new Set<string>();
    set.add(c.basis);
    named.set(key, set);
  }
  for (const c of candidates) {
    if (c.basis !== undefined || c.measure !== "growth") continue;
    const set = named.get(factKey(c));
    c.basis = set?.size === 1 ? [...set][0] : "CNY";
  }
}

/**
 * Fallbacks (现场签约项目45个) stand for the event only where the document states
 * nothing else of the same indicator, place and period: otherwise they are a part of it.
 */
export function dropFallbacks(candidates: readonly Candidate[]): readonly Candidate[] {
  if (!candidates.some((c) => c.fallback)) return candidates;
  const subject = (c: Candidate): string => `${c.indicator}|${c.region.name}|${periodKey(c.period)}`;
  const fallbacks = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.fallback) continue;
    const list = fallbacks.get(subject(c));
    if (list) list.push(c);
    else fallbacks.set(subject(c), [c]);
  }
  // A headline restating a fallback (西青区集中签约45个项目 over 现场签约项目45个) is no other figure.
  const contradicted = new Set<string>();
  for (const c of candidates) {
    if (c.fallback) continue;
    const key = subject(c);
    const same = fallbacks.get(key);
    if (same && !same.some((f) => f.measure === c.measure && compatible(f, c))) contradicted.add(key);
  }
  return candidates.filter((c) => !c.fallback || !contradicted.has(subject(c)));
}

export function mergeDuplicates(all: readonly Candidate[]): MergedFact[] {
  const candidates = dropFallbacks(all);
  settleBases(candidates);
  const groups = new Map<string, Cluster[]>();
  const order: Cluster[] = [];
  for (const c of candidates) {
    const key = factKey(c);
    let clusters = groups.get(key);
    if (clusters === undefined) {
      clusters = [];
      groups.set(key, clusters);
    }
    let home: Cluster | undefined;
    for (const cl of clusters) {
      if (fitsAll(cl.members, c)) {
        home = cl;
        break;
      }
    }
    if (home) home.members.push(c);
    else {
      const cluster = { members: [c], variant: clusters.length };
      clusters.push(cluster);
      order.push(cluster);
    }
  }
  return order.map(({ members, variant }) => {
    let winner = members[0] as Candidate;
    for (const c of members) if (better(c, winner)) winner = c;
    return { winner, others: members.filter((c) => c !== winner), variant };
  });
}
