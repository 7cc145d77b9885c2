import type { Dataset, IndicatorRecord } from "../../schema/dataset";
import type { Lang } from "../view-props";

/**
 * "数据来源：据 3 篇报道整理 — 太原日报 2022-02-27；山西日报 2023-06-30 …":
 * how many reports the figures come from (each record's document and the
 * documents that restate it), and the latest few of them by date.
 */
export function buildSourceLine(
  records: readonly IndicatorRecord[],
  documents: Dataset["documents"],
  lang: Lang,
  maxListed = 2,
): string {
  const ids = new Set<string>();
  for (const r of records) {
    ids.add(r.source.document);
    for (const s of r.alsoIn ?? []) ids.add(s.document);
  }
  const docs = documents
    .filter((d) => ids.has(d.id))
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.file.localeCompare(b.file));
  if (docs.length === 0) return "";
  const listed = docs
    .slice(0, maxListed)
    .map((d) => [d.source ?? d.file.split("/").at(-1), d.date].filter(Boolean).join(" "));
  const more = docs.length > maxListed ? " …" : "";
  return lang === "zh"
    ? `数据来源：据 ${docs.length} 篇报道整理 — ${listed.join("；")}${more}`
    : `Source: compiled from ${docs.length} report${docs.length === 1 ? "" : "s"} — ${listed.join("; ")}${more}`;
}

/** "指标 zhibiao · 数据集 2026-11-28" */
export function buildFooter(generatedAt: string, lang: Lang): string {
  const date = generatedAt.slice(0, 10);
  return lang === "zh" ? `指标 zhibiao · 数据集 ${date}` : `zhibiao · dataset of ${date}`;
}
