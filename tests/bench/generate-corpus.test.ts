import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateCorpus } from "../../src/bench/generate-corpus";
import { parseFrontMatter } from "../../src/extract/front-matter";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("generateCorpus", () => {
  it("writes at least the asked size as pages with valid front matter and figures, deterministically", () => {
    dir = mkdtempSync(join(tmpdir(), "zhibiao-gen-"));
    const a = generateCorpus(join(dir, "a"), 300_000, 7);
    const b = generateCorpus(join(dir, "b"), 300_000, 7);
    expect(a.bytes).toBeGreaterThanOrEqual(300_000);
    expect(b).toMatchObject({ files: a.files, bytes: a.bytes });
    const batch = readdirSync(join(dir, "a"))[0] ?? "";
    const first = readdirSync(join(dir, "a", batch))[0] ?? "";
    const text = readFileSync(join(dir, "a", batch, first), "utf8");
    expect(parseFrontMatter(text).meta).toMatchObject({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/u) });
    expect(text).toMatch(/进出口总值\d+(?:\.\d+)?亿(?:美)?元|签约项目\d+个/u);
  });
});
