import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_FLAGS, findChromium } from "../../tests/support/chromium";
import { median } from "./browser-timing";
import type { BenchRow } from "./report";

// Lighthouse performance scores of the served build, with Debian Chromium.
// Mobile is Lighthouse's default (Moto G Power screen, simulated slow 4G,
// 4× CPU); desktop is its desktop preset. Scores move a few points from run
// to run on a busy machine, so the row reports the median of the runs.

export const BUDGET_LIGHTHOUSE = { mobile: 90, desktop: 98 } as const;
export type FormFactor = keyof typeof BUDGET_LIGHTHOUSE;

export interface LighthouseRun {
  score: number;
  /** Key metrics in ms (first / largest contentful paint, total blocking time). */
  fcp: number;
  lcp: number;
  tbt: number;
}

/** One Lighthouse performance run of `url` in a fresh Chromium. */
export async function runLighthouse(url: string, formFactor: FormFactor): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? findChromium(),
    chromeFlags: [...CHROMIUM_FLAGS],
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] },
      formFactor === "desktop" ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no result");
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: metric("first-contentful-paint"),
      lcp: metric("largest-contentful-paint"),
      tbt: metric("total-blocking-time"),
    };
  } finally {
    chrome.kill();
  }
}

export function lighthouseRow(formFactor: FormFactor, runs: readonly LighthouseRun[]): BenchRow {
  const score = median(runs.map((r) => r.score));
  const lcp = median(runs.map((r) => r.lcp));
  const tbt = median(runs.map((r) => r.tbt));
  return {
    name: `Lighthouse performance, ${formFactor}`,
    value: `${score} (runs ${runs.map((r) => r.score).join(", ")}; LCP ${(lcp / 1000).toFixed(2)} s, TBT ${tbt.toFixed(0)} ms)`,
    budget: `≥ ${BUDGET_LIGHTHOUSE[formFactor]}`,
    pass: score >= BUDGET_LIGHTHOUSE[formFactor],
  };
}
