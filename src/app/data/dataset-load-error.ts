/** Why the dataset could not be shown; the error panel renders `kind` and `problems`. */
export type DatasetProblemKind = "missing" | "http" | "not-json" | "invalid" | "network";

export class DatasetLoadError extends Error {
  readonly kind: DatasetProblemKind;
  readonly url: string;
  /** Up to a handful of "path: reason" lines (for invalid files) or a single reason. */
  readonly problems: readonly string[];
  readonly status: number | null;

  constructor(kind: DatasetProblemKind, url: string, problems: readonly string[], status: number | null = null) {
    super(`${kind}: ${url}${problems.length > 0 ? ` — ${problems.join("; ")}` : ""}`);
    this.name = "DatasetLoadError";
    this.kind = kind;
    this.url = url;
    this.problems = problems;
    this.status = status;
  }
}
