import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generateDataset } from "../../../src/bench/generate-dataset";
import { compactDatasetText } from "../../../src/extract/run/split-dataset";
import { type CompactDataset, decodeCompactDataset } from "../../../src/schema/compact-dataset";

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

describe("compactDatasetText", () => {
  it("gives no compact copy for a small dataset or a missing file", () => {
    expect(compactDatasetText(datasetFile(50).file, 100)).toBeNull();
    expect(compactDatasetText(join(tmpdir(), "no-such-dir", "indicators.json"))).toBeNull();
  });

  it("gives a smaller file that decodes to the dataset for a large one", () => {
    const { file, json } = datasetFile(600);
    const text = compactDatasetText(file, 100);
    expect(text).not.toBeNull();
    expect((text ?? "").length).toBeLessThan(json.length * 0.7);
    expect(decodeCompactDataset(JSON.parse(text ?? "{}") as CompactDataset)).toEqual(JSON.parse(json));
  });
});
