import type { Browser, BrowserContext, Page } from "playwright-core";
import type { BenchRow } from "./report";

// Navigation to first chart drawn and filter redraw times, measured inside
// the page so the figures do not include Playwright's round trips:
// - first chart: performance.now() (which counts from navigation start) at
//   the first paint after any chart box says data-chart-ready="true" (set
//   by the EChart wrapper when ECharts has drawn);
// - redraw: from a filter control's change event (its own timestamp) to the
//   first paint where the record count shows the new result and a chart on
//   the page has changed.
// "After a paint" is a requestAnimationFrame callback followed by a message
// task: the message runs once the frame that rAF belonged to is presented.
// The probe announces the first chart on the console, and the bench waits
// for that message rather than polling with page.waitForFunction: the first
// call of waitForFunction evaluates Playwright's injected script (330 KB) in
// the page, on its main thread, in the middle of the load being timed
// (0.1–0.15 s at desktop speed in a trace). No reader's browser runs it.

export const BUDGET_FIRST_CHART_DESKTOP_MS = 500;
export const BUDGET_FIRST_CHART_THROTTLED_MS = 3000;
export const BUDGET_FIRST_CHART_LARGE_MS = 1500;
export const BUDGET_REDRAW_MS = 100;

/** Desktop settings: a laptop window, no throttling. */
export const DESKTOP = { viewport: { width: 1350, height: 940 }, deviceScaleFactor: 1 } as const;
/** A mid-range phone's window for the throttled run (Lighthouse's mobile screen). */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 } as const;

/**
 * Lighthouse's "slow 4G" as DevTools applies it: 150 ms RTT and 1.6 Mbit/s
 * down, 750 kbit/s up, with DevTools' adjustment factors (latency × 3.75,
 * throughput × 0.9) because request-level throttling is coarser than packets.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
} as const;
export const CPU_SLOWDOWN = 4;

/** Header that makes the bench preview server answer the dataset request with the generated large dataset. */
export const LARGE_DATASET_HEADER = "x-zhibiao-bench-dataset";

/** What the probe writes to the console, followed by the time, once the first chart has painted. */
export const READY_MESSAGE = "zhibiao-bench: first chart painted at ";

const PROBE = `(() => {
  const zb = { chartReady: null, redraws: [] };
  window.__zb = zb;
  const afterPaint = (fn) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = fn;
    ch.port2.postMessage(null);
  });
  const chartDrawn = () => document.querySelector('[data-chart-ready="true"]');
  const watchReady = () => {
    const seen = () => {
      if (zb.chartReady !== null || zb.waiting || !chartDrawn()) return;
      zb.waiting = true;
      afterPaint(() => {
        zb.chartReady = performance.now();
        console.debug(${JSON.stringify(READY_MESSAGE)} + zb.chartReady);
      });
    };
    new MutationObserver(seen).observe(document.documentElement, {
      subtree: true, childList: true, attributes: true, attributeFilter: ["data-chart-ready"],
    });
  };
  const countText = () => document.querySelector('[data-testid="result-count"]')?.textContent ?? "";
  const insideChart = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    return !!el?.closest?.("[data-chart-id]");
  };
  addEventListener("change", (event) => {
    const t0 = event.timeStamp;
    const before = countText();
    let chartChanged = false;
    const mo = new MutationObserver((list) => { if (list.some((m) => insideChart(m.target))) chartChanged = true; });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    let countAt = null;
    const tick = () => afterPaint(() => {
      const now = performance.now();
      if (countAt === null && countText() !== before) countAt = now;
      // A chart that does not depend on the changed filter never mutates:
      // stop waiting for it a second after the count changed.
      if (countAt !== null && (chartChanged || now - countAt > 1000)) {
        mo.disconnect();
        zb.redraws.push({ ms: (chartChanged ? now : countAt) - t0, chart: chartChanged });
      } else if (now - t0 > 20000) {
        mo.disconnect();
        zb.redraws.push({ ms: -1, chart: false });
      } else tick();
    });
    tick();
  }, true);
  if (document.documentElement) watchReady();
  else addEventListener("DOMContentLoaded", watchReady);
})();`;

interface Redraw {
  ms: number;
  chart: boolean;
}

// Page functions stay functions (the app's CSP forbids evaluating strings);
// this module is type-checked without the DOM library, so they reach the
// probe's state through globalThis.
interface ProbeHost {
  __zb: { chartReady: number | null; redraws: Redraw[] };
}

/**
 * Navigates to `url` and resolves with the probe's time of the first chart
 * painted, read from its console message (listened for before navigating).
 */
async function loadToFirstChart(page: Page, url: string, timeoutMs: number): Promise<number> {
  const ready = page.waitForEvent("console", {
    predicate: (message) => message.text().startsWith(READY_MESSAGE),
    timeout: timeoutMs,
  });
  // A failed navigation rejects here; the console wait then has nothing to report.
  ready.catch(() => undefined);
  await page.goto(url, { waitUntil: "commit", timeout: timeoutMs });
  return Number((await ready).text().slice(READY_MESSAGE.length));
}

export interface Profile {
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  throttled?: boolean;
  /** Serve the generated large dataset instead of the built one. */
  large?: boolean;
}

async function openPage(browser: Browser, profile: Profile): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: profile.viewport,
    deviceScaleFactor: profile.deviceScaleFactor,
    extraHTTPHeaders: profile.large ? { [LARGE_DATASET_HEADER]: "large" } : {},
  });
  const page = await context.newPage();
  await page.addInitScript({ content: PROBE });
  if (profile.throttled) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  }
  return { context, page };
}

/** Milliseconds from navigation start to the first chart drawn, in a fresh context (cold cache). */
export async function timeFirstChart(
  browser: Browser,
  url: string,
  profile: Profile,
  timeoutMs = 60_000,
): Promise<number> {
  const { context, page } = await openPage(browser, profile);
  try {
    return await loadToFirstChart(page, url, timeoutMs);
  } finally {
    await context.close();
  }
}

/**
 * The first of `paths` whose page draws a chart (the landing view may be
 * text only), so the benchmark follows the app as its views change.
 */
export async function findChartPath(browser: Browser, base: string, paths: readonly string[]): Promise<string> {
  const seen: string[] = [];
  for (const path of paths) {
    const { context, page } = await openPage(browser, DESKTOP);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    try {
      await loadToFirstChart(page, new URL(path, base).href, 15_000);
      return path;
    } catch (error) {
      // No chart on this view: note why and what it showed, and try the next.
      const text = await page
        .locator("body")
        .textContent()
        .catch(() => "");
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      seen.push(`${path}: ${[reason, ...errors, (text ?? "").replace(/\s+/gu, " ").slice(0, 120)].join(" | ")}`);
    } finally {
      await context.close();
    }
  }
  throw new Error(`no chart drawn on any view:\n${seen.join("\n")}`);
}

export interface RedrawResult {
  /** Per change, ms from the change event to the painted new result. */
  times: number[];
  /** Whether a chart changed for each. */
  charted: boolean[];
}

/**
 * Loads `url`, waits for the first chart, then moves the "from" year
 * through a few values (each changing the record count) and times each redraw.
 */
export async function timeFilterRedraws(browser: Browser, url: string, profile: Profile): Promise<RedrawResult> {
  const { context, page } = await openPage(browser, profile);
  try {
    await loadToFirstChart(page, url, 60_000);
    const from = page.getByTestId("filter-from");
    const values = await from
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as unknown as { value: string }).value));
    const years = values.filter((v) => v !== "");
    if (years.length < 2) throw new Error("need at least two years in the dataset to time a filter change");
    const mid = years[Math.floor(years.length / 2)] ?? "";
    const last = years.at(-1) ?? "";
    const second = years[1] ?? "";
    const sequence = [mid, last, second, ""];
    for (const [i, value] of sequence.entries()) {
      // Let the previous redraw's animation settle so each change starts from rest.
      await page.waitForTimeout(400);
      await from.selectOption(value);
      await page.waitForFunction((n) => (globalThis as unknown as ProbeHost).__zb.redraws.length > n, i, {
        timeout: 30_000,
        polling: 50,
      });
    }
    const redraws = await page.evaluate(() => (globalThis as unknown as ProbeHost).__zb.redraws);
    return { times: redraws.map((r) => r.ms), charted: redraws.map((r) => r.chart) };
  } finally {
    await context.close();
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

export function firstChartRow(name: string, runs: readonly number[], budgetMs: number): BenchRow {
  const m = median(runs);
  return {
    name,
    value: `${seconds(m)} (median of ${runs.length}: ${runs.map((r) => (r / 1000).toFixed(2)).join(", ")})`,
    budget: `≤ ${seconds(budgetMs).replace(/\.?0+ s$/u, " s")}`,
    pass: Number.isFinite(m) && m <= budgetMs,
  };
}

export function redrawRow(name: string, result: RedrawResult): BenchRow {
  const ok = result.times.every((t) => t >= 0);
  const worst = Math.max(...result.times);
  const noChart = result.charted.filter((c) => !c).length;
  return {
    name,
    value: ok
      ? `${median(result.times).toFixed(0)} ms median, ${worst.toFixed(0)} ms worst of ${result.times.length}${noChart ? ` (${noChart} without a chart change)` : ""}`
      : "a change never redrew",
    budget: `≤ ${BUDGET_REDRAW_MS} ms`,
    pass: ok && worst <= BUDGET_REDRAW_MS,
  };
}
