import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative } from "node:path";
import { parseArgs } from "node:util";
import { datasetSchema, describeIssues, SCHEMA_VERSION } from "../schema/dataset";
import { checkConsistency } from "./consistency";
import { extractDocument } from "./document";
import { parseFrontMatter } from "./front-matter";
import type { DocumentResult } from "./types";

// Minimal first CLI (issue #2); issue #3/#7 extend it with encodings, HTML,
// workers, caching and the bad-input handling of the data contract.
const EXTENSIONS = new Set([".txt", ".md", ".html", ".htm"]);

function listFiles(input: string): string[] {
  const st = statSync(input);
  if (!st.isDirectory()) return [input];
  return readdirSync(input, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const p = join(input, e.name);
      if (e.isDirectory()) return listFiles(p);
      return EXTENSIONS.has(extname(e.name).toLowerCase()) && !/^readme/iu.test(e.name) ? [p] : [];
    });
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: { out: { type: "string" }, strict: { type: "boolean" } },
    allowPositionals: true,
  });
  const inputs = positionals.length > 0 ? positionals : ["data/raw"];
  const out = values.out ?? "public/data/indicators.json";
  const results: DocumentResult[] = [];
  for (const file of inputs.flatMap(listFiles)) {
    const text = readFileSync(file, "utf8");
    const fm = parseFrontMatter(text);
    const rel = relative(process.cwd(), file) || file;
    const id = createHash("sha256").update(rel).digest("hex").slice(0, 12);
    results.push(extractDocument({ id, file: rel, text, bodyStart: fm.bodyStart, meta: fm.meta }));
  }
  const records = results.flatMap((r) => r.records);
  const dataset = {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: new Date().toISOString(),
    documents: results.map((r) => r.document),
    records,
    warnings: checkConsistency(records),
  };
  const parsed = datasetSchema.safeParse(dataset);
  if (!parsed.success) {
    for (const line of describeIssues(parsed.error)) process.stderr.write(`invalid dataset: ${line}\n`);
    return 1;
  }
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(parsed.data, null, 1)}\n`);
  renameSync(tmp, out);
  process.stderr.write(`extracted ${records.length} records from ${results.length} documents → ${out}\n`);
  return 0;
}

process.exitCode = main();
