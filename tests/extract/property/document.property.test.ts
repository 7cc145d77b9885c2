import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkConsistency } from "../../../src/extract/consistency";
import { parseFrontMatter } from "../../../src/extract/front-matter";
import { datasetSchema, describeIssues, recordSchema, SCHEMA_VERSION } from "../../../src/schema/dataset";
import { extractText } from "../rules/extract-text";

// The whole reading side on documents stitched together from pieces of real
// articles (so rules fire, and fire on damaged context) and random characters:
// it must never throw, and everything it yields must pass the dataset schema
// the CLI enforces before writing, with spans that point into the text.

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "corpus");

/** Pieces of the committed corpus bodies, cut at sentence and clause marks (kept). */
function loadFragments(): string[] {
  const out: string[] = [];
  for (const name of readdirSync(CORPUS).filter((n) => n.endsWith(".txt"))) {
    const text = readFileSync(join(CORPUS, name), "utf8");
    const body = text.slice(parseFrontMatter(text).bodyStart);
    for (const piece of body.split(/(?<=[。；，\n])/u)) if (piece.trim().length > 0) out.push(piece);
  }
  return out;
}

const fragments = loadFragments();
// A few hundred documents keep the file to a second; PROPERTY_RUNS=20000 searches deeper by hand.
const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

// Characters that steer the rules: numerals, units, clause marks, period and region words.
const steering = [
  ..."0123456789〇一二两三四五六七八九十百千万亿元美%％。，、；：\n 年月季度第批增长下降同比占排名位个项目我市全省",
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...fragments) },
  // A fragment cut at a random place, as a column break or a bad copy would leave it.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...fragments), fc.nat(), fc.nat())
      .map(([f, a, b]) => f.slice(Math.min(a, b) % (f.length + 1), Math.max(a, b) % (f.length + 1))),
  },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...steering), maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);

const frontMatter = fc.option(
  fc
    .record({
      region: fc.constantFrom("太原市", "山西省", "郑州市", "河南省", "我市", "火星市"),
      date: fc.date({ min: new Date("1990-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
    })
    .map(({ region, date }) => `---\nregion: ${region}\ndate: ${date.toISOString().slice(0, 10)}\n---\n`),
  { nil: "" },
);

const documentText = fc
  .tuple(frontMatter, fc.array(piece, { minLength: 1, maxLength: 25 }), fc.constantFrom("", "\n", "\n\n"))
  .map(([fm, pieces, joiner]) => `${fm}${pieces.join(joiner)}`);

describe("extractDocument on random documents", () => {
  it("loads enough real fragments to exercise the rules", () => {
    expect(fragments.length).toBeGreaterThan(200);
  });

  it("never throws; every record passes the schema and quotes the text it points at", () => {
    let withRecords = 0;
    fc.assert(
      fc.property(documentText, (text) => {
        const result = extractText(text, "random.txt");
        for (const record of result.records) {
          const parsed = recordSchema.safeParse(record);
          expect(parsed.success, parsed.success ? "" : describeIssues(parsed.error).join("; ")).toBe(true);
          for (const span of [record.source, ...(record.alsoIn ?? [])]) {
            expect(text.slice(span.start, span.end)).toBe(span.text);
          }
        }
        // The assembled dataset also holds: known documents, unique ids, warnings naming real records.
        const dataset = {
          schemaVersion: SCHEMA_VERSION,
          generatedAt: new Date(0).toISOString(),
          documents: [result.document],
          records: result.records,
          warnings: checkConsistency(result.records),
        };
        const whole = datasetSchema.safeParse(dataset);
        expect(whole.success, whole.success ? "" : describeIssues(whole.error).join("; ")).toBe(true);
        if (result.records.length > 0) withRecords++;
      }),
      {
        numRuns: RUNS,
        // Once found by this property: a share of trading enterprises (a measure the
        // vocabulary lacks) and years outside the schema's range.
        examples: [
          ["去年我市有进出口实绩的企业共有822家，占全省进出口总值的30.7%，"],
          ["“开工一批”项目2个，八〇八八年"],
          ["0000年“投产一批”项目19个，"],
        ],
      },
    );
    // The property is only worth something if the documents really produce records.
    expect(withRecords).toBeGreaterThan(30);
  });
});
