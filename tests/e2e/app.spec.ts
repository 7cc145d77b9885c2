import { expect, test } from "@playwright/test";
import { escapeRegExp, pickRegionAndSector, servedDataset, tableIds } from "./app-helpers";

test.describe("dashboard", () => {
  test("loads the extracted dataset and shows the dashboard", async ({ page, request }) => {
    const dataset = await servedDataset(request);
    expect(dataset.records.length, "the extractor finds records in data/raw").toBeGreaterThan(0);
    await page.goto("/");
    await expect(page.getByRole("tablist")).toBeVisible();
    await expect(page.getByTestId("result-count")).toContainText(String(dataset.records.length));
    await expect(page.getByTestId("overview")).toBeVisible();
    await expect(page.getByTestId("error-panel")).toHaveCount(0);
  });

  test("draws charts in the projects and trade views", async ({ page }) => {
    for (const view of ["projects", "trade"]) {
      await page.goto(`/?view=${view}`);
      await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible({ timeout: 15_000 });
      await expect(page.locator('[data-chart-ready="true"] svg').first()).toBeVisible();
    }
  });

  test("choosing a region and a sector changes the table; the URL restores it after reload", async ({
    page,
    request,
  }) => {
    const dataset = await servedDataset(request);
    const pick = pickRegionAndSector(dataset);
    expect(pick, "some record names a sector").not.toBeNull();
    if (!pick) return;
    const byId = new Map(dataset.records.map((r) => [r.id, r]));

    await page.goto("/?view=table");
    await expect(page.getByTestId("records-table")).toBeVisible();
    const before = await tableIds(page);

    await page.getByTestId("filter-region").getByRole("button").click();
    await page.getByPlaceholder(/搜索地区/u).fill(pick.region.name);
    await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(pick.region.name)}`, "u") }).check();
    await page.keyboard.press("Escape");
    await page.getByTestId("filter-sector").getByRole("button").click();
    await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(pick.sector)}`, "u") }).check();
    await page.keyboard.press("Escape");

    await expect(page).toHaveURL(/region=/u);
    await expect(page).toHaveURL(/sector=/u);
    const after = await tableIds(page);
    expect(after.length).toBeGreaterThan(0);
    expect(after).not.toEqual(before);
    for (const id of after) expect(byId.get(id)?.sectors).toContain(pick.sector);

    const url = page.url();
    await page.goto("about:blank");
    await page.goto(url);
    await expect(page.getByTestId("records-table")).toBeVisible();
    expect(await tableIds(page)).toEqual(after);
    await expect(page.getByTestId("filter-sector").getByRole("button")).toContainText(pick.sector);
  });

  test("back and forward walk through views and filters", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("tab", { name: "记录表" }).click();
    await expect(page).toHaveURL(/view=table/u);
    await page.getByRole("tab", { name: "数据质量" }).click();
    await expect(page).toHaveURL(/view=quality/u);
    await page.goBack();
    await expect(page.getByRole("tab", { name: "记录表" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByTestId("records-table")).toBeVisible();
    await page.goBack();
    await expect(page.getByRole("tab", { name: "概览" })).toHaveAttribute("aria-selected", "true");
    await page.goForward();
    await expect(page.getByRole("tab", { name: "记录表" })).toHaveAttribute("aria-selected", "true");
  });

  test("opens a record's source with its sentence and the figure highlighted", async ({ page, request }) => {
    const dataset = await servedDataset(request);
    await page.goto("/?view=table");
    const firstRow = page.locator("[data-testid=records-table] tbody tr").first();
    const id = await firstRow.getAttribute("data-record-id");
    const record = dataset.records.find((r) => r.id === id);
    expect(record).toBeDefined();
    if (!record) return;
    const opener = firstRow.getByTestId("open-source");
    await opener.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.locator("mark").first()).toHaveText(record.source.text);
    await expect(dialog.getByTestId("source-quote")).toContainText(record.source.quote.slice(0, 20));
    await expect(page).toHaveURL(new RegExp(`record=${escapeRegExp(encodeURIComponent(record.id))}`, "u"));
    await page.keyboard.press("Escape");
    await expect(dialog).toHaveCount(0);
    await expect(opener).toBeFocused();
  });

  test("switches to English and back", async ({ page }) => {
    await page.goto("/");
    await page.getByTestId("lang-toggle").click();
    await expect(page.getByRole("tab", { name: "Overview" })).toBeVisible();
    await expect(page).toHaveURL(/lang=en/u);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.getByRole("tab", { name: "Table" })).toBeVisible();
    await page.getByTestId("lang-toggle").click();
    await expect(page.getByRole("tab", { name: "概览" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  test("tabs are operable with the keyboard and show a focus ring", async ({ page }) => {
    await page.goto("/");
    const overview = page.getByRole("tab", { name: "概览" });
    await overview.focus();
    await page.keyboard.press("ArrowRight");
    const projects = page.getByRole("tab", { name: "项目" });
    await expect(projects).toBeFocused();
    await expect(projects).toHaveAttribute("aria-selected", "true");
    await expect(page).toHaveURL(/view=projects/u);
    await expect(projects).toHaveCSS("outline-style", "solid");
    await page.keyboard.press("End");
    await expect(page.getByRole("tab", { name: "数据质量" })).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(overview).toBeFocused();
    await expect(page.getByTestId("overview")).toBeVisible();
  });
});

test.describe("data quality", () => {
  test("each warning links to its records' sources", async ({ page, request }) => {
    const dataset = await servedDataset(request);
    const warning = dataset.warnings[0];
    expect(warning, "the extracted dataset carries at least one warning").toBeDefined();
    if (!warning) return;
    await page.goto("/?view=quality");
    const item = page.getByTestId("quality-warning").first();
    await expect(item).toContainText(warning.message);
    await item.getByRole("button").first().click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(
      new RegExp(`record=${escapeRegExp(encodeURIComponent(warning.records[0] ?? ""))}`, "u"),
    );
    await expect(dialog.getByTestId("source-warnings")).toContainText(warning.message);
  });
});

test.describe("loading state", () => {
  // A running animation costs a frame every 16 ms; where frames are drawn in
  // software that slowed the first chart by half a second. The placeholders
  // show at once and start to pulse only when loading takes over a second.
  test("the placeholders stand still for a second, then pulse, until the data is in", async ({ page }) => {
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route("**/data/indicators.json", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/");
    const loading = page.getByTestId("loading");
    await expect(loading).toBeVisible();
    // (This file is type-checked without the DOM library: the page's types are spelled out.)
    type Timing = { delay: number; iterations: number };
    type Running = { animationName: string; effect: { getComputedTiming(): Timing } | null };
    const pulses = await loading.evaluate((el) =>
      (el as unknown as { getAnimations(): Running[] }).getAnimations().map((a) => ({
        name: a.animationName,
        delay: a.effect?.getComputedTiming().delay,
        iterations: a.effect?.getComputedTiming().iterations,
      })),
    );
    expect(pulses).toEqual([{ name: "pulse", delay: 1000, iterations: Number.POSITIVE_INFINITY }]);
    release();
    await expect(loading).toBeHidden();
    await expect(page.getByTestId("result-count")).toBeVisible();
  });
});

test.describe("error panel", () => {
  test("lists the problems of an invalid dataset", async ({ page }) => {
    await page.route("**/data/indicators.json", (route) =>
      route.fulfill({ body: '{"schemaVersion":1}', contentType: "application/json" }),
    );
    await page.goto("/");
    const panel = page.getByTestId("error-panel");
    await expect(panel).toBeVisible();
    await expect(panel.getByTestId("error-problems").locator("li").first()).toContainText(":");
    await expect(page.getByRole("tablist")).toHaveCount(0);
  });

  test("says the dataset is missing on 404", async ({ page }) => {
    await page.route("**/data/indicators.json", (route) => route.fulfill({ status: 404, body: "Not found" }));
    await page.goto("/");
    await expect(page.getByTestId("error-panel")).toContainText("404");
  });

  test("says the dataset is not JSON", async ({ page }) => {
    await page.route("**/data/indicators.json", (route) => route.fulfill({ body: "<html>", contentType: "text/html" }));
    await page.goto("/?lang=en");
    await expect(page.getByTestId("error-panel")).toContainText("not valid JSON");
  });
});

test.describe("untrusted text", () => {
  test("a quote with markup stays inert and a javascript: URL is not linked", async ({ page, request }) => {
    const dataset = await servedDataset(request);
    const first = dataset.records[0];
    expect(first).toBeDefined();
    if (!first) return;
    const hostileQuote = `<img src=x onerror="window.__pwned=1">${first.source.text}<script>window.__pwned=2</script>`;
    const hostile = {
      ...dataset,
      documents: dataset.documents.map((d) =>
        d.id === first.source.document ? { ...d, url: "javascript:window.__pwned=3" } : d,
      ),
      records: dataset.records.map((r) =>
        r.id === first.id ? { ...r, source: { ...r.source, quote: hostileQuote } } : r,
      ),
    };
    await page.route("**/data/indicators.json", (route) =>
      route.fulfill({ body: JSON.stringify(hostile), contentType: "application/json" }),
    );
    await page.goto(`/?view=table&record=${encodeURIComponent(first.id)}`);
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId("source-quote")).toContainText('<img src=x onerror="window.__pwned=1">');
    await expect(dialog.locator("img")).toHaveCount(0);
    await expect(dialog.locator("script")).toHaveCount(0);
    await expect(dialog.locator('a[href^="javascript"]')).toHaveCount(0);
    await expect(dialog.getByTestId("source-unsafe-url")).toContainText("javascript:");
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
  });
});
