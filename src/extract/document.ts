import type { DocumentResult, LoadedDocument } from "./types";

// Reading side of the pipeline: normalise → sentences → rules → resolve → merge.
// (Being built under issue #3; for now it only records the document.)
export function extractDocument(doc: LoadedDocument): DocumentResult {
  return {
    document: {
      id: doc.id,
      file: doc.file,
      ...doc.meta,
      inferred: doc.meta.region === undefined,
      articles: [],
    },
    records: [],
  };
}
