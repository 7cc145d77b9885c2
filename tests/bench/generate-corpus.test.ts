import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/bench/generate-corpus";
import { parseFrontMatter } from "../../src/extract/front-matter";
import { extractText } from "../extract/rules/extract-text";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("generateCorpus", () => {
  it("writes at least the asked size as pages with valid front matter and figures, deterministically", () => {
    dir = mkdtempSync(join(tmpdir(), "zhibiao-gen-"));
    const a = generateCorpus(join(dir, "a"), 300_000, 7);
    const b = generateCorpus(join(dir, "b"), 300_000, 7);
    expect(a.bytes).toBeGreaterThanOrEqual(300_000);
    expect(b).toMatchObject({ files: a.files, bytes: a.bytes });
    const texts = (root: string) =>
      readdirSync(root).flatMap((batch) =>
        readdirSync(join(root, batch)).map((file) => readFileSync(join(root, batch, file), "utf8")),
      );
    const pages = texts(join(dir, "a"));
    expect(texts(join(dir, "b"))).toEqual(pages);
    for (const text of pages) {
      expect(parseFrontMatter(text).meta).toMatchObject({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u) });
    }
    // Some pages are all prose, as real ones; the corpus as a whole states both kinds of figures.
    const all = pages.join("\n");
    expect(all).toMatch(/进出口总值\d+(?:\.\d+)?亿(?:美)?元/u);
    expect(all).toMatch(/签约项目\d+个/u);
  });

  it("states about as many facts per MB as the real sample page (1,930 per MB), not a wall of figures", () => {
    dir = mkdtempSync(join(tmpdir(), "zhibiao-gen-"));
    const corpus = generateCorpus(join(dir, "c"), 400_000, 3);
    let records = 0;
    const rules = new Set<string>();
    for (const batch of readdirSync(join(dir, "c"))) {
      for (const file of readdirSync(join(dir, "c", batch))) {
        const result = extractText(readFileSync(join(dir, "c", batch, file), "utf8"), file);
        records += result.records.length;
        for (const r of result.records) rules.add(r.rule);
      }
    }
    const perMb = records / (corpus.bytes / 1e6);
    expect(perMb).toBeGreaterThanOrEqual(1_900);
    expect(perMb).toBeLessThanOrEqual(2_500);
    // The shapes of the development corpus come through: batches, trade values, ranks, 持平, monthly lists.
    for (const rule of [
      "projects.total-count",
      "projects.signed-investment",
      "trade.total-value",
      "trade.balance-value",
      "trade.total-rank",
      "trade.total-monthly-growth",
      "trade.enterprises-count",
    ]) {
      expect(rules).toContain(rule);
    }
  });
});
