import { z } from "zod";
import {
  INDICATOR_INFO,
  INDICATORS,
  MEASURE_INFO,
  MEASURES,
  QUALIFIERS,
  REGION_LEVELS,
  UNITS,
  WARNING_KINDS,
} from "./vocabulary";

// The dataset contract (docs: DATA-CONTRACT.md beside this file). The extractor
// validates every record against it before writing, and the app validates the
// fetched file against it before drawing anything, so both sides agree.

export const SCHEMA_VERSION = 1;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "expected an ISO date (YYYY-MM-DD)");

export const regionSchema = z
  .object({
    name: z.string().min(1),
    code: z
      .string()
      .regex(/^\d{6}$/u, "expected a six-digit GB/T 2260 code")
      .nullable(),
    level: z.enum(REGION_LEVELS),
  })
  .refine((r) => (r.level === "zone") === (r.code === null), {
    message: "zones have no division code; administrative divisions must have one",
  });

export const periodSchema = z
  .object({
    year: z.number().int().min(1949).max(2100),
    batch: z.number().int().min(1).max(99).optional(),
    quarter: z.number().int().min(1).max(4).optional(),
    months: z.tuple([z.number().int().min(1).max(12), z.number().int().min(1).max(12)]).optional(),
    month: z.number().int().min(1).max(12).optional(),
    label: z.string().min(1),
  })
  .refine((p) => [p.batch, p.quarter, p.months, p.month].filter((k) => k !== undefined).length <= 1, {
    message: "a period has at most one of batch, quarter, months, month",
  })
  .refine((p) => p.months === undefined || p.months[0] <= p.months[1], {
    message: "months must run from an earlier to a later month",
  });

export const sourceSpanSchema = z
  .object({
    document: z.string().min(1),
    article: z.string().min(1),
    quote: z.string().min(1),
    text: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end > s.start, { message: "source span must not be empty" });

export const recordSchema = z
  .object({
    id: z.string().min(1),
    indicator: z.enum(INDICATORS),
    measure: z.enum(MEASURES),
    value: z.number().finite(),
    unit: z.enum(UNITS),
    qualifier: z.enum(QUALIFIERS),
    region: regionSchema,
    period: periodSchema,
    sectors: z.array(z.string().min(1)),
    partner: z.string().min(1).optional(),
    entity: z.string().min(1).optional(),
    of: z.string().min(1).optional(),
    among: z.string().min(1).optional(),
    rule: z.string().min(1),
    source: sourceSpanSchema,
    alsoIn: z.array(sourceSpanSchema).optional(),
  })
  .superRefine((r, ctx) => {
    if (!INDICATOR_INFO[r.indicator].measures.includes(r.measure)) {
      ctx.addIssue({ code: "custom", path: ["measure"], message: `${r.indicator} has no measure ${r.measure}` });
    }
    if (!MEASURE_INFO[r.measure].units.includes(r.unit)) {
      ctx.addIssue({ code: "custom", path: ["unit"], message: `${r.measure} is not measured in ${r.unit}` });
    }
    if ((r.measure === "count" || r.measure === "rank") && !Number.isInteger(r.value)) {
      ctx.addIssue({ code: "custom", path: ["value"], message: `${r.measure} must be a whole number` });
    }
  });

export const articleSchema = z.object({ id: z.string().min(1), title: z.string() });

export const documentSchema = z.object({
  id: z.string().min(1),
  file: z.string().min(1),
  source: z.string().optional(),
  date: isoDate.optional(),
  region: z.string().optional(),
  url: z.string().optional(),
  inferred: z.boolean(),
  articles: z.array(articleSchema),
});

export const warningSchema = z.object({
  kind: z.enum(WARNING_KINDS),
  message: z.string().min(1),
  records: z.array(z.string().min(1)),
});

export const datasetSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    generatedAt: z.iso.datetime(),
    documents: z.array(documentSchema),
    records: z.array(recordSchema),
    warnings: z.array(warningSchema),
  })
  .superRefine((d, ctx) => {
    // Cross-references: every record points at a document that is present,
    // and every warning names records that are present.
    const docs = new Set(d.documents.map((doc) => doc.id));
    const ids = new Set<string>();
    d.records.forEach((r, i) => {
      if (!docs.has(r.source.document)) {
        ctx.addIssue({
          code: "custom",
          path: ["records", i, "source", "document"],
          message: `unknown document ${r.source.document}`,
        });
      }
      if (ids.has(r.id)) {
        ctx.addIssue({ code: "custom", path: ["records", i, "id"], message: `duplicate record id ${r.id}` });
      }
      ids.add(r.id);
    });
    d.warnings.forEach((w, i) => {
      w.records.forEach((id, j) => {
        if (!ids.has(id)) {
          ctx.addIssue({ code: "custom", path: ["warnings", i, "records", j], message: `unknown record ${id}` });
        }
      });
    });
  });

export type Region = z.infer<typeof regionSchema>;
export type Period = z.infer<typeof periodSchema>;
export type SourceSpan = z.infer<typeof sourceSpanSchema>;
export type IndicatorRecord = z.infer<typeof recordSchema>;
export type ArticleRef = z.infer<typeof articleSchema>;
export type DocumentEntry = z.infer<typeof documentSchema>;
export type DatasetWarning = z.infer<typeof warningSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

/** Human-readable list of the first problems of a failed parse: "path: reason". */
export function describeIssues(error: z.ZodError, max = 5): string[] {
  return error.issues.slice(0, max).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join(".") : "(root)";
    return `${path}: ${issue.message}`;
  });
}
