import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type FileResult, ResultCache } from "../../../src/extract/run/result-cache";

// The cache keeps a run's results in one pack file with an index beside it;
// these check what a later run gets back, and that the packs do not pile up.
let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "zhibiao-cache-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const VERSION = "0123456789abcdef";

function result(hash: string, records: string): FileResult {
  return {
    hash,
    document: {
      id: "abcdef012345",
      file: "a.txt",
      title: "标题",
      date: "2024-06-01",
      source: "测试",
      region: null,
      encoding: "utf-8",
      format: "text",
    } as unknown as FileResult["document"],
    records,
    recordCount: 1,
    warnings: [],
    notes: ["truncated UTF-8"],
  };
}

const text = (r: FileResult | undefined): string | undefined =>
  r === undefined ? undefined : Buffer.from(r.records as Uint8Array).toString("utf8");

function packs(): string[] {
  return readdirSync(join(root, VERSION)).filter((n) => n.startsWith("pack-"));
}

describe("ResultCache", () => {
  it("gives a saved result back to a later run, only for the same content hash", () => {
    const first = new ResultCache(root, VERSION);
    first.set("a.txt", result("h1", '{"value":"进出口总值"}'));
    first.set("b.txt", { ...result("h2", ""), records: Buffer.from('{"value":2}') });
    // Read back within the run too (from the pack being written).
    expect(text(first.get("a.txt", "h1"))).toBe('{"value":"进出口总值"}');
    first.save();
    const later = new ResultCache(root, VERSION);
    const hit = later.get("a.txt", "h1");
    expect(text(hit)).toBe('{"value":"进出口总值"}');
    expect(hit?.notes).toEqual(["truncated UTF-8"]);
    expect(text(later.get("b.txt", "h2"))).toBe('{"value":2}');
    expect(later.get("a.txt", "h2")).toBeUndefined();
    expect(later.get("c.txt", "h1")).toBeUndefined();
  });

  it("a damaged entry is a miss, not wrong records", () => {
    const first = new ResultCache(root, VERSION);
    first.set("a.txt", result("h1", '{"value":1}'));
    first.save();
    const [pack] = packs();
    const path = join(root, VERSION, pack as string);
    writeFileSync(path, readFileSync(path, "utf8").replace('{"value":1}', '{"value":7}'));
    expect(new ResultCache(root, VERSION).get("a.txt", "h1")).toBeUndefined();
  });

  it("a missing index or pack is a miss", () => {
    const first = new ResultCache(root, VERSION);
    first.set("a.txt", result("h1", "{}"));
    first.save();
    for (const name of packs()) rmSync(join(root, VERSION, name));
    expect(new ResultCache(root, VERSION).get("a.txt", "h1")).toBeUndefined();
    rmSync(join(root, VERSION, "index.json"));
    expect(new ResultCache(root, VERSION).get("a.txt", "h1")).toBeUndefined();
  });

  it("results replaced run after run are folded away: the packs stay few and the live ones readable", () => {
    const big = "x".repeat(10_000);
    const first = new ResultCache(root, VERSION);
    first.set("a.txt", result("h0", big));
    first.set("b.txt", result("b0", big));
    first.save();
    for (let run = 1; run <= 6; run++) {
      const cache = new ResultCache(root, VERSION);
      cache.set("a.txt", result(`h${run}`, `${big}${run}`));
      cache.save();
    }
    expect(packs().length).toBeLessThanOrEqual(2);
    const last = new ResultCache(root, VERSION);
    expect(text(last.get("b.txt", "b0"))).toBe(big);
    expect(text(last.get("a.txt", "h6"))).toBe(`${big}6`);
    expect(last.get("a.txt", "h5")).toBeUndefined();
  });

  it("drops the results of other extractor versions", () => {
    const old = new ResultCache(root, "fedcba9876543210");
    old.set("a.txt", result("h1", "{}"));
    old.save();
    const current = new ResultCache(root, VERSION);
    current.set("a.txt", result("h1", "{}"));
    current.save();
    expect(readdirSync(root).sort()).toEqual([VERSION, "file-stats.json"]);
  });
});
