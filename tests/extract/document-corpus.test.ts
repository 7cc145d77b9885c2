import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkConsistency } from "../../src/extract/consistency";
import type { DocumentEntry, IndicatorRecord } from "../../src/schema/dataset";
import { datasetSchema } from "../../src/schema/dataset";
import { extractText } from "./rules/extract-text";
import { readExpected, strictF1 } from "./score-corpus";

// The development corpus (copied from the shared corpus into fixtures/),
// scored with the matching logic of the shared scorer (score.mjs). The issue
// asks for strict F1 ≥ 0.95; the floor is what the extractor reaches (1.0), so
// any fact lost on the development corpus fails here.
const MEASURED_FLOOR = 1;

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), "fixtures");
const CORPUS = join(FIXTURES, "corpus");

describe("development corpus", () => {
  const expected = readExpected(FIXTURES);

  it(`reaches strict F1 ≥ ${MEASURED_FLOOR}`, () => {
    expect(expected.length).toBeGreaterThanOrEqual(21);
    expect(strictF1(CORPUS, expected)).toBeGreaterThanOrEqual(MEASURED_FLOOR);
  });

  it("assembles into a dataset the schema accepts", () => {
    const documents: DocumentEntry[] = [];
    const records: IndicatorRecord[] = [];
    for (const entry of expected) {
      const result = extractText(readFileSync(join(CORPUS, entry.file), "utf8"), entry.file);
      documents.push(result.document);
      records.push(...result.records);
    }
    expect(records.length).toBeGreaterThan(200);
    const parsed = datasetSchema.safeParse({
      schemaVersion: 1,
      generatedAt: new Date().toISOString(),
      documents,
      records,
      warnings: checkConsistency(records),
    });
    expect(parsed.success).toBe(true);
  });
});
