import type { DatasetWarning, DocumentEntry, IndicatorRecord } from "../schema/dataset";

// The seam between the loading side of the pipeline (files, encodings, front
// matter, HTML, caching, workers, output) and the reading side (normalising,
// sentences, rules, resolving, merging). Loading produces a LoadedDocument;
// reading turns it into a DocumentResult; assembly adds cross-record warnings.

/** Metadata a document states about itself (front matter or HTML <meta>). */
export interface DocumentMeta {
  source?: string;
  /** ISO date, already validated. */
  date?: string;
  region?: string;
  url?: string;
}

export interface LoadedDocument {
  /** Stable id of the document (hash of its path relative to the working directory). */
  id: string;
  /** Path as given to the CLI, relative to the working directory where possible. */
  file: string;
  /** The full decoded text of the file (front matter included); record offsets point into it. */
  text: string;
  /** Offset in `text` where the body starts (after any front matter block). */
  bodyStart: number;
  meta: DocumentMeta;
  /** How the file was read: plain text (with optional front matter) or the visible text of an HTML page. */
  format?: "text" | "html";
  /** Encoding the file was decoded from (detected from its bytes). */
  encoding?: "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";
}

export interface DocumentResult {
  document: DocumentEntry;
  records: IndicatorRecord[];
}

export type ExtractDocument = (doc: LoadedDocument) => DocumentResult;
export type CheckConsistency = (records: readonly IndicatorRecord[]) => DatasetWarning[];
