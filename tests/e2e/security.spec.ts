import { readFile } from "node:fs/promises";
import { type Download, expect, type Page, test } from "@playwright/test";
import type { Dataset } from "../../src/schema/dataset";
import { escapeRegExp, servedDataset } from "./app-helpers";

// The app's security promises, checked on the built app as it is served:
// a Content-Security-Policy without inline script or foreign origins, an
// index.html without inline code, no request leaving the origin while the app
// is used, and untrusted text from articles rendered as text everywhere.
// (tests/e2e/app.spec.ts "untrusted text" covers a hostile quote and a
// javascript: URL in the source panel; this file covers the rest.)

type Policy = Map<string, string[]>;

function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/u);
    if (name) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** Problems with a policy: script only from the origin, and no directive naming another origin. */
function policyProblems(policy: Policy): string[] {
  const problems: string[] = [];
  const scripts = policy.get("script-src") ?? policy.get("default-src");
  if (!scripts) problems.push("neither script-src nor default-src");
  for (const source of scripts ?? []) {
    if (source !== "'self'") problems.push(`script-src allows ${source}`);
  }
  if (!policy.has("default-src")) problems.push("no default-src fallback");
  if (policy.get("object-src")?.join(" ") !== "'none'") problems.push("object-src is not 'none'");
  // Only keywords and same-document schemes: no host, no wildcard, no http(s): scheme.
  const local = new Set(["'self'", "'none'", "'unsafe-inline'", "data:", "blob:"]);
  for (const [name, sources] of policy) {
    for (const source of sources) if (!local.has(source)) problems.push(`${name} allows ${source}`);
    if (name !== "style-src" && sources.includes("'unsafe-inline'")) problems.push(`${name} allows 'unsafe-inline'`);
    if (sources.includes("data:") && name !== "img-src") problems.push(`${name} allows data:`);
  }
  return problems;
}

/** The character references an HTML serialiser writes in attribute values (Vite writes ' as &#39;). */
function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: "&", quot: '"', apos: "'", lt: "<", gt: ">" };
  return text.replace(/&(?:#(?<dec>\d+)|#x(?<hex>[\da-f]+)|(?<name>[a-z]+));/giu, (whole, ...rest) => {
    const g = rest.at(-1) as { dec?: string; hex?: string; name?: string };
    if (g.dec) return String.fromCodePoint(Number(g.dec));
    if (g.hex) return String.fromCodePoint(Number.parseInt(g.hex, 16));
    return named[g.name ?? ""] ?? whole;
  });
}

/** Attributes of every tag `name` in an HTML text (a flat scan is enough for Vite's index.html). */
function tags(html: string, name: string): Array<{ attrs: Map<string, string>; inner: string }> {
  const out: Array<{ attrs: Map<string, string>; inner: string }> = [];
  const pattern = new RegExp(`<${name}\\b(?<attrs>[^>]*)>(?:(?<inner>[\\s\\S]*?)</${name}>)?`, "giu");
  for (const m of html.matchAll(pattern)) {
    const attrs = new Map<string, string>();
    for (const a of (m.groups?.attrs ?? "").matchAll(
      /(?<k>[\w:-]+)(?:\s*=\s*(?:"(?<v1>[^"]*)"|'(?<v2>[^']*)'|(?<v3>[^\s>]+)))?/gu,
    )) {
      attrs.set((a.groups?.k ?? "").toLowerCase(), decodeEntities(a.groups?.v1 ?? a.groups?.v2 ?? a.groups?.v3 ?? ""));
    }
    out.push({ attrs, inner: m.groups?.inner ?? "" });
  }
  return out;
}

test.describe("content security policy", () => {
  test("the server and the page both state a policy with no inline script and no other origin", async ({ request }) => {
    const response = await request.get("/");
    expect(response.ok()).toBe(true);
    const header = response.headers()["content-security-policy"] ?? "";
    expect(header, "preview server sends the header").not.toBe("");
    expect(policyProblems(parsePolicy(header))).toEqual([]);

    const html = await response.text();
    const metas = tags(html, "meta").filter(
      (t) => t.attrs.get("http-equiv")?.toLowerCase() === "content-security-policy",
    );
    expect(metas, "index.html carries the policy (for hosts that send no header)").toHaveLength(1);
    const meta = metas[0]?.attrs.get("content") ?? "";
    expect(policyProblems(parsePolicy(meta))).toEqual([]);
    expect(parsePolicy(meta)).toEqual(parsePolicy(header));
    // The meta tag must come before any script or stylesheet to apply to it.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.search(/<script|<link/u));
  });

  test("the built index.html has no inline script, no inline handler and nothing from another origin", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const scripts = tags(html, "script");
    expect(scripts.length).toBeGreaterThan(0);
    for (const { attrs, inner } of scripts) {
      expect(attrs.get("src") ?? "", "every script is a file").toMatch(/^\/[^/]/u);
      expect(inner.trim(), "no inline script content").toBe("");
    }
    for (const { attrs } of tags(html, "link")) expect(attrs.get("href") ?? "").toMatch(/^\/[^/]|^data:/u);
    expect(html).not.toMatch(/\son[a-z]+\s*=/iu);
    expect(html).not.toMatch(/javascript:/iu);
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//iu);
  });

  test("the policy is enforced: a script injected at run time does not run and is reported", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (msg) => {
      if (/Content Security Policy/iu.test(msg.text())) violations.push(msg.text());
    });
    await page.goto("/");
    await expect(page.getByRole("tablist")).toBeVisible();
    // Evaluated code itself bypasses the page's policy (it comes from the debugger), but the
    // elements it adds are subject to it, as anything injected through the DOM would be.
    const ran = await page.evaluate(async () => {
      const g = globalThis as unknown as {
        document: {
          createElement: (tag: string) => { textContent: string; setAttribute: (k: string, v: string) => void };
          head: { append: (node: unknown) => void };
        };
        __inline?: number;
        __handler?: number;
      };
      const script = g.document.createElement("script");
      script.textContent = "window.__inline = 1";
      g.document.head.append(script);
      const img = g.document.createElement("img");
      img.setAttribute("onerror", "window.__handler = 1");
      img.setAttribute("src", "data:,not-an-image");
      g.document.head.append(img);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { inline: g.__inline, handler: g.__handler };
    });
    expect(ran).toEqual({ inline: undefined, handler: undefined });
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  });
});

/**
 * Before any page script: record CSP violations and every element that ever
 * carries an inline event handler attribute (even one removed again, as a
 * tooltip is), so injected markup is caught wherever and whenever it appears.
 */
async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    interface El {
      nodeType: number;
      tagName: string;
      getAttributeNames: () => string[];
      querySelectorAll: (s: string) => ArrayLike<El>;
    }
    const g = globalThis as unknown as {
      __violations: string[];
      __handlers: string[];
      document: {
        addEventListener: (
          type: string,
          fn: (e: {
            violatedDirective: string;
            blockedURI: string;
            sourceFile: string;
            lineNumber: number;
            columnNumber: number;
            sample: string;
          }) => void,
        ) => void;
      };
      MutationObserver: new (
        fn: (records: Array<{ addedNodes: ArrayLike<unknown>; target: unknown; attributeName: string | null }>) => void,
      ) => { observe: (node: unknown, options: Record<string, boolean>) => void };
    };
    g.__violations = [];
    g.__handlers = [];
    g.document.addEventListener("securitypolicyviolation", (e) => {
      g.__violations.push(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`,
      );
    });
    const check = (node: unknown) => {
      const el = node as El;
      if (el.nodeType !== 1) return;
      for (const e of [el, ...Array.from(el.querySelectorAll("*"))]) {
        const handlers = e.getAttributeNames().filter((n) => n.toLowerCase().startsWith("on"));
        if (handlers.length > 0) g.__handlers.push(`${e.tagName} ${handlers.join(",")}`);
      }
    };
    new g.MutationObserver((records) => {
      for (const r of records) {
        if (r.attributeName) check(r.target);
        for (const n of Array.from(r.addedNodes)) check(n);
      }
    }).observe(g.document, { childList: true, subtree: true, attributes: true });
  });
}

async function watchReport(page: Page): Promise<{ violations: string[]; handlers: string[] }> {
  return page.evaluate(() => {
    const g = globalThis as unknown as { __violations?: string[]; __handlers?: string[] };
    return { violations: g.__violations ?? ["(watcher missing)"], handlers: g.__handlers ?? ["(watcher missing)"] };
  });
}

async function downloadBytes(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFile(await (file as Download).path());
}

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole("tab", { name }).click();
  await expect(page.getByRole("tab", { name })).toHaveAttribute("aria-selected", "true");
}

/**
 * Hovers across a drawn chart so ECharts builds its HTML tooltips for several
 * points; returns the text the tooltips showed.
 */
async function hoverChart(page: Page, chartId: string): Promise<string> {
  const chart = page.locator(`[data-chart-id="${chartId}"]`);
  await expect(chart).toHaveAttribute("data-chart-ready", "true", { timeout: 15_000 });
  const box = await chart.boundingBox();
  if (!box) return "";
  // ECharts' tooltip is the one absolutely placed HTML box above the drawing.
  const tooltip = chart.locator('div[style*="z-index: 9999999"]');
  let seen = "";
  for (const fx of [0.2, 0.35, 0.5, 0.65, 0.8]) {
    for (const fy of [0.3, 0.5, 0.7]) {
      await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
      if ((await tooltip.count()) > 0) seen += (await tooltip.first().textContent()) ?? "";
    }
  }
  return seen;
}

/** Walks the app as a reader would: filter, open a source, every view with its charts and the map, exports. */
async function useTheApp(page: Page, regionName: string): Promise<void> {
  await page.goto("/");
  await expect(page.getByTestId("result-count")).toBeVisible();

  await page.getByTestId("filter-region").getByRole("button").click();
  await page.getByPlaceholder(/搜索地区/u).fill(regionName.slice(0, 2));
  await page
    .getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(regionName.slice(0, 2))}`, "u") })
    .first()
    .check();
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/region=/u);

  await openTab(page, "记录表");
  await page.locator("[data-testid=records-table] tbody tr").first().getByTestId("open-source").click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await openTab(page, "项目");
  await hoverChart(page, "projects-funnel");
  await openTab(page, "外贸");
  await hoverChart(page, "trade-trend");
  // Without the region filter so the comparison and the map have several regions.
  await page.goto("/?view=regions");
  await hoverChart(page, "regions-compare");
  await hoverChart(page, "regions-map");

  const card = page.locator("figure[data-chart-card]").first();
  const chartMenu = card.locator("details[data-testid^=chart-export-]");
  await chartMenu.locator("summary").click();
  const png = await downloadBytes(page, () => chartMenu.locator('[data-export="png2"]').click());
  expect([...png.subarray(0, 4)], "a PNG was made").toEqual([0x89, 0x50, 0x4e, 0x47]);

  const dataMenu = page.getByTestId("data-export");
  await dataMenu.locator("summary").click();
  const csv = await downloadBytes(page, () => dataMenu.locator("[data-export=csv-view]").click());
  expect([...csv.subarray(0, 3)], "a CSV (with its BOM) was made").toEqual([0xef, 0xbb, 0xbf]);

  await openTab(page, "数据质量");
  await openTab(page, "概览");
}

test.describe("using the app", () => {
  test("every request stays on the app's origin and nothing breaks the policy", async ({ page, request }) => {
    const dataset = await servedDataset(request);
    const region = dataset.records.find((r) => r.region.level === "prefecture")?.region.name;
    expect(region, "the extracted dataset has a prefecture").toBeDefined();
    const requests: string[] = [];
    const cspMessages: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (msg) => {
      if (/Content Security Policy|Refused to/iu.test(msg.text())) cspMessages.push(msg.text());
    });
    await watchPage(page);

    await useTheApp(page, region ?? "");

    const origin = new URL(page.url()).origin;
    const foreign = requests.filter((url) => {
      const u = new URL(url);
      return u.origin !== origin && u.protocol !== "data:" && u.protocol !== "blob:";
    });
    expect(foreign).toEqual([]);
    expect(
      requests.some((url) => url.endsWith("/data/indicators.json")),
      "the dataset came from the origin",
    ).toBe(true);
    expect(
      requests.some((url) => /\/maps\/\d{6}\.json$/u.test(url)),
      "the map outline came from the origin",
    ).toBe(true);
    expect(cspMessages).toEqual([]);
    expect(await watchReport(page)).toEqual({ violations: [], handlers: [] });
  });
});

const PAYLOAD = "<img src=x onerror=window.__pwned=1>";

/** The served dataset with the payload in every free-text field a reader sees. */
function hostileDataset(dataset: Dataset): { hostile: Dataset; recordId: string; httpRecordId: string } {
  const first = dataset.records[0];
  if (!first) throw new Error("the extracted dataset has no record");
  const firstDoc = first.source.document;
  // A record from another document keeps an http(s) URL, to check how real links are made.
  const other = dataset.records.find((r) => r.source.document !== firstDoc);
  if (!other) throw new Error("the extracted dataset has only one document");
  const hostile: Dataset = {
    ...dataset,
    documents: dataset.documents.map((d) => ({
      ...d,
      source: `${d.source ?? ""}${PAYLOAD}`,
      url: d.id === firstDoc ? "javascript:alert(1)" : "https://example.org/report.html",
      articles: d.articles.map((a) => ({ ...a, title: `${PAYLOAD}${a.title}` })),
    })),
    records: dataset.records.map((r) => ({
      ...r,
      region: { ...r.region, name: `${r.region.name}${PAYLOAD}` },
      sectors: r.sectors.map((s) => `${s}${PAYLOAD}`),
      ...(r.partner ? { partner: `${r.partner}${PAYLOAD}` } : {}),
      ...(r.entity ? { entity: `${r.entity}${PAYLOAD}` } : {}),
      source: { ...r.source, quote: `${PAYLOAD}${r.source.quote}` },
    })),
    warnings: dataset.warnings.map((w) => ({ ...w, message: `${w.message}${PAYLOAD}` })),
  };
  return { hostile, recordId: first.id, httpRecordId: other.id };
}

test.describe("untrusted text everywhere", () => {
  test("markup in titles, names, sectors, quotes and warnings stays text in every view, tooltip and export", async ({
    page,
    request,
  }) => {
    const { hostile } = hostileDataset(await servedDataset(request));
    const region = hostile.records.find((r) => r.region.level === "prefecture")?.region.name ?? "";
    await page.route("**/data/indicators.json", (route) => route.fulfill({ json: hostile }));
    const requests: string[] = [];
    page.on("request", (r) => requests.push(new URL(r.url()).pathname));
    await watchPage(page);

    await useTheApp(page, region);
    await page.goto("/?view=table");
    await expect(page.getByTestId("records-table")).toContainText(PAYLOAD);
    // The comparison's tooltip names the regions: the payload shows there as text.
    await page.goto("/?view=regions");
    const tooltipText = await hoverChart(page, "regions-compare");
    expect(tooltipText).toContain(PAYLOAD);

    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(
      requests.filter((path) => path === "/x"),
      "no image was requested from the payload",
    ).toEqual([]);
    expect(await watchReport(page)).toEqual({ violations: [], handlers: [] });
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
  });

  test("the source panel shows a hostile title as text, no link for javascript:, safe http(s) links", async ({
    page,
    request,
  }) => {
    const { hostile, recordId, httpRecordId } = hostileDataset(await servedDataset(request));
    await page.route("**/data/indicators.json", (route) => route.fulfill({ json: hostile }));
    await watchPage(page);

    await page.goto(`/?view=table&record=${encodeURIComponent(recordId)}`);
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(`${PAYLOAD}`);
    await expect(dialog.getByTestId("source-publication")).toContainText(PAYLOAD);
    await expect(dialog.locator("img")).toHaveCount(0);
    await expect(dialog.locator("a")).toHaveCount(0);
    await expect(dialog.getByTestId("source-unsafe-url")).toContainText("javascript:alert(1)");
    await page.keyboard.press("Escape");

    await page.goto(`/?view=table&record=${encodeURIComponent(httpRecordId)}`);
    const link = page.getByRole("dialog").getByTestId("source-link").first();
    await expect(link).toHaveAttribute("href", "https://example.org/report.html");
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    // Every link the app makes to elsewhere opens apart from it and tells it nothing.
    const links = await page
      .locator('a[href^="http"]')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute("href"), target: a.getAttribute("target"), rel: a.getAttribute("rel") })),
      );
    for (const l of links) expect(l, String(l.href)).toMatchObject({ target: "_blank", rel: "noopener noreferrer" });
    expect(await watchReport(page)).toEqual({ violations: [], handlers: [] });
    expect(await page.evaluate("typeof window.__pwned")).toBe("undefined");
  });
});
