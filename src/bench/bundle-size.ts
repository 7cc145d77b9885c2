import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "vite";
import type { BenchRow } from "./report";

// JS sizes as a visitor pays for them: gzip-compressed (zlib level 9, what a
// static server with precompression sends), split into what the first page
// load fetches (dist/index.html's script and stylesheets plus every chunk
// they import statically) and what loads on demand.

export const BUDGET_FIRST_LOAD_KB = 300;
export const BUDGET_TOTAL_KB = 550;

export interface ChunkInfo {
  file: string;
  gzipBytes: number;
  rawBytes: number;
  firstLoad: boolean;
  /** Source modules bundled into the chunk (repo-relative or node_modules paths); empty for CSS. */
  modules: string[];
}

export interface EagerModule {
  module: string;
  /** Minified size of the module's code in its chunk, before compression. */
  renderedBytes: number;
}

export interface BundleReport {
  chunks: ChunkInfo[];
  firstLoadJs: number;
  firstLoadCss: number;
  totalJs: number;
  /** echarts chart types bundled anywhere (bar, line, map …). */
  echartsCharts: string[];
  /** True when the full `echarts` entry (every chart and component) is bundled. */
  fullEcharts: boolean;
  /** Modules that should load on demand but sit in a first-load chunk, by feature. */
  eagerLazyFeatures: Record<string, EagerModule[]>;
}

interface ChunkMeta {
  imports: string[];
  modules: string[];
  renderedBytes: Map<string, number>;
}

/**
 * Code that must load on demand, recognised by module path. The export
 * menus' buttons belong on the page; what builds the files (CSV, zip,
 * codebook, images) does not.
 */
const ON_DEMAND: Record<string, RegExp> = {
  map: /(?:echarts\/lib\/(?:chart\/map|component\/(?:geo|visualMap))\/|\/charts\/register-map\.ts|\/features\/regions\/(?:build-region-map-option|match-map-regions|region-map)\b)/u,
  table: /\/features\/table\//u,
  export:
    /(?:\/features\/export\/(?:build-|csv-|data-download|chart-download|neutralise-cell)|\/charts\/export\/(?:export-chart-image|prepare-svg|rasterize-svg)|node_modules\/(?:fflate|papaparse)\/)/u,
};

/** Records each chunk's static imports and modules while Vite writes the build. */
function chunkGraph(into: Map<string, ChunkMeta>, root: string): Plugin {
  return {
    name: "zhibiao-bench-chunk-graph",
    apply: "build",
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== "chunk") continue;
        const name = (id: string) => relative(root, id.replace(/^\0/u, "")).replaceAll("\\", "/");
        into.set(item.fileName, {
          imports: [...item.imports],
          modules: item.moduleIds.map(name),
          renderedBytes: new Map(Object.entries(item.modules).map(([id, m]) => [name(id), m.renderedLength])),
        });
      }
    },
  };
}

/**
 * `npx vite build` with the project config into `outDir`, returning the chunk
 * graph; `publicDir` replaces public/ (the bench's generated large dataset).
 */
export async function buildApp(root: string, outDir: string, publicDir?: string): Promise<Map<string, ChunkMeta>> {
  const graph = new Map<string, ChunkMeta>();
  await build({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "warn",
    ...(publicDir ? { publicDir } : {}),
    build: { outDir, emptyOutDir: true },
    plugins: [chunkGraph(graph, root)],
  });
  return graph;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Assets the HTML itself references: module scripts, modulepreloads and stylesheets. */
export function htmlAssets(html: string): string[] {
  // Accepted shapes: <script type="module" crossorigin src="/assets/index-AbC1.js">,
  // <link rel="modulepreload" crossorigin href="/assets/x.js">, <link rel="stylesheet" href="/assets/index.css">
  const refs: string[] = [];
  const tag = /<(?<name>script|link)\b(?<attrs>[^>]*)>/giu;
  for (const m of html.matchAll(tag)) {
    const attrs = m.groups?.attrs ?? "";
    const isScript = m.groups?.name?.toLowerCase() === "script";
    const rel = /\brel\s*=\s*["'](?<rel>[^"']+)["']/iu.exec(attrs)?.groups?.rel ?? "";
    if (!isScript && !/^(?:stylesheet|modulepreload)$/iu.test(rel)) continue;
    const url = /\b(?:src|href)\s*=\s*["'](?<url>[^"']+)["']/iu.exec(attrs)?.groups?.url;
    if (url && !/^(?:[a-z]+:)?\/\//iu.test(url)) refs.push(url.replace(/^\.?\//u, ""));
  }
  return refs;
}

/** Measures a build in `outDir`; `graph` comes from `buildApp`. */
export function measureBundle(outDir: string, graph: ReadonlyMap<string, ChunkMeta>): BundleReport {
  const html = readFileSync(join(outDir, "index.html"), "utf8");
  const first = new Set<string>();
  const visit = (file: string) => {
    if (first.has(file)) return;
    first.add(file);
    for (const dep of graph.get(file)?.imports ?? []) visit(dep);
  };
  for (const ref of htmlAssets(html)) visit(ref);

  const chunks: ChunkInfo[] = listFiles(outDir)
    .map((path) => relative(outDir, path).replaceAll("\\", "/"))
    .filter((file) => /\.(?:js|css)$/u.test(file))
    .map((file) => {
      const bytes = readFileSync(join(outDir, file));
      return {
        file,
        rawBytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
        firstLoad: first.has(file),
        modules: graph.get(file)?.modules ?? [],
      };
    })
    .sort((a, b) => Number(b.firstLoad) - Number(a.firstLoad) || b.gzipBytes - a.gzipBytes);

  const sum = (list: ChunkInfo[]) => list.reduce((n, c) => n + c.gzipBytes, 0);
  const js = chunks.filter((c) => c.file.endsWith(".js"));
  const allModules = chunks.flatMap((c) => c.modules);
  const echartsCharts = [
    ...new Set(allModules.flatMap((m) => /echarts\/lib\/chart\/(?<name>[^/]+)\//u.exec(m)?.groups?.name ?? [])),
  ].sort();
  const eagerLazyFeatures: Record<string, EagerModule[]> = {};
  for (const [feature, pattern] of Object.entries(ON_DEMAND)) {
    const eager = chunks
      .filter((c) => c.firstLoad)
      .flatMap((c) =>
        c.modules
          .filter((m) => pattern.test(m))
          .map((module) => ({ module, renderedBytes: graph.get(c.file)?.renderedBytes.get(module) ?? 0 })),
      );
    if (eager.length > 0) eagerLazyFeatures[feature] = eager;
  }
  return {
    chunks,
    firstLoadJs: sum(js.filter((c) => c.firstLoad)),
    firstLoadCss: sum(chunks.filter((c) => c.firstLoad && c.file.endsWith(".css"))),
    totalJs: sum(js),
    echartsCharts,
    fullEcharts: allModules.some((m) => /node_modules\/echarts\/(?:index|dist\/echarts)[^/]*\.js$/u.test(m)),
    eagerLazyFeatures,
  };
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export function bundleRows(report: BundleReport): BenchRow[] {
  const firstLoad = report.firstLoadJs + report.firstLoadCss;
  const eager = Object.entries(report.eagerLazyFeatures);
  const rows: BenchRow[] = [
    {
      name: "JS + CSS on first load (gzip)",
      value: `${kb(firstLoad)} (JS ${kb(report.firstLoadJs)}, CSS ${kb(report.firstLoadCss)})`,
      budget: `≤ ${BUDGET_FIRST_LOAD_KB} KB`,
      pass: firstLoad <= BUDGET_FIRST_LOAD_KB * 1024,
    },
    {
      name: "JS, all chunks (gzip)",
      value: kb(report.totalJs),
      budget: `≤ ${BUDGET_TOTAL_KB} KB`,
      pass: report.totalJs <= BUDGET_TOTAL_KB * 1024,
    },
    {
      name: "map, table, export load on demand",
      value:
        eager.length === 0
          ? "yes"
          : `eager: ${eager.map(([f, m]) => `${f} (${kb(m.reduce((n, e) => n + e.renderedBytes, 0))} min)`).join(", ")}`,
      budget: "not in first load",
      pass: eager.length === 0,
    },
    {
      name: "echarts via echarts/core",
      value: report.fullEcharts ? "full echarts bundled" : `charts: ${report.echartsCharts.join(", ") || "none"}`,
      budget: "core + used charts",
      pass: !report.fullEcharts,
    },
  ];
  for (const c of report.chunks) {
    rows.push({
      name: `  chunk ${c.file.replace(/^assets\//u, "")}${c.firstLoad ? " (first load)" : ""}`,
      value: kb(c.gzipBytes),
      budget: "—",
      pass: null,
    });
  }
  return rows;
}
