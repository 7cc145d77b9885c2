import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import type { Dataset } from "../../src/schema/dataset";

// The view CSV on the dataset actually extracted from data/raw (no crafted
// data): whatever the extractor finds, the file holds exactly the records the
// filters let through, as the result count says.

test("CSV of this view on the extracted dataset has as many rows as the view shows", async ({ page, request }) => {
  const response = await request.get("/data/indicators.json");
  expect(response.ok()).toBe(true);
  const dataset = (await response.json()) as Dataset;
  const years = [...new Set(dataset.records.map((r) => r.period.year))].sort();
  const year = years.at(-1);
  const expected = year === undefined ? 0 : dataset.records.filter((r) => r.period.year === year).length;

  await page.goto(year === undefined ? "/?view=table" : `/?view=table&from=${year}&to=${year}`);
  await expect(page.getByTestId("result-count")).toContainText(String(expected));
  const menu = page.getByTestId("data-export");
  await menu.locator("summary").click();
  const [download] = await Promise.all([page.waitForEvent("download"), menu.locator("[data-export=csv-view]").click()]);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<Record<string, string>>(bytes.subarray(3).toString("utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data).toHaveLength(expected);
  for (const row of parsed.data) expect(row.year).toBe(String(year));
});
