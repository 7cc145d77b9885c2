import { parseCliArgs, USAGE } from "./run/parse-cli-args";
import { runExtract } from "./run/run-extract";
import { tuneHeapForExtraction } from "./run/tune-heap";

// The only place that reads argv, touches process.exit codes or listens for
// signals; everything else is in ./run and ./load, testable without a process.
const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`extract: ${parsed.message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  tuneHeapForExtraction();
  const controller = new AbortController();
  let signalled: keyof typeof SIGNAL_EXIT | null = null;
  for (const name of Object.keys(SIGNAL_EXIT) as (keyof typeof SIGNAL_EXIT)[]) {
    process.on(name, () => {
      // The first signal aborts (temporary files go at once); a second one
      // while a large file is still being read stops right away.
      if (signalled !== null) process.exit(SIGNAL_EXIT[name]);
      signalled = name;
      controller.abort();
    });
  }
  const tty = process.stderr.isTTY === true;
  const summary = await runExtract(
    {
      inputs: parsed.args.inputs,
      out: parsed.args.out,
      strict: parsed.args.strict,
      cacheDir: parsed.args.cache ? ".cache/extract" : null,
      jobs: parsed.args.jobs,
      cwd: process.cwd(),
    },
    {
      log: (line) => process.stderr.write(`${tty ? "\r\u001b[K" : ""}${line}\n`),
      progress: tty ? (line) => process.stderr.write(`\r\u001b[K${line}`) : undefined,
      signal: controller.signal,
    },
  );
  if (signalled !== null) {
    process.stderr.write(`extract: stopped by ${signalled}; the previous dataset is unchanged\n`);
    return SIGNAL_EXIT[signalled];
  }
  return summary.exitCode;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`extract: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
