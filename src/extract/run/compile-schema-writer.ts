import type { z } from "zod";

/**
 * The JSON text of a value the schema accepts exactly as it is (parsing it
 * would return an equal value), or null when that cannot be vouched for:
 * the value breaks a rule, or it needs something only zod's parse does
 * (stripping an unknown key, a default, a transform). On null the caller
 * asks zod itself, for the verdict and the message.
 */
export type SchemaWriter = (value: unknown) => string | null;

type Schema = z.core.$ZodType;
type Predicate = (value: unknown) => boolean;

/** Thrown while compiling when a construct is left to zod. */
class Unsupported extends Error {}

/**
 * Compiles a zod schema into a validating JSON writer, so the extractor can
 * check each record with the one shared schema (src/schema/dataset.ts) at a
 * fraction of safeParse's cost: safeParse copies every object and collects
 * issues, ~9 µs per record, more than finding the record in the text.
 *
 * The writer is generated source (as zod's own object parser is): one
 * straight-line function with a property read per field, which V8 compiles
 * into monomorphic loads; a tree of small closures measured no faster than
 * safeParse, every field read going through the same megamorphic site.
 * Everything it tests comes from the schema's definition: types, enum and
 * literal values, lengths, patterns, bounds, and refinements, which are
 * called as they are; a check without a shortcut here runs through zod's own
 * check function. It only ever errs towards null, never towards accepting
 * what zod rejects. Keys come out in the schema's order, as they would from
 * safeParse's output.
 */
export function compileSchemaWriter(schema: Schema): SchemaWriter {
  try {
    return new Compiler().compile(schema);
  } catch (error) {
    if (error instanceof Unsupported) return () => null;
    throw error;
  }
}

/** Whether the writer can vouch for values of this schema (otherwise it always answers null). */
export function isFullyCompiled(schema: Schema): boolean {
  try {
    new Compiler().compile(schema);
    return true;
  } catch (error) {
    if (error instanceof Unsupported) return false;
    throw error;
  }
}

class Compiler {
  /** Values the generated code refers to by index: patterns, predicates, enum tables. */
  private readonly refs: unknown[] = [];
  private vars = 0;
  /** Variables that live between calls: the last string seen at each string field and its JSON. */
  private readonly memos: string[] = [];

  compile(schema: Schema): SchemaWriter {
    const lines: string[] = [];
    const out = this.emit(schema, "value", lines, "  ");
    const body = `${lines.join("\n")}\n  return ${out};`;
    const factory = new Function(
      "refs",
      `${this.memos.map((m) => `let ${m} = null, ${m}j = "";`).join("\n")}
return function write(value) {
${body}
};`,
    ) as (refs: unknown[]) => SchemaWriter;
    return factory(this.refs);
  }

  /**
   * The string's JSON, remembered per field for the next call: consecutive
   * records of a sentence carry the same quote, document, article, region
   * and label, often the very same string object, so comparing with the last
   * one is far cheaper than escaping again (or hashing it for a lookup table).
   */
  private escaped(v: string, json: string, lines: string[], indent: string): string {
    const memo = this.fresh("m");
    this.memos.push(memo);
    lines.push(
      `${indent}let ${json} = ${memo}j;`,
      `${indent}if (${v} !== ${memo}) {`,
      `${indent}  ${json} = JSON.stringify(${v});`,
      `${indent}  ${memo} = ${v};`,
      `${indent}  ${memo}j = ${json};`,
      `${indent}}`,
    );
    return json;
  }

  private ref(value: unknown): string {
    this.refs.push(value);
    return `refs[${this.refs.length - 1}]`;
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.vars++}`;
  }

  /**
   * Appends the statements that check `v` (an expression free of side
   * effects) and returns an expression holding its JSON. Failing statements
   * `return null` from the whole writer.
   */
  private emit(schema: Schema, v: string, lines: string[], indent: string): string {
    const def = (schema as z.core.$ZodTypes)._zod.def;
    const json = this.fresh("j");
    switch (def.type) {
      case "string":
        if (def.coerce) throw new Unsupported();
        lines.push(`${indent}if (typeof ${v} !== "string") return null;`);
        this.checks(schema, v, lines, indent);
        return this.escaped(v, json, lines, indent);
      case "number":
        if (def.coerce) throw new Unsupported();
        // Same test as zod's number type: NaN and ±Infinity are refused.
        lines.push(`${indent}if (typeof ${v} !== "number" || !Number.isFinite(${v})) return null;`);
        this.checks(schema, v, lines, indent);
        lines.push(`${indent}const ${json} = String(${v});`);
        return json;
      case "boolean":
        if (def.coerce) throw new Unsupported();
        lines.push(`${indent}if (typeof ${v} !== "boolean") return null;`);
        this.checks(schema, v, lines, indent);
        lines.push(`${indent}const ${json} = ${v} ? "true" : "false";`);
        return json;
      case "null":
        lines.push(`${indent}if (${v} !== null) return null;`);
        return '"null"';
      case "enum":
      case "literal": {
        const table = this.ref(valueTable(schema));
        lines.push(`${indent}const ${json} = ${table}.get(${v});`, `${indent}if (${json} === undefined) return null;`);
        this.checks(schema, v, lines, indent);
        return json;
      }
      case "nullable": {
        this.noChecks(schema);
        const inner: string[] = [];
        const innerJson = this.emit(def.innerType, v, inner, `${indent}  `);
        lines.push(
          `${indent}let ${json} = "null";`,
          `${indent}if (${v} !== null) {`,
          ...inner,
          `${indent}  ${json} = ${innerJson};`,
          `${indent}}`,
        );
        return json;
      }
      case "array": {
        const i = this.fresh("i");
        const item = this.fresh("e");
        const inner: string[] = [];
        const itemJson = this.emit(def.element, item, inner, `${indent}  `);
        lines.push(
          `${indent}if (!Array.isArray(${v})) return null;`,
          `${indent}let ${json} = "[";`,
          `${indent}for (let ${i} = 0; ${i} < ${v}.length; ${i}++) {`,
          `${indent}  const ${item} = ${v}[${i}];`,
          ...inner,
          `${indent}  ${json} += ${i} === 0 ? ${itemJson} : "," + ${itemJson};`,
          `${indent}}`,
          `${indent}${json} += "]";`,
        );
        this.checks(schema, v, lines, indent);
        return json;
      }
      case "tuple": {
        if (def.rest !== null) throw new Unsupported();
        lines.push(`${indent}if (!Array.isArray(${v}) || ${v}.length !== ${def.items.length}) return null;`);
        const parts: string[] = [];
        def.items.forEach((itemSchema, index) => {
          // An optional item lets the tuple be shorter: left to zod.
          if ((itemSchema as z.core.$ZodTypes)._zod.def.type === "optional") throw new Unsupported();
          const item = this.fresh("t");
          lines.push(`${indent}const ${item} = ${v}[${index}];`);
          parts.push(this.emit(itemSchema, item, lines, indent));
        });
        lines.push(`${indent}const ${json} = "[" + ${parts.join(' + "," + ') || '""'} + "]";`);
        this.checks(schema, v, lines, indent);
        return json;
      }
      case "object":
        return this.object(schema, def, v, json, lines, indent);
      default:
        // Optional outside an object, unions, records, transforms, defaults …:
        // the dataset schema does not use them; zod handles them.
        throw new Unsupported();
    }
  }

  private object(
    schema: Schema,
    def: z.core.$ZodObjectDef,
    v: string,
    json: string,
    lines: string[],
    indent: string,
  ): string {
    lines.push(
      `${indent}if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) return null;`,
      `${indent}let ${json} = "{";`,
    );
    const count = this.fresh("n");
    lines.push(`${indent}let ${count} = 0;`);
    let first = true;
    for (const [key, child] of Object.entries(def.shape)) {
      const childDef = (child as z.core.$ZodTypes)._zod.def;
      const field = this.fresh("f");
      const name = JSON.stringify(key);
      lines.push(`${indent}const ${field} = ${v}[${name}];`);
      if (childDef.type === "optional") {
        this.noChecks(child);
        const inner: string[] = [];
        const innerJson = this.emit(childDef.innerType, field, inner, `${indent}  `);
        // Whether a comma is needed depends on what was written before.
        lines.push(
          `${indent}if (${field} !== undefined) {`,
          ...inner,
          `${indent}  ${json} += (${count} === 0 ? ${JSON.stringify(`${name}:`)} : ${JSON.stringify(`,${name}:`)}) + ${innerJson};`,
          `${indent}  ${count}++;`,
          `${indent}}`,
        );
        first = false;
      } else {
        lines.push(`${indent}if (${field} === undefined) return null;`);
        const fieldJson = this.emit(child, field, lines, indent);
        const head = first ? `${name}:` : `,${name}:`;
        // After a required field the comma is certain; before it, count decides.
        lines.push(
          first
            ? `${indent}${json} += ${JSON.stringify(head)} + ${fieldJson};`
            : `${indent}${json} += (${count} === 0 ? ${JSON.stringify(`${name}:`)} : ${JSON.stringify(head)}) + ${fieldJson};`,
          `${indent}${count}++;`,
        );
        first = false;
      }
    }
    // A key the schema does not name (or an optional one set to undefined)
    // would be stripped by zod, and refinements see the stripped object: let zod do it.
    const own = this.fresh("k");
    lines.push(
      `${indent}let ${own} = 0;`,
      `${indent}for (const key in ${v}) if (Object.hasOwn(${v}, key)) ${own}++;`,
      `${indent}if (${own} !== ${count}) return null;`,
      `${indent}${json} += "}";`,
    );
    this.checks(schema, v, lines, indent);
    return json;
  }

  private noChecks(schema: Schema): void {
    if ((schema._zod.def.checks?.length ?? 0) > 0) throw new Unsupported();
  }

  /** The schema's checks, in zod's order, after its type test passed. */
  private checks(schema: Schema, v: string, lines: string[], indent: string): void {
    const list = [...(schema._zod.def.checks ?? [])];
    // String formats (z.iso.datetime() …) are a check themselves.
    if (schema._zod.traits.has("$ZodCheck")) list.unshift(schema as unknown as z.core.$ZodCheck);
    for (const check of list) lines.push(`${indent}if (!(${this.check(check, v)})) return null;`);
  }

  /** An expression that is true when the check passes. */
  private check(check: z.core.$ZodCheck, v: string): string {
    const def = check._zod.def as z.core.$ZodChecks["_zod"]["def"] | z.core.$ZodCustom["_zod"]["def"];
    switch (def.check) {
      case "min_length":
        return `${v}.length >= ${Number(def.minimum)}`;
      case "max_length":
        return `${v}.length <= ${Number(def.maximum)}`;
      case "length_equals":
        return `${v}.length === ${Number(def.length)}`;
      case "greater_than":
        if (typeof def.value === "number") return `${v} ${def.inclusive ? ">=" : ">"} ${def.value}`;
        break;
      case "less_than":
        if (typeof def.value === "number") return `${v} ${def.inclusive ? "<=" : "<"} ${def.value}`;
        break;
      case "number_format":
        if (def.format === "safeint") return `Number.isSafeInteger(${v})`;
        break;
      case "string_format":
        if (def.format === "regex" && def.pattern && !def.pattern.global && !def.pattern.sticky) {
          return `${this.ref(def.pattern)}.test(${v})`;
        }
        break;
      case "custom":
        // .refine(): the predicate itself (a promise means async, which a sync parse refuses).
        if ("type" in def && def.type === "custom" && typeof def.fn === "function") {
          return `${this.ref(refinement(def.fn as (value: unknown) => unknown))}(${v})`;
        }
        break;
    }
    return `${this.ref(viaZod(check))}(${v})`;
  }
}

/** Allowed values → their JSON, for enums and literals. */
function valueTable(schema: Schema): Map<unknown, string> {
  const table = new Map<unknown, string>();
  for (const value of (schema as z.core.$ZodEnum | z.core.$ZodLiteral)._zod.values) {
    const ok =
      typeof value === "string" ||
      typeof value === "boolean" ||
      value === null ||
      (typeof value === "number" && Number.isFinite(value));
    if (!ok) throw new Unsupported();
    table.set(value, JSON.stringify(value));
  }
  return table;
}

function refinement(fn: (value: unknown) => unknown): Predicate {
  return (value) => {
    const ok = fn(value);
    return !(ok instanceof Promise) && Boolean(ok);
  };
}

/** Any other check (superRefine, formats): zod's own check function on a scratch payload. */
function viaZod(check: z.core.$ZodCheck): Predicate {
  return (value) => {
    const payload: z.core.ParsePayload = { value, issues: [] };
    const result = check._zod.check(payload as z.core.ParsePayload<never>);
    return !(result instanceof Promise) && payload.issues.length === 0;
  };
}
