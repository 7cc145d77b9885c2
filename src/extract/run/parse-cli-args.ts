import { parseArgs } from "node:util";

export const USAGE = `usage: npm run extract -- [INPUT ...] [--out FILE] [--strict] [--no-cache] [--jobs N]

  INPUT        article files or folders (read recursively for *.txt, *.md, *.html); default: data/raw
  --out FILE   where the dataset goes; default: public/data/indicators.json
  --strict     write nothing if any input cannot be read or parsed
  --no-cache   ignore and do not update the per-file cache in .cache/extract/
  --jobs N     worker threads (1 = in-process); default: one per idle core when there are many files
  -h, --help   show this help

exit status: 0 success (warnings allowed), 1 some input could not be read or parsed, 2 wrong usage`;

export interface CliArgs {
  inputs: string[];
  out: string;
  strict: boolean;
  cache: boolean;
  jobs: number;
  help: boolean;
}

export type ParsedCli = { ok: true; args: CliArgs } | { ok: false; message: string };

/** argv (without node and the script) → options, or the usage problem to print with exit status 2. */
export function parseCliArgs(argv: readonly string[]): ParsedCli {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  if (values.out !== undefined && values.out.trim() === "") return { ok: false, message: "--out needs a file name" };
  let jobs = 0;
  if (values.jobs !== undefined) {
    if (!/^[1-9][0-9]{0,3}$/u.test(values.jobs))
      return { ok: false, message: `--jobs needs a positive whole number, got "${values.jobs}"` };
    jobs = Number(values.jobs);
  }
  return {
    ok: true,
    args: {
      inputs: positionals.length > 0 ? positionals : ["data/raw"],
      out: values.out ?? "public/data/indicators.json",
      strict: values.strict ?? false,
      cache: !(values["no-cache"] ?? false),
      jobs,
      help: values.help ?? false,
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      out: { type: "string" },
      strict: { type: "boolean" },
      "no-cache": { type: "boolean" },
      jobs: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
}
