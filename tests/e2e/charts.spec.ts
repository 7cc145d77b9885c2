import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import type { IndicatorRecord } from "../../src/schema/dataset";
import { servedDataset } from "./app-helpers";

const CHART_VIEWS = [
  { view: "projects", charts: ["projects-funnel", "projects-compare"] },
  { view: "trade", charts: ["trade-trend"] },
  { view: "regions", charts: ["regions-compare", "regions-map"] },
] as const;

/** Same key as the app's period selects: 2023-b4, 2021-q1, 2022-m1-5, 2022-m5, 2021. */
function periodKeyOf(r: IndicatorRecord): string {
  const p = r.period;
  if (p.batch !== undefined) return `${p.year}-b${p.batch}`;
  if (p.quarter !== undefined) return `${p.year}-q${p.quarter}`;
  if (p.months) return `${p.year}-m${p.months[0]}-${p.months[1]}`;
  if (p.month !== undefined) return `${p.year}-m${p.month}`;
  return String(p.year);
}

async function waitForChart(page: Page, chartId: string) {
  const box = page.locator(`[data-chart-id="${chartId}"]`);
  await expect(box).toHaveAttribute("data-chart-ready", "true", { timeout: 15_000 });
  return box;
}

/** The fill colours of the map's regions: every filled path with the map's border. */
async function mapFills(page: Page): Promise<string[]> {
  const box = await waitForChart(page, "regions-map");
  return box
    .locator("svg path")
    .evaluateAll((paths) =>
      paths
        .filter((p) => p.getAttribute("stroke") === "#64748b")
        .map((p) => (p.getAttribute("fill") ?? "").toLowerCase()),
    );
}

test.describe("charts", () => {
  for (const { view, charts } of CHART_VIEWS) {
    test(`the ${view} view draws its charts as SVG, with their titles inside`, async ({ page }) => {
      await page.goto(`/?view=${view}`);
      for (const id of charts) {
        const box = await waitForChart(page, id);
        await expect(box.locator("svg")).toBeVisible();
        const svgText = await box.locator("svg").textContent();
        expect(svgText ?? "", `${id} draws its source line`).toContain("数据来源：据");
        await expect(box.locator("[aria-label]").first()).toHaveAttribute("aria-label", /图：/u);
      }
    });
  }

  test("the map colours the prefectures that have data, and only those", async ({ page, request }) => {
    const dataset = await servedDataset(request);
    await page.goto("/?view=regions");
    const fills = await mapFills(page);

    // What the view shows, read from its own controls, then checked against the served data.
    const [indicator, measure, period] = await page
      .locator('section[aria-label="地区比较"] select')
      .evaluateAll((selects) => selects.slice(0, 3).map((s) => (s as unknown as { value: string }).value));
    const shown = dataset.records.filter(
      (r) => r.indicator === indicator && r.measure === measure && periodKeyOf(r) === period && !r.partner && !r.entity,
    );
    const codes = new Set(shown.map((r) => r.region.code).filter((c): c is string => c !== null));
    // The drawn province is the one whose boundary file holds most of these codes.
    let best = { matched: 0, features: 0 };
    for (const province of new Set([...codes].map((c) => `${c.slice(0, 2)}0000`))) {
      let geo: { features: { properties: { code: string } }[] };
      try {
        geo = JSON.parse(readFileSync(`public/maps/${province}.json`, "utf8"));
      } catch {
        continue;
      }
      const matched = geo.features.filter((f) => codes.has(f.properties.code)).length;
      if (matched > best.matched) best = { matched, features: geo.features.length };
    }
    expect(best.matched, "some prefecture of the drawn province has data").toBeGreaterThan(0);

    const greys: string[] = ["#e5e7eb", "rgb(229,231,235)"];
    const grey = fills.filter((f) => greys.includes(f));
    const coloured = fills.filter((f) => !greys.includes(f) && f !== "none" && f !== "");
    // A prefecture may be drawn as several paths (islands, enclaves), so the
    // counts are at least the number of prefectures with and without data.
    expect(coloured.length).toBeGreaterThanOrEqual(best.matched);
    expect(grey.length).toBeGreaterThanOrEqual(best.features - best.matched);
  });

  test("charts follow the window's width without overflowing", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto("/?view=projects");
    const box = await waitForChart(page, "projects-funnel");
    const wide = await box.locator("svg").evaluate((svg) => svg.getBoundingClientRect().width);
    await page.setViewportSize({ width: 375, height: 800 });
    await expect
      .poll(async () => box.locator("svg").evaluate((svg) => svg.getBoundingClientRect().width))
      .toBeLessThan(375);
    expect(wide).toBeGreaterThan(800);
    const overflow = await page.evaluate(() => {
      const w = globalThis as unknown as { innerWidth: number; document: { documentElement: { scrollWidth: number } } };
      return w.document.documentElement.scrollWidth - w.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("chart text switches to English with the interface", async ({ page }) => {
    await page.goto("/?view=trade&lang=en");
    const box = await waitForChart(page, "trade-trend");
    const text = (await box.locator("svg").textContent()) ?? "";
    expect(text).toContain("Source: compiled from");
    expect(text).toMatch(/total trade/iu);
  });
});
