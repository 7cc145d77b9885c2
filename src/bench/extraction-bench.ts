import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./generate-corpus";
import type { BenchRow } from "./report";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const MB = 1024 * 1024;

interface Run {
  ms: number;
  bytes: number;
  files: number;
  cached: number;
  documents: number;
  records: number;
  workers: number;
  upToDate: boolean;
  maxRssKb: number;
  exitCode: number;
}

/**
 * A copy of the extractor's code taken when the bench starts, run for every
 * measurement: edits saved in the working tree meanwhile would otherwise mix
 * two versions into one table, and change the extractor version the cache is
 * keyed by between the cold and the warm run.
 */
function snapshotCode(root: string): string {
  const code = join(root, "code");
  for (const dir of ["src/extract", "src/schema", "src/bench"])
    cpSync(join(REPO, dir), join(code, dir), { recursive: true });
  for (const file of ["package.json", "package-lock.json"]) {
    if (existsSync(join(REPO, file))) cpSync(join(REPO, file), join(code, file));
  }
  symlinkSync(join(REPO, "node_modules"), join(code, "node_modules"), "dir");
  return join(code, "src", "bench", "extract-once.ts");
}

function extractOnce(once: string, input: string, out: string, cacheDir: string | null, jobs: number): Run {
  const stdout = execFileSync(process.execPath, ["--import", "tsx", once, input, out, cacheDir ?? "-", String(jobs)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Run;
}

const mbps = (r: Run): number => r.bytes / 1e6 / (r.ms / 1000);

/** Threads a run extracted on: left to decide, the extractor starts workers only on processors it sees idle. */
const threads = (r: Run): string => (r.workers === 0 ? "1 thread" : `${r.workers + 1} threads`);

/**
 * Extraction figures of issue 6: cold MB/s on one core and on all cores
 * (read, decode, extract, validate, write), peak RSS at two corpus sizes,
 * a warm re-run over the unchanged corpus, and a re-run after one file
 * changed. Each run is its own process so peak memory is its own.
 */
export function benchExtraction(options: {
  smallMb: number;
  largeMb: number;
  log: (line: string) => void;
}): BenchRow[] {
  const root = mkdtempSync(join(tmpdir(), "zhibiao-bench-"));
  try {
    const small = join(root, "corpus-small");
    const large = join(root, "corpus-large");
    const out = join(root, "out", "indicators.json");
    const once = snapshotCode(root);
    options.log(`generating ${options.smallMb} MB and ${options.largeMb} MB corpora in ${root} …`);
    const a = generateCorpus(small, options.smallMb * MB, 1);
    const b = generateCorpus(large, options.largeMb * MB, 2);
    options.log(
      `  ${a.files} files (${(a.bytes / MB).toFixed(0)} MB), ${b.files} files (${(b.bytes / MB).toFixed(0)} MB)`,
    );

    options.log("cold run, 1 core …");
    const one = extractOnce(once, small, out, join(root, "cache-one"), 1);
    options.log("cold run, all cores …");
    const all = extractOnce(once, small, out, join(root, "cache-all"), 0);
    options.log("warm run (unchanged corpus) …");
    const warm = extractOnce(once, small, out, join(root, "cache-all"), 0);
    options.log("warm run into a new output file (every result read from the cache) …");
    const rebuilt = extractOnce(once, small, join(root, "out-2", "indicators.json"), join(root, "cache-all"), 0);
    options.log("one file changed …");
    const firstBatch = join(small, readdirSync(small).sort()[0] ?? "");
    const firstFile = join(firstBatch, readdirSync(firstBatch).sort()[0] ?? "");
    appendFileSync(firstFile, "\n今年1至5月，太原市进出口总值123.4亿元，增长5.6%。\n");
    const changed = extractOnce(once, small, out, join(root, "cache-all"), 0);
    // As many threads as the small run took: the extractor starts workers
    // only on processors it sees idle, so left to decide the two runs may
    // differ, and peak RSS would then compare one thread with two (a second
    // V8 heap) rather than a small corpus with a large one.
    options.log(`cold run, ${options.largeMb} MB, as many threads as the ${options.smallMb} MB run …`);
    const big = extractOnce(once, large, out, join(root, "cache-big"), all.workers + 1);

    const rssA = all.maxRssKb / 1024;
    const rssB = big.maxRssKb / 1024;
    const growth = (rssB - rssA) / rssA;
    const warmShare = warm.ms / all.ms;
    return [
      {
        name: `extraction, 1 core, cold (${options.smallMb} MB, ${one.files} files, ${one.records} records = ${Math.round(one.records / (one.bytes / 1e6))} per MB)`,
        value: `${mbps(one).toFixed(1)} MB/s`,
        budget: "≥ 20 MB/s",
        pass: mbps(one) >= 20,
      },
      {
        name: `extraction, all cores (${threads(all)}${all.workers === 0 ? ": no processor was idle" : ""}), cold (${options.smallMb} MB)`,
        value: `${mbps(all).toFixed(1)} MB/s`,
        budget: "≥ 1-core figure",
        pass: mbps(all) >= mbps(one),
      },
      {
        name: `extraction, same threads as above (${threads(big)}), cold (${options.largeMb} MB)`,
        value: `${mbps(big).toFixed(1)} MB/s`,
        budget: "—",
        pass: null,
      },
      { name: `peak RSS, ${options.smallMb} MB corpus`, value: `${rssA.toFixed(0)} MB`, budget: "—", pass: null },
      {
        name: `peak RSS, ${options.largeMb} MB corpus`,
        value: `${rssB.toFixed(0)} MB (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)} %)`,
        budget: `within 10 % of ${options.smallMb} MB run`,
        pass: Math.abs(growth) <= 0.1,
      },
      {
        name: `warm re-run, unchanged corpus${warm.upToDate ? " (dataset already up to date)" : ""}`,
        value: `${(warm.ms / 1000).toFixed(2)} s (${(warmShare * 100).toFixed(1)} % of ${(all.ms / 1000).toFixed(2)} s cold)`,
        budget: "≤ 10 % of cold",
        pass: warmShare <= 0.1 && warm.cached === warm.files,
      },
      {
        name: "warm re-run into a new output file (dataset rebuilt from cached results)",
        value: `${(rebuilt.ms / 1000).toFixed(2)} s (${((rebuilt.ms / all.ms) * 100).toFixed(1)} % of cold)`,
        budget: "—",
        pass: null,
      },
      {
        name: "re-run after one file changed: files re-extracted",
        value: `${changed.files - changed.cached}`,
        budget: "1",
        pass: changed.files - changed.cached === 1,
      },
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
