import { expect, type Page, test } from "@playwright/test";
import { generateDataset } from "../../src/bench/generate-dataset";
import type { Dataset } from "../../src/schema/dataset";

// The app at scale: 100,000 generated records (valid against the shared
// schema) served in place of the extracted dataset. Functional checks only;
// how fast this is belongs to `npm run bench`, not to a test.

const RECORDS = 100_000;
let dataset: Dataset;
let body: Buffer;

test.beforeAll(() => {
  dataset = generateDataset({ records: RECORDS });
  body = Buffer.from(JSON.stringify(dataset));
});

async function serveLarge(page: Page): Promise<void> {
  await page.route("**/data/indicators.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
}

const en = (n: number): string => new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }).format(n);

test.describe("100,000 records", () => {
  // Parsing and validating ~55 MB of JSON takes seconds on a busy machine.
  test.describe.configure({ timeout: 180_000 });

  test("the projects view draws its charts and counts every record", async ({ page }) => {
    await serveLarge(page);
    await page.goto("/?view=projects&lang=en");
    await expect(page.getByTestId("result-count")).toHaveText(`${en(RECORDS)} records`, { timeout: 120_000 });
    await expect(page.locator('[data-chart-ready="true"]').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('[data-chart-ready="true"] svg').first()).toBeVisible();
  });

  test("a year filter updates the count and the table pages", async ({ page }) => {
    await serveLarge(page);
    await page.goto("/?view=table&lang=en");
    await expect(page.getByTestId("result-count")).toHaveText(`${en(RECORDS)} records`, { timeout: 120_000 });
    await expect(page.getByTestId("records-table").locator("tbody tr")).toHaveCount(50);
    await expect(page.getByText(`Page 1 of ${RECORDS / 50}`)).toBeVisible();

    const years = [...new Set(dataset.records.map((r) => r.period.year))].sort((a, b) => a - b);
    const from = years[Math.floor(years.length / 2)] ?? 0;
    const expected = dataset.records.filter((r) => r.period.year >= from).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(RECORDS);

    await page.getByTestId("filter-from").selectOption(String(from));
    await expect(page.getByTestId("result-count")).toHaveText(`${en(expected)} records`);
    await expect(page.getByText(`Page 1 of ${Math.ceil(expected / 50)}`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`[?&]from=${from}(?:&|$)`, "u"));

    // Every row on the page now lies in the chosen years.
    const periods = await page.getByTestId("records-table").locator("tbody tr td:nth-child(4)").allTextContents();
    expect(periods).toHaveLength(50);
    for (const text of periods) {
      const year = Number(/(?<year>\d{4})/u.exec(text)?.groups?.year);
      expect(year).toBeGreaterThanOrEqual(from);
    }
  });
});
