import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleRows, htmlAssets, measureBundle } from "../../src/bench/bundle-size";

describe("htmlAssets", () => {
  it("lists module scripts, modulepreloads and stylesheets, not icons or external URLs", () => {
    const html = `<!doctype html><head>
      <link rel="icon" href="/favicon.svg">
      <script type="module" crossorigin src="/assets/index-AbC1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-x.js">
      <link rel="stylesheet" crossorigin href="./assets/index-D2.css">
      <script src="https://example.com/analytics.js"></script>
    </head>`;
    expect(htmlAssets(html)).toEqual(["assets/index-AbC1.js", "assets/vendor-x.js", "assets/index-D2.css"]);
  });
});

describe("measureBundle", () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-bundle-test-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "assets"));
  writeFileSync(
    join(dir, "index.html"),
    '<script type="module" src="/assets/entry.js"></script><link rel="stylesheet" href="/assets/app.css">',
  );
  const files: Record<string, string> = {
    "entry.js": `import "./shared.js";${"a".repeat(5000)}`,
    "shared.js": "export const s = 1;".repeat(50),
    "lazy-table.js": "export const table = 1;",
    "lazy-map.js": "export const m = 2;",
    "app.css": "body{margin:0}",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "assets", name), text);
  const meta = (imports: string[], modules: string[]) => ({
    imports,
    modules,
    renderedBytes: new Map(modules.map((m) => [m, 100])),
  });

  it("counts the entry, its static imports and the CSS as first load, the rest as on demand", () => {
    const graph = new Map([
      ["assets/entry.js", meta(["assets/shared.js"], ["src/app/main.tsx"])],
      ["assets/shared.js", meta([], ["node_modules/echarts/lib/chart/bar/install.js"])],
      ["assets/lazy-table.js", meta([], ["src/app/features/table/table-view.tsx"])],
      ["assets/lazy-map.js", meta([], ["node_modules/echarts/lib/chart/map/install.js"])],
    ]);
    const report = measureBundle(dir, graph);
    const first = report.chunks.filter((c) => c.firstLoad).map((c) => c.file);
    expect(first.sort()).toEqual(["assets/app.css", "assets/entry.js", "assets/shared.js"]);
    const gz = (f: string) => report.chunks.find((c) => c.file === f)?.gzipBytes ?? 0;
    expect(report.firstLoadJs).toBe(gz("assets/entry.js") + gz("assets/shared.js"));
    expect(report.totalJs).toBe(report.firstLoadJs + gz("assets/lazy-table.js") + gz("assets/lazy-map.js"));
    expect(gz("assets/entry.js")).toBeLessThan(5000);
    expect(report.echartsCharts).toEqual(["bar", "map"]);
    expect(report.fullEcharts).toBe(false);
    expect(report.eagerLazyFeatures).toEqual({});
    expect(bundleRows(report).filter((r) => r.pass === false)).toEqual([]);
  });

  it("flags on-demand code and full echarts found in the first load", () => {
    const graph = new Map([
      ["assets/entry.js", meta(["assets/shared.js"], ["src/app/main.tsx", "src/app/features/table/table-view.tsx"])],
      ["assets/shared.js", meta([], ["node_modules/echarts/index.js", "node_modules/fflate/esm/browser.js"])],
    ]);
    const report = measureBundle(dir, graph);
    expect(Object.keys(report.eagerLazyFeatures).sort()).toEqual(["export", "table"]);
    expect(report.fullEcharts).toBe(true);
    const failed = bundleRows(report)
      .filter((r) => r.pass === false)
      .map((r) => r.name);
    expect(failed).toEqual(["map, table, export load on demand", "echarts via echarts/core"]);
  });
});
