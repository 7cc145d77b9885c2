import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateDataset } from "../../../src/bench/generate-dataset";
import { asciiJson, compactDatasetFiles, QUOTES_FILE } from "../../../src/extract/run/split-dataset";
import { type CompactDataset, decodeCompactDataset, QuoteStore } from "../../../src/schema/compact-dataset";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function datasetFile(records: number): { file: string; json: string } {
  const dir = mkdtempSync(join(tmpdir(), "zhibiao-split-"));
  dirs.push(dir);
  const file = join(dir, "indicators.json");
  const json = JSON.stringify(generateDataset({ records, seed: 11 }));
  writeFileSync(file, json);
  return { file, json };
}

describe("compactDatasetFiles", () => {
  it("gives no compact copy for a small dataset or a missing file", () => {
    expect(compactDatasetFiles(datasetFile(50).file, 100)).toBeNull();
    expect(compactDatasetFiles(join(tmpdir(), "no-such-dir", "indicators.json"))).toBeNull();
  });

  it("gives a much smaller file and a quotes file that together decode to the dataset", () => {
    const { file, json } = datasetFile(600);
    const files = compactDatasetFiles(file, 100);
    if (!files) throw new Error("no compact copy");
    expect(files.compact.length).toBeLessThan(json.length * 0.4);
    // Pure ASCII, so the browser turns the bytes into text by copying them.
    expect(files.compact).toMatch(/^[ -~]*$/u);
    const compact = JSON.parse(files.compact) as CompactDataset;
    expect(compact.quotes).toBe(QUOTES_FILE);
    const store = new QuoteStore(compact.records.length);
    const decoded = decodeCompactDataset(compact, store);
    expect(store.fill(JSON.parse(files.quotes))).toBe(true);
    expect(JSON.parse(JSON.stringify(decoded))).toEqual(JSON.parse(json));
  });
});

describe("asciiJson", () => {
  it("escapes everything outside printable ASCII and parses back to the same value", () => {
    const value = { name: "太原市", rare: "𠀀", lone: "\ud800x", del: "a\u007fb", plain: "r0000001", n: [1.5, -2] };
    const text = asciiJson(value);
    expect(text).toMatch(/^[ -~]*$/u);
    expect(text).toContain("\\u592a\\u539f\\u5e02");
    expect(text).toContain("\\ud840\\udc00");
    expect(JSON.parse(text)).toEqual(value);
  });
});
