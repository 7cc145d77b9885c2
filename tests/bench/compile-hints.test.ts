import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addCompileHints, COMPILE_HINT, wantsCompileHint } from "../../vite.config";

const chunk = (fileName: string, isEntry: boolean, name: string, moduleIds: string[] = []) => ({
  fileName,
  isEntry,
  name,
  moduleIds,
});

describe("wantsCompileHint", () => {
  it("picks the app's entry and the chunk with ECharts' core, nothing else", () => {
    expect(wantsCompileHint(chunk("assets/index-a.js", true, "index", ["/app/src/app/main.tsx"]))).toBe(true);
    expect(wantsCompileHint(chunk("assets/view-preload-b.js", true, "view-preload"))).toBe(false);
    expect(
      wantsCompileHint(
        chunk("assets/register-echarts-c.js", false, "register-echarts", [
          "/app/node_modules/echarts/lib/core/echarts.js",
          "/app/src/app/charts/register-echarts.ts",
        ]),
      ),
    ).toBe(true);
    // The map's chunk uses ECharts but does not hold its core.
    expect(
      wantsCompileHint(
        chunk("assets/region-map-d.js", false, "region-map", ["/app/node_modules/echarts/lib/chart/map/install.js"]),
      ),
    ).toBe(false);
    expect(
      wantsCompileHint(
        chunk("assets/table-view-e.js", false, "table-view", ["/app/src/app/features/table/table-view.tsx"]),
      ),
    ).toBe(false);
  });
});

describe("addCompileHints", () => {
  const dir = mkdtempSync(join(tmpdir(), "zb-compile-hints-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "assets/index-a.js"), 'const __vite__mapDeps=1;\nimport "./x.js";');
  writeFileSync(join(dir, "assets/index-a.js.map"), JSON.stringify({ version: 3, mappings: "AAAA;AACA" }));
  writeFileSync(join(dir, "assets/table-view-e.js"), "export const t = 1;");
  const chunks = [chunk("assets/index-a.js", true, "index"), chunk("assets/table-view-e.js", false, "table-view")];

  it("opens the chosen files with the hint, moves their source maps a line down, leaves the rest", () => {
    expect(addCompileHints(dir, chunks)).toEqual(["assets/index-a.js"]);
    expect(readFileSync(join(dir, "assets/index-a.js"), "utf8")).toBe(
      `${COMPILE_HINT}\nconst __vite__mapDeps=1;\nimport "./x.js";`,
    );
    expect(JSON.parse(readFileSync(join(dir, "assets/index-a.js.map"), "utf8")).mappings).toBe(";AAAA;AACA");
    expect(readFileSync(join(dir, "assets/table-view-e.js"), "utf8")).toBe("export const t = 1;");
    expect(existsSync(join(dir, "assets/table-view-e.js.map"))).toBe(false);
  });

  it("adds the hint once", () => {
    expect(addCompileHints(dir, chunks)).toEqual([]);
    expect(readFileSync(join(dir, "assets/index-a.js"), "utf8").split(COMPILE_HINT)).toHaveLength(2);
    expect(JSON.parse(readFileSync(join(dir, "assets/index-a.js.map"), "utf8")).mappings).toBe(";AAAA;AACA");
  });
});
