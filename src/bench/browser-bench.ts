import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import { CHROMIUM_FLAGS, findChromium } from "../../tests/support/chromium";
import {
  BUDGET_FIRST_CHART_DESKTOP_MS,
  BUDGET_FIRST_CHART_LARGE_MS,
  BUDGET_FIRST_CHART_THROTTLED_MS,
  DESKTOP,
  findChartPath,
  firstChartRow,
  MOBILE,
  type Profile,
  redrawRow,
  timeFilterRedraws,
  timeFirstChart,
} from "./browser-timing";
import { buildApp, bundleRows, measureBundle } from "./bundle-size";
import { generateDataset } from "./generate-dataset";
import { type LighthouseRun, lighthouseRow, runLighthouse } from "./lighthouse";
import { type BenchRow, formatReport } from "./report";

// The browser half of `npm run bench`: build the app, measure its chunks,
// serve it twice with `vite preview` (the dataset extracted from data/raw,
// and a generated 100,000-record dataset), and time it in Debian Chromium
// and Lighthouse. Each figure becomes a row with its budget.

export const LARGE_RECORDS = 100_000;
/** Views tried in order for the first chart: the landing view may show figures only. */
const CHART_PATHS = ["/", "/?view=projects", "/?view=trade"] as const;
/**
 * A view drawn with ECharts, timed for information when the first chart is
 * elsewhere: the overview's bar comparisons need no charting library, so
 * this row shows what a link straight to a full chart view costs.
 */
const ECHARTS_PATH = "/?view=projects";

export interface BrowserBenchOptions {
  /** Fewer repetitions (one of each) for a fast check. */
  quick?: boolean;
  /** Skip Lighthouse (the slowest part). */
  lighthouse?: boolean;
  root?: string;
  log?: (line: string) => void;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? ok(address.port) : fail(new Error("no port"))));
    });
  });
}

async function serve(root: string, outDir: string): Promise<{ server: PreviewServer; base: string }> {
  const port = await freePort();
  const server = await preview({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port, strictPort: true, open: false },
  });
  return { server, base: `http://127.0.0.1:${port}` };
}

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < times; i++) out.push(await run());
  return out;
}

/** Runs every browser-side measurement and returns the rows, in table order. */
export async function runBrowserBench(options: BrowserBenchOptions = {}): Promise<BenchRow[]> {
  const root = resolve(options.root ?? process.cwd());
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const quick = options.quick ?? false;
  const work = mkdtempSync(join(tmpdir(), "zhibiao-bench-"));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    const dataset = join(root, "public/data/indicators.json");
    if (!existsSync(dataset)) {
      log("bench: no public/data/indicators.json, extracting data/raw first…");
      execFileSync(process.execPath, [join(root, "node_modules/tsx/dist/cli.mjs"), "src/extract/cli.ts"], {
        cwd: root,
        stdio: ["ignore", "ignore", "inherit"],
      });
    }

    log("bench: vite build…");
    const dist = join(work, "dist");
    const graph = await buildApp(root, dist);
    const rows = bundleRows(measureBundle(dist, graph));

    log(`bench: generating ${LARGE_RECORDS.toLocaleString("en")} records, building with them…`);
    // Built like any deployment of that dataset, so it is served as one would be.
    const largePublic = join(work, "public-large");
    cpSync(join(root, "public"), largePublic, { recursive: true });
    const largeFile = join(largePublic, "data/indicators.json");
    writeFileSync(largeFile, JSON.stringify(generateDataset({ records: LARGE_RECORDS })));
    const largeMb = (statSync(largeFile).size / 1024 / 1024).toFixed(0);
    const large = join(work, "dist-large");
    await buildApp(root, large, largePublic);
    // What the app loads: the build's compact copy when it made one (vite.config.ts).
    const compactFile = join(large, "data/indicators.compact.json");
    const loadedMb = existsSync(compactFile)
      ? `, ${(statSync(compactFile).size / 1024 / 1024).toFixed(0)} MB compact`
      : "";

    const sample = await serve(root, dist);
    servers.push(sample.server);
    const big = await serve(root, large);
    servers.push(big.server);

    browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
    const path = await findChartPath(browser, sample.base, CHART_PATHS);
    const sampleUrl = new URL(path, sample.base).href;
    const largeUrl = new URL(path, big.base).href;
    const throttled: Profile = { ...MOBILE, throttled: true };
    const b = browser;

    log(`bench: first chart on ${path} (desktop, then 4× CPU + slow 4G)…`);
    rows.push(
      firstChartRow(
        `first chart ${path}, desktop`,
        await repeat(quick ? 1 : 5, () => timeFirstChart(b, sampleUrl, DESKTOP)),
        BUDGET_FIRST_CHART_DESKTOP_MS,
      ),
      firstChartRow(
        `first chart ${path}, 4× CPU, slow 4G`,
        await repeat(quick ? 1 : 3, () => timeFirstChart(b, sampleUrl, throttled)),
        BUDGET_FIRST_CHART_THROTTLED_MS,
      ),
    );
    if (path !== ECHARTS_PATH) {
      // The landing view's first chart is plain HTML; the ECharts views are
      // held to the same budget, so a light landing chart cannot hide them.
      const echartsUrl = new URL(ECHARTS_PATH, sample.base).href;
      log(`bench: first ECharts chart on ${ECHARTS_PATH}…`);
      rows.push(
        firstChartRow(
          `first ECharts chart ${ECHARTS_PATH}, desktop`,
          await repeat(quick ? 1 : 5, () => timeFirstChart(b, echartsUrl, DESKTOP)),
          BUDGET_FIRST_CHART_DESKTOP_MS,
        ),
        firstChartRow(
          `first ECharts chart ${ECHARTS_PATH}, 4× CPU, slow 4G`,
          await repeat(quick ? 1 : 3, () => timeFirstChart(b, echartsUrl, throttled)),
          BUDGET_FIRST_CHART_THROTTLED_MS,
        ),
      );
    }
    log("bench: filter redraw…");
    rows.push(redrawRow("filter redraw, desktop", await timeFilterRedraws(b, sampleUrl, DESKTOP)));

    log(`bench: ${LARGE_RECORDS.toLocaleString("en")} records (${largeMb} MB JSON${loadedMb})…`);
    const largeDesktop: Profile = { ...DESKTOP, large: true };
    rows.push(
      firstChartRow(
        `first chart, ${LARGE_RECORDS / 1000}k records (${largeMb} MB${loadedMb}), desktop`,
        await repeat(quick ? 1 : 3, () => timeFirstChart(b, largeUrl, largeDesktop)),
        BUDGET_FIRST_CHART_LARGE_MS,
      ),
      redrawRow(
        `filter redraw, ${LARGE_RECORDS / 1000}k records, desktop`,
        await timeFilterRedraws(b, largeUrl, largeDesktop),
      ),
    );
    await browser.close();
    browser = undefined;

    if (options.lighthouse !== false) {
      for (const formFactor of ["mobile", "desktop"] as const) {
        log(`bench: Lighthouse ${formFactor}…`);
        const runs: LighthouseRun[] = await repeat(quick ? 1 : 3, () => runLighthouse(sampleUrl, formFactor));
        rows.push(lighthouseRow(formFactor, runs));
      }
    }
    return rows;
  } finally {
    await browser?.close();
    for (const server of servers) await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

// Standalone: `tsx src/bench/browser-bench.ts [--quick] [--no-lighthouse]`.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const rows = await runBrowserBench({
    quick: args.includes("--quick"),
    lighthouse: !args.includes("--no-lighthouse"),
  });
  process.stdout.write(`${formatReport(rows)}\n`);
  process.exitCode = rows.some((r) => r.pass === false) ? 1 : 0;
}
