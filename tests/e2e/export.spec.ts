import { readFile } from "node:fs/promises";
import { inflateSync } from "node:zlib";
import { type Download, expect, type Locator, type Page, test } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { type Dataset, datasetSchema } from "../../src/schema/dataset";
import { EXPECTED_CSV_COLUMNS } from "../shared/expected-csv-columns";

// Export end to end: every button of the data menu and of a chart's image
// menu is clicked, and the downloaded file is opened and checked. The app is
// served a crafted dataset (valid per the schema) so that the counts, the
// title and a hostile quote are known.

const HOSTILE_QUOTE = '=HYPERLINK("http://x","y") 全省进出口下降2.7%。';

function craftedDataset(): Dataset {
  const doc = (id: string, file: string, source: string, date: string, region: string) => ({
    id,
    file,
    source,
    date,
    region,
    url: `https://example.org/${id}.html`,
    inferred: false,
    articles: [{ id: `${id}-a1`, title: `${source}报道` }],
  });
  const records: Dataset["records"] = [];
  const add = (r: Omit<Dataset["records"][number], "id" | "qualifier" | "rule" | "sectors"> & { sectors?: string[] }) =>
    records.push({ qualifier: "exact", rule: "e2e", sectors: [], ...r, id: `r${records.length + 1}` });
  const taiyuan = { name: "太原市", code: "140100", level: "prefecture" } as const;
  const shanxi = { name: "山西省", code: "140000", level: "province" } as const;
  for (const [year, yi] of [
    [2019, 1100],
    [2020, 1211.5],
    [2021, 1852.35],
  ] as const) {
    const span = (text: string) => ({
      document: "d1",
      article: "d1-a1",
      quote: `${year}年，我市${text}。`,
      text,
      start: 8,
      end: 8 + text.length,
    });
    add({
      indicator: "trade.total",
      measure: "value",
      value: yi * 1e8,
      unit: "CNY",
      region: taiyuan,
      period: { year, label: `${year}年` },
      source: span(`进出口${yi}亿元`),
    });
    add({
      indicator: "trade.export",
      measure: "value",
      value: yi * 0.6e8,
      unit: "CNY",
      region: taiyuan,
      period: { year, label: `${year}年` },
      source: span(`出口${yi * 0.6}亿元`),
    });
  }
  add({
    indicator: "trade.total",
    measure: "growth",
    value: -2.7,
    unit: "percent",
    region: shanxi,
    period: { year: 2021, label: "2021年" },
    source: { document: "d2", article: "d2-a1", quote: HOSTILE_QUOTE, text: "下降2.7%", start: 30, end: 36 },
  });
  for (const [batch, n] of [
    [1, 120],
    [2, 95],
    [3, 140],
  ] as const) {
    add({
      indicator: "projects.signed",
      measure: "count",
      value: n,
      unit: "item",
      region: shanxi,
      period: { year: 2022, batch, label: `2022年第${batch}批` },
      sectors: ["新能源"],
      source: { document: "d2", article: "d2-a1", quote: `签约项目${n}个。`, text: `${n}个`, start: 4, end: 8 },
    });
  }
  return {
    schemaVersion: 1,
    generatedAt: "2026-11-28T03:00:00Z",
    documents: [
      doc("d1", "data/raw/a.txt", "太原日报", "2022-02-27", "太原市"),
      doc("d2", "data/raw/b.txt", "山西日报", "2023-06-30", "山西省"),
    ],
    records,
    warnings: [],
  };
}

const DATASET = craftedDataset();

test.beforeEach(async ({ page }) => {
  await page.route("**/data/indicators.json", (route) => route.fulfill({ json: DATASET }));
});

async function save(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: (download as Download).suggestedFilename(), bytes: await readFile(await download.path()) };
}

async function openDataMenu(page: Page): Promise<Locator> {
  const menu = page.getByTestId("data-export");
  await menu.locator("summary").click();
  await expect(menu).toHaveAttribute("open", "");
  return menu;
}

function parseCsv(bytes: Buffer): { fields: string[]; rows: Record<string, string>[] } {
  expect([...bytes.subarray(0, 3)], "UTF-8 byte order mark").toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.subarray(3).toString("utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

async function shownCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("result-count").textContent()) ?? "";
  const match = /(?<n>[\d,]+)/u.exec(text);
  return Number((match?.groups?.n ?? "").replace(/,/gu, ""));
}

/** Width, height and RGBA-or-RGB pixels of an 8-bit, non-interlaced PNG (what browsers encode). */
function decodePng(bytes: Buffer): { width: number; height: number; pixels: Buffer; channels: number } {
  expect([...bytes.subarray(0, 8)], "PNG signature").toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect(data[8], "bit depth").toBe(8);
      expect(data[12], "interlace").toBe(0);
      const colorType = data[9];
      channels = colorType === 6 ? 4 : colorType === 2 ? 3 : 0;
      expect(channels, `colour type ${colorType}`).toBeGreaterThan(0);
    } else if (type === "IDAT") idat.push(data);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x] ?? 0;
      const a = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
      const b = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
      const c = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
      let value = cur;
      if (filter === 1) value += a;
      else if (filter === 2) value += b;
      else if (filter === 3) value += Math.floor((a + b) / 2);
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      pixels[y * stride + x] = value & 0xff;
    }
  }
  return { width, height, pixels, channels };
}

/** Share of pixels that are not (near) white, and how many distinct colours a sample has. */
function inkStats(png: ReturnType<typeof decodePng>): { ink: number; colours: number; opaque: boolean } {
  const { pixels, channels, width, height } = png;
  let ink = 0;
  let opaque = true;
  const colours = new Set<number>();
  const total = width * height;
  for (let i = 0; i < total; i++) {
    const o = i * channels;
    const r = pixels[o] ?? 0;
    const g = pixels[o + 1] ?? 0;
    const b = pixels[o + 2] ?? 0;
    if (channels === 4 && (pixels[o + 3] ?? 0) < 255) opaque = false;
    if (r + g + b < 700) ink++;
    if (i % 7 === 0) colours.add((r << 16) | (g << 8) | b);
  }
  return { ink: ink / total, colours: colours.size, opaque };
}

test.describe("data downloads", () => {
  test("the dataset served to these tests is valid", () => {
    expect(datasetSchema.safeParse(DATASET).success).toBe(true);
  });

  test("CSV of this view: BOM, the columns, exactly the rows the table shows", async ({ page }) => {
    await page.goto("/?view=table&region=140100&from=2020&to=2021");
    await expect(page.getByTestId("records-table")).toBeVisible();
    const shown = await shownCount(page);
    expect(shown).toBe(4);
    const tableRows = await page.locator("[data-testid=records-table] tbody tr").count();
    const menu = await openDataMenu(page);
    const file = await save(page, () => menu.locator("[data-export=csv-view]").click());
    expect(file.name).toBe("zhibiao-太原市-2020-2021-20261128.csv");
    const { fields, rows } = parseCsv(file.bytes);
    expect(fields).toEqual(EXPECTED_CSV_COLUMNS);
    expect(rows).toHaveLength(shown);
    expect(rows).toHaveLength(tableRows);
    for (const row of rows) {
      expect(row.region_name).toBe("太原市");
      expect(Number(row.year)).toBeGreaterThanOrEqual(2020);
    }
    await expect(page.getByTestId("data-export").locator("..").getByRole("status")).toContainText(file.name);
  });

  test("CSV of all data keeps a crafted =HYPERLINK quote inert and numbers numeric", async ({ page }) => {
    await page.goto("/?view=table&region=140100");
    const menu = await openDataMenu(page);
    const file = await save(page, () => menu.locator("[data-export=csv-all]").click());
    expect(file.name).toBe("zhibiao-all-20261128.csv");
    const { rows } = parseCsv(file.bytes);
    expect(rows).toHaveLength(DATASET.records.length);
    const hostile = rows.find((r) => r.quote?.includes("HYPERLINK"));
    expect(hostile?.quote).toBe(`'${HOSTILE_QUOTE}`);
    expect(hostile?.value).toBe("-2.7");
    const text = file.bytes.toString("utf8");
    // The value cell is a bare number (no quote, no apostrophe) a spreadsheet sums.
    expect(text).toContain(",-2.7,percent,");
    // No cell in the file starts with a formula trigger.
    for (const row of rows) {
      for (const [column, cell] of Object.entries(row)) {
        if (column === "value") continue;
        expect(cell, `${column} of ${row.record_id}`).not.toMatch(/^[=+\-@\t\r]/u);
      }
    }
  });

  test("ZIP holds the view CSV, a codebook naming every column and the filters, and the JSON Schema", async ({
    page,
  }) => {
    await page.goto("/?view=table&region=140100&indicator=trade.total");
    const shown = await shownCount(page);
    const menu = await openDataMenu(page);
    const file = await save(page, () => menu.locator("[data-export=zip]").click());
    expect(file.name).toBe("zhibiao-trade.total-太原市-20261128.zip");
    const files = unzipSync(new Uint8Array(file.bytes));
    const csvName = "zhibiao-trade.total-太原市-20261128.csv";
    expect(Object.keys(files).sort()).toEqual(["README.md", "indicators.schema.json", csvName].sort());
    expect(parseCsv(Buffer.from(files[csvName] as Uint8Array)).rows).toHaveLength(shown);
    const readme = strFromU8(files["README.md"] as Uint8Array);
    for (const column of EXPECTED_CSV_COLUMNS) expect(readme).toContain(`| \`${column}\` |`);
    expect(readme).toContain("2026-11-28T03:00:00Z");
    expect(readme).toContain("地区: 太原市");
    expect(readme).toContain("指标: 进出口总额");
    const schema = JSON.parse(strFromU8(files["indicators.schema.json"] as Uint8Array)) as { title?: string };
    expect(schema.title).toBe("zhibiao indicators dataset");
  });

  test("dataset JSON and JSON Schema download as published", async ({ page }) => {
    await page.goto("/?view=table");
    const menu = await openDataMenu(page);
    const json = await save(page, () => menu.locator("[data-export=json]").click());
    expect(json.name).toBe("zhibiao-indicators-20261128.json");
    expect(datasetSchema.parse(JSON.parse(json.bytes.toString("utf8"))).records).toHaveLength(DATASET.records.length);
    await menu.locator("summary").click();
    if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
    const schema = await save(page, () => menu.locator("[data-export=schema]").click());
    expect(schema.name).toBe("zhibiao-indicators.schema-20261128.json");
    expect(JSON.parse(schema.bytes.toString("utf8"))).toMatchObject({ title: "zhibiao indicators dataset" });
  });

  test("works from the keyboard and loads papaparse only when asked", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(r.url());
    });
    await page.goto("/?view=table&lang=en");
    await expect(page.getByTestId("records-table")).toBeVisible();
    expect(scripts.some((u) => u.includes("data-download"))).toBe(false);
    const summary = page.getByTestId("data-export").locator("summary");
    await summary.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("data-export")).toHaveAttribute("open", "");
    const button = page.getByRole("button", { name: /^CSV of this view/u });
    await button.focus();
    const file = await save(page, () => page.keyboard.press("Enter"));
    expect(file.name.endsWith(".csv")).toBe(true);
    expect(scripts.some((u) => u.includes("data-download"))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("data-export")).not.toHaveAttribute("open", "");
    await expect(summary).toBeFocused();
  });
});

test.describe("chart images", () => {
  const CHART_URL = "/?view=trade&region=140100";

  async function firstChart(page: Page): Promise<{ card: Locator; title: string; menu: Locator }> {
    await page.goto(CHART_URL);
    const card = page.locator("figure[data-chart-card]").first();
    await expect(card.locator('[data-chart-ready="true"]')).toBeVisible({ timeout: 15_000 });
    const caption = (await card.locator("figcaption").textContent()) ?? "";
    const title = caption.split(" — ")[0] ?? "";
    expect(title.length).toBeGreaterThan(0);
    const menu = card.locator("details[data-testid^=chart-export-]");
    return { card, title, menu };
  }

  async function click(menu: Locator, action: string): Promise<void> {
    if ((await menu.getAttribute("open")) === null) await menu.locator("summary").click();
    await menu.locator(`[data-export="${action}"]`).click();
  }

  // Runs in the page (the e2e project has no DOM types, so it is kept as
  // source): lays the SVG out in the document and reports each text's box.
  const INSPECT_SVG = `(source) => {
    const doc = new DOMParser().parseFromString(source, "image/svg+xml");
    if (doc.getElementsByTagName("parsererror").length > 0) return null;
    const host = document.createElement("div");
    host.style.cssText = "position:absolute;left:0;top:0";
    document.body.append(host);
    const root = document.importNode(doc.documentElement, true);
    host.append(root);
    const frame = root.getBoundingClientRect();
    const texts = [...root.querySelectorAll("text")].map((t) => {
      const box = t.getBoundingClientRect();
      const bbox = t.getBBox();
      return {
        text: t.textContent ?? "",
        inside:
          box.left >= frame.left - 0.5 &&
          box.top >= frame.top - 0.5 &&
          box.right <= frame.right + 0.5 &&
          box.bottom <= frame.bottom + 0.5,
        empty: bbox.width === 0 && (t.textContent ?? "").trim() !== "",
      };
    });
    host.remove();
    return { width: root.getAttribute("width"), height: root.getAttribute("height"), texts };
  }`;

  interface SvgReport {
    width: string | null;
    height: string | null;
    texts: { text: string; inside: boolean; empty: boolean }[];
  }

  /** Texts of an SVG as laid out by the browser, and whether each lies inside the drawing. */
  async function inspectSvg(page: Page, svg: string): Promise<SvgReport | null> {
    const source = svg.replace(/^<\?xml[^>]*\?>\s*/u, "");
    return page.evaluate(`(${INSPECT_SVG})(${JSON.stringify(source)})`) as Promise<SvgReport | null>;
  }

  for (const [action, expected] of [
    ["png-16:9", { width: 1920, height: 1080 }],
    ["png-4:3", { width: 1600, height: 1200 }],
  ] as const) {
    test(`${action}: a PNG of the preset's pixel size, opaque and not blank`, async ({ page }) => {
      const { menu } = await firstChart(page);
      const file = await save(page, () => click(menu, action));
      expect(file.name).toBe(`zhibiao-trade-trend-太原市-2019-2021-${action.slice(4).replace(":", "x")}-20261128.png`);
      const png = decodePng(file.bytes);
      expect({ width: png.width, height: png.height }).toEqual(expected);
      const stats = inkStats(png);
      expect(stats.opaque).toBe(true);
      expect(stats.ink).toBeGreaterThan(0.005);
      expect(stats.ink).toBeLessThan(0.6);
      expect(stats.colours).toBeGreaterThan(8);
    });
  }

  for (const ratio of [2, 3]) {
    test(`PNG ${ratio}×: ${ratio} times the chart's on-screen size`, async ({ page }) => {
      const { card, menu } = await firstChart(page);
      const box = await card.locator('[data-chart-ready="true"]').boundingBox();
      const file = await save(page, () => click(menu, `png${ratio}`));
      const png = decodePng(file.bytes);
      expect(png.width).toBe(Math.round((box?.width ?? 0) * ratio));
      expect(png.height).toBe(Math.round((box?.height ?? 0) * ratio));
      expect(inkStats(png).ink).toBeGreaterThan(0.005);
    });
  }

  test("SVG parses and carries the title; the chart keeps its size afterwards", async ({ page }) => {
    const { card, menu, title } = await firstChart(page);
    const before = await card.locator('[data-chart-ready="true"]').boundingBox();
    const file = await save(page, () => click(menu, "svg"));
    expect(file.name.endsWith(".svg")).toBe(true);
    const result = await inspectSvg(page, file.bytes.toString("utf8"));
    expect(result).not.toBeNull();
    const all = (result?.texts ?? [])
      .map((t) => t.text)
      .join("")
      .replace(/\s+/gu, "");
    expect(all).toContain(title.replace(/\s+/gu, ""));
    const after = await card.locator('[data-chart-ready="true"]').boundingBox();
    expect({ width: after?.width, height: after?.height }).toEqual({ width: before?.width, height: before?.height });
    // The live chart's SVG is back at its own size too.
    const live = card.locator('[data-chart-ready="true"] svg').first();
    expect(await live.getAttribute("width")).toBe(String(before?.width));
  });

  for (const [action, expected] of [
    ["svg-16:9", { width: "1920", height: "1080" }],
    ["svg-4:3", { width: "1600", height: "1200" }],
  ] as const) {
    test(`${action}: title, source line, dataset date and product name, every text inside the canvas`, async ({
      page,
    }) => {
      const { menu, title } = await firstChart(page);
      const file = await save(page, () => click(menu, action));
      const result = await inspectSvg(page, file.bytes.toString("utf8"));
      expect(result).not.toBeNull();
      expect({ width: result?.width, height: result?.height }).toEqual(expected);
      const all = (result?.texts ?? [])
        .map((t) => t.text)
        .join("")
        .replace(/\s+/gu, "");
      expect(all).toContain(title.replace(/\s+/gu, ""));
      expect(all).toContain("数据来源：据1篇报道整理");
      expect(all).toContain("太原日报2022-02-27");
      expect(all).toContain("2026-11-28");
      expect(all).toContain("zhibiao");
      const outside = (result?.texts ?? []).filter((t) => !t.inside || t.empty);
      expect(outside).toEqual([]);
    });
  }

  test("copy puts a PNG on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const { card, menu } = await firstChart(page);
    await click(menu, "copy");
    await expect(card.getByRole("status")).toHaveText("图片已复制到剪贴板");
    const types = (await page.evaluate(
      "navigator.clipboard.read().then((items) => items.flatMap((i) => [...i.types]))",
    )) as string[];
    expect(types).toContain("image/png");
  });
});
