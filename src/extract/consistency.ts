import type { DatasetWarning, IndicatorRecord } from "../schema/dataset";

// Cross-record arithmetic checks, per document, region and period (and
// partner/entity): export + import = total, export − import = balance,
// signed + started + producing = total, a share against its figures, and
// implausible magnitudes (a partner's trade below 0.01 % of the total).
// Warnings never drop a record.

const TOLERANCE = 0.005;

/** The period without its label: two wordings of the same months are one period. */
function periodKey(p: IndicatorRecord["period"]): string {
  const months = p.months === undefined ? "" : `${p.months[0]}-${p.months[1]}`;
  return `${p.year}/${p.batch ?? ""}/${p.quarter ?? ""}/${months}/${p.month ?? ""}`;
}

function groupKey(r: IndicatorRecord, partner: string, entity: string): string {
  return `${r.source.document}|${r.region.name}|${periodKey(r.period)}|${partner}|${entity}|${r.unit}`;
}

function exactOnly(rs: readonly (IndicatorRecord | undefined)[]): boolean {
  for (const r of rs) if (r === undefined || r.qualifier !== "exact") return false;
  return true;
}

// Slot names spelled out once: built per group they were a measurable share
// of the run (a new string to hash for every lookup).
const PROJECT_SLOTS = (["count", "investment", "output"] as const).map((measure) => ({
  measure,
  total: `projects.total/${measure}`,
  parts: ["signed", "started", "producing"].map((stage) => `projects.${stage}/${measure}`),
}));
const SHARE_SLOTS = (["export", "import"] as const).map((ind) => ({
  ind,
  share: `trade.${ind}/share`,
  value: `trade.${ind}/value`,
}));

/** Figures disagree beyond rounding (counts must agree exactly). */
function off(expected: number, actual: number, count = false): boolean {
  if (count) return expected !== actual;
  return Math.abs(expected - actual) > Math.abs(actual) * TOLERANCE;
}

export function checkConsistency(records: readonly IndicatorRecord[]): DatasetWarning[] {
  const warnings: DatasetWarning[] = [];
  const groups = new Map<string, Map<string, IndicatorRecord>>();
  for (const r of records) {
    const key = groupKey(r, r.partner ?? "", r.entity ?? "");
    let g = groups.get(key);
    if (g === undefined) {
      g = new Map<string, IndicatorRecord>();
      groups.set(key, g);
    }
    const slot = `${r.indicator}/${r.measure}`;
    if (!g.has(slot)) g.set(slot, r);
  }
  for (const g of groups.values()) {
    const total = g.get("trade.total/value");
    const exp = g.get("trade.export/value");
    const imp = g.get("trade.import/value");
    const bal = g.get("trade.balance/value");
    if (total && exp && imp && exactOnly([total, exp, imp]) && off(exp.value + imp.value, total.value)) {
      warnings.push({
        kind: "inconsistent_sum",
        message: `export ${exp.value} + import ${imp.value} ≠ total ${total.value} (${total.region.name}, ${total.period.label})`,
        records: [total.id, exp.id, imp.id],
      });
    }
    if (bal && exp && imp && exactOnly([bal, exp, imp]) && off(exp.value - imp.value, bal.value)) {
      warnings.push({
        kind: "inconsistent_balance",
        message: `export ${exp.value} − import ${imp.value} ≠ balance ${bal.value} (${bal.region.name}, ${bal.period.label})`,
        records: [bal.id, exp.id, imp.id],
      });
    }
    for (const { measure, total: totalSlot, parts: partSlots } of PROJECT_SLOTS) {
      const all = g.get(totalSlot);
      if (all === undefined) continue;
      const parts = partSlots.map((slot) => g.get(slot));
      if (all.qualifier === "exact" && exactOnly(parts)) {
        const sum = parts.reduce((a, r) => a + (r?.value ?? 0), 0);
        if (off(sum, all.value, measure === "count")) {
          warnings.push({
            kind: "inconsistent_sum",
            message: `signed + started + producing ${measure} ${sum} ≠ total ${all.value} (${all.region.name}, ${all.period.label})`,
            records: [all.id, ...parts.map((r) => (r as IndicatorRecord).id)],
          });
        }
      }
    }
    for (const { ind, share: shareSlot, value: valueSlot } of SHARE_SLOTS) {
      const share = g.get(shareSlot);
      const part = g.get(valueSlot);
      if (
        share &&
        part &&
        total &&
        exactOnly([share, part, total]) &&
        /进出口|外贸|总/u.test(share.of ?? "") &&
        !/全省|全国|全市|省|国|市|县|区|州|盟/u.test(share.of ?? "")
      ) {
        const computed = (part.value / total.value) * 100;
        if (Math.abs(computed - share.value) > 1) {
          warnings.push({
            kind: "inconsistent_share",
            message: `${ind} share ${share.value}% but ${part.value} / ${total.value} = ${computed.toFixed(1)}%`,
            records: [share.id, part.id, total.id],
          });
        }
      }
    }
  }
  // Partner figures against the total of the same document, region, period and currency.
  for (const r of records) {
    if (r.measure !== "value" || !r.partner) continue;
    const total = groups.get(groupKey(r, "", ""))?.get("trade.total/value");
    if (total && Math.abs(r.value) < Math.abs(total.value) * 1e-4) {
      warnings.push({
        kind: "implausible_magnitude",
        message: `${r.partner} trade ${r.value} is below 0.01% of the total ${total.value}: likely a unit misprint (万 for 亿)`,
        records: [r.id, total.id],
      });
    }
  }
  return warnings;
}
