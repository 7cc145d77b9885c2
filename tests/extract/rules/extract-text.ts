import { createHash } from "node:crypto";
import { extractDocument } from "../../../src/extract/document";
import { parseFrontMatter } from "../../../src/extract/front-matter";
import type { DocumentResult, LoadedDocument } from "../../../src/extract/types";

/** Runs the reading side on a text as the CLI would (front matter parsed). */
export function extractText(text: string, file = "test.txt"): DocumentResult {
  const fm = parseFrontMatter(text);
  const id = createHash("sha256").update(file).digest("hex").slice(0, 12);
  const doc: LoadedDocument = { id, file, text, bodyStart: fm.bodyStart, meta: fm.meta };
  return extractDocument(doc);
}

/** A one-sentence document with the given home region and date. */
export function sentenceDoc(sentence: string, region: string, date: string): string {
  return `---\nregion: ${region}\ndate: ${date}\n---\n${sentence}\n`;
}
