import type { APIRequestContext, Page } from "@playwright/test";
import type { Dataset, IndicatorRecord } from "../../src/schema/dataset";

/** The dataset the server actually serves, so expectations follow the extractor as it grows. */
export async function servedDataset(request: APIRequestContext): Promise<Dataset> {
  const response = await request.get("/data/indicators.json");
  if (!response.ok()) throw new Error(`dataset not served: HTTP ${response.status()}`);
  return (await response.json()) as Dataset;
}

export function regionKeyOf(r: IndicatorRecord): string {
  return r.region.code ?? r.region.name;
}

/**
 * A region and a sector to filter by: the region whose records name sectors
 * most often, and its most frequent sector. Null when no record names a sector.
 */
export function pickRegionAndSector(dataset: Dataset): { region: IndicatorRecord["region"]; sector: string } | null {
  const byRegion = new Map<string, { region: IndicatorRecord["region"]; sectors: Map<string, number> }>();
  for (const r of dataset.records) {
    if (r.sectors.length === 0) continue;
    const entry = byRegion.get(regionKeyOf(r)) ?? { region: r.region, sectors: new Map<string, number>() };
    for (const s of r.sectors) entry.sectors.set(s, (entry.sectors.get(s) ?? 0) + 1);
    byRegion.set(regionKeyOf(r), entry);
  }
  let best: { region: IndicatorRecord["region"]; sector: string; n: number } | null = null;
  for (const { region, sectors } of byRegion.values()) {
    for (const [sector, n] of sectors) if (!best || n > best.n) best = { region, sector, n };
  }
  return best ? { region: best.region, sector: best.sector } : null;
}

/** Record ids on the visible table page. */
export async function tableIds(page: Page): Promise<string[]> {
  return page
    .locator("[data-testid=records-table] tbody tr")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-record-id") ?? ""));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
