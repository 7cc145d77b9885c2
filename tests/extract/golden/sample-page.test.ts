import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkConsistency } from "../../../src/extract/consistency";
import { extractText } from "../rules/extract-text";

// Golden test of the whole sample page: a readable Markdown snapshot of every
// record (value, region, period, rule, span) and warning. On a mismatch the
// new output is written next to it as sample-page-changed.snapshot.txt for review (plain text, so formatters leave the table alone).
const here = dirname(fileURLToPath(import.meta.url));
const PAGE = join(here, "../fixtures/corpus/000_a349228e6c3992d1.txt");
const GOLDEN = join(here, "sample-page.snapshot.txt");
const CHANGED = join(here, "sample-page-changed.snapshot.txt");

function render(): string {
  const text = readFileSync(PAGE, "utf8");
  const { document, records } = extractText(text, "data/raw/000_a349228e6c3992d1.txt");
  const lines = [
    "# Sample page (000_a349228e6c3992d1.txt)",
    "",
    `Home region: ${document.region} (inferred: ${document.inferred})`,
    "",
    "## Articles",
    "",
    ...document.articles.map((a) => `- ${a.title || "(untitled)"}`),
    "",
    "## Records",
    "",
    "| indicator | measure | value | qualifier | region | period | partner/entity | rule | span | offsets |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...records.map(
      (r) =>
        `| ${r.indicator} | ${r.measure} | ${r.value} ${r.unit} | ${r.qualifier} | ${r.region.name} | ${r.period.label} | ${r.partner ?? r.entity ?? ""} | ${r.rule} | ${r.source.text} | ${r.source.start}–${r.source.end}${r.alsoIn ? ` (+${r.alsoIn.length})` : ""} |`,
    ),
    "",
    "## Warnings",
    "",
    ...checkConsistency(records).map((w) => `- ${w.kind}: ${w.message}`),
    "",
  ];
  return lines.join("\n");
}

describe("sample page golden", () => {
  it("matches sample-page.snapshot.txt", () => {
    const actual = render();
    const expected = existsSync(GOLDEN) ? readFileSync(GOLDEN, "utf8") : "";
    if (actual !== expected) writeFileSync(CHANGED, actual);
    else if (existsSync(CHANGED)) unlinkSync(CHANGED);
    expect(actual).toBe(expected);
  });

  it("gives spans that are the original text at their offsets, and nothing from the other articles", () => {
    const text = readFileSync(PAGE, "utf8");
    const { records } = extractText(text);
    expect(records).toHaveLength(20);
    for (const r of records) {
      expect(text.slice(r.source.start, r.source.end)).toBe(r.source.text);
      expect(r.source.quote).toContain(r.source.text.replace(/\n/gu, ""));
    }
    const rental = text.indexOf("我省明确专业化规模化租赁企业标准");
    expect(records.every((r) => r.source.start < rental)).toBe(true);
  });
});
