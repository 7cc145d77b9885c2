import { runBrowserBench } from "./browser-bench";
import { benchExtraction } from "./extraction-bench";
import { type BenchRow, formatReport } from "./report";

// `npm run bench`: every performance budget of issue 6 in one table.
//   --small N --large N   extraction corpus sizes in MB (default 50 and 200)
//   --skip-extract, --skip-browser, --quick, --no-lighthouse
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(`--${name}`);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(`--${name}`);
  const value = i === -1 ? undefined : Number(args[i + 1]);
  return value !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
};
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

const rows: BenchRow[] = [];
if (!flag("skip-extract")) {
  rows.push(...benchExtraction({ smallMb: option("small", 50), largeMb: option("large", 200), log }));
}
if (!flag("skip-browser")) {
  rows.push(...(await runBrowserBench({ quick: flag("quick"), lighthouse: !flag("no-lighthouse"), log })));
}
process.stdout.write(`${formatReport(rows)}\n`);
process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
