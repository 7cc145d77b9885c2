import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { z } from "zod";
import { datasetSchema } from "../schema/dataset";

// Publishes the dataset schema for researchers next to the data, generated
// from the same zod schema the extractor and the app validate with.
const out = process.argv[2] ?? "public/data/indicators.schema.json";
const jsonSchema = z.toJSONSchema(datasetSchema, { target: "draft-2020-12", unrepresentable: "any" });
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify({ title: "zhibiao indicators dataset", ...jsonSchema }, null, 2)}\n`);
process.stderr.write(`wrote ${out}\n`);
