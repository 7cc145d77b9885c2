import { runExtract } from "../extract/run/run-extract";
import { tuneHeapForExtraction } from "../extract/run/tune-heap";

// One extraction in a fresh process, so peak memory (maxRSS, worker threads
// included) belongs to this run alone. Prints one JSON line for the runner.
const [input, out, cacheDir, jobs] = process.argv.slice(2);
if (!input || !out || cacheDir === undefined || jobs === undefined) {
  process.stderr.write("usage: extract-once INPUT OUT CACHE_DIR|- JOBS\n");
  process.exit(2);
}
// As the extract command does.
tuneHeapForExtraction();
const summary = await runExtract(
  {
    inputs: [input],
    out,
    strict: false,
    cacheDir: cacheDir === "-" ? null : cacheDir,
    jobs: Number(jobs),
    cwd: process.cwd(),
  },
  { log: () => {} },
);
process.stdout.write(`${JSON.stringify({ ...summary, maxRssKb: process.resourceUsage().maxRSS })}\n`);
