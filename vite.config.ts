import { createReadStream, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { COMPACT_FILE, compactDatasetFiles, QUOTES_FILE } from "./src/extract/run/split-dataset.ts";

// The built app runs no inline script and talks to no origin but its own: the
// dataset, maps and chunks are all same-origin files. Inline *style attributes*
// are allowed because ECharts positions its tooltip and canvas with them.
// Only for the build: Vite's dev server injects an inline HMR preamble.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "zhibiao-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/** Where the built app keeps the dataset and its JSON Schema. */
const DATA_DIR = "data";

/** Files the build writes compressed copies of, and the preview server sends them for. */
const PRECOMPRESSED = /\.(?:js|css|json)$/u;

/** Above this size Brotli's best setting takes seconds (a 100,000-record dataset): those files get a fast one. */
const BROTLI_BEST_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Writes a gzip and a Brotli copy beside every script, stylesheet and JSON
 * file under `dir` (`index-AbC1.js.gz`, `index-AbC1.js.br`), for the server
 * to send as they are. Compressing on every request (what `vite preview`
 * does otherwise) took over a second of server time for a large dataset,
 * and at its default level; Brotli at its best setting sends 14 % fewer
 * bytes than gzip -9 for the main bundle and 15 % fewer for the charting
 * chunk, which is time on a slow connection (slow 4G carries ~185 KB a
 * second). Static hosts serve such copies the same way.
 */
export function precompressFiles(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) {
      precompressFiles(file);
      continue;
    }
    if (!PRECOMPRESSED.test(name)) continue;
    const bytes = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }));
    const quality = bytes.length <= BROTLI_BEST_MAX_BYTES ? constants.BROTLI_MAX_QUALITY : 5;
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }),
    );
  }
}

/** The copy to send for `accept-encoding`, best first: Brotli, then gzip, else none. */
export function pickEncoding(acceptEncoding: string): { encoding: "br" | "gzip"; suffix: string }[] {
  const offered = acceptEncoding
    .split(",")
    .map((part) => part.trim().split(";"))
    .filter(([, q]) => !/^\s*q\s*=\s*0(?:\.0*)?\s*$/u.test(q ?? ""))
    .map(([name]) => (name ?? "").trim().toLowerCase());
  const out: { encoding: "br" | "gzip"; suffix: string }[] = [];
  if (offered.includes("br")) out.push({ encoding: "br", suffix: ".br" });
  if (offered.includes("gzip")) out.push({ encoding: "gzip", suffix: ".gz" });
  return out;
}

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
};

/**
 * Build: compressed copies of the scripts, stylesheets and data files.
 * Preview: a request for one of them from a client that takes Brotli or
 * gzip gets the copy, when it is at least as new as the file (else the
 * file, compressed on the fly as before).
 */
function precompressedAssets(): Plugin {
  let outDir = "dist";
  return {
    name: "zhibiao-precompressed-assets",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      precompressFiles(outDir);
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        let path: string;
        try {
          path = decodeURIComponent((req.url ?? "").split("?")[0] ?? "");
        } catch {
          return next();
        }
        const type = CONTENT_TYPES[/\.[a-z]+$/u.exec(path)?.[0] ?? ""];
        if ((req.method !== "GET" && req.method !== "HEAD") || !type || !PRECOMPRESSED.test(path)) return next();
        const file = resolve(root, `.${path}`);
        if (!file.startsWith(root + sep) || !existsSync(file)) return next();
        const mtime = statSync(file).mtimeMs;
        for (const { encoding, suffix } of pickEncoding(String(req.headers["accept-encoding"] ?? ""))) {
          const copy = `${file}${suffix}`;
          if (!existsSync(copy)) continue;
          const copyStat = statSync(copy);
          if (copyStat.mtimeMs < mtime) continue;
          const etag = `W/"${encoding}-${copyStat.size}-${Math.round(copyStat.mtimeMs)}"`;
          res.setHeader("Content-Type", type);
          res.setHeader("Vary", "Accept-Encoding");
          res.setHeader("Cache-Control", "no-cache");
          res.setHeader("ETag", etag);
          res.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
          if (req.headers["if-none-match"] === etag) {
            res.statusCode = 304;
            res.end();
            return;
          }
          res.setHeader("Content-Encoding", encoding);
          res.setHeader("Content-Length", copyStat.size);
          if (req.method === "HEAD") {
            res.end();
            return;
          }
          createReadStream(copy).pipe(res);
          return;
        }
        next();
      });
    },
  };
}

/** Names the dataset file the app loads first when it is not indicators.json (read by src/app/data/dataset-query.ts). */
export const DATASET_META = "zhibiao-dataset";

/**
 * Build: a large dataset (src/extract/run/split-dataset.ts) also goes out in
 * its compact form and that form's quotes, and index.html preloads the
 * compact form and names it for the app (the quotes load when first shown).
 */
function compactDataset(): Plugin {
  let publicDir = "";
  let compact = false;
  return {
    name: "zhibiao-compact-dataset",
    apply: "build",
    configResolved(config) {
      publicDir = config.publicDir;
    },
    buildStart() {
      const files = publicDir ? compactDatasetFiles(join(publicDir, DATA_DIR, "indicators.json")) : null;
      compact = files !== null;
      if (files === null) return;
      this.emitFile({ type: "asset", fileName: `${DATA_DIR}/${COMPACT_FILE}`, source: files.compact });
      this.emitFile({ type: "asset", fileName: `${DATA_DIR}/${QUOTES_FILE}`, source: files.quotes });
    },
    transformIndexHtml(html) {
      if (!compact) return html;
      return html
        .replace(/(<link rel="preload" href="[^"]*\/)indicators\.json"/u, `$1${COMPACT_FILE}"`)
        .replace("</head>", `  <meta name="${DATASET_META}" content="${DATA_DIR}/${COMPACT_FILE}" />\n  </head>`);
    },
  };
}

/** The early entry that starts fetching a linked view's code (src/app/view-preload.ts). */
const VIEW_PRELOAD_ENTRY = "view-preload";

const ECHARTS_MODULE = "src/app/charts/register-echarts.ts";

/**
 * Modules whose chunks (and the chunks they import) a link straight to that
 * view needs: its own code and, for the chart views, ECharts, which the
 * views load beside their code rather than import (src/app/charts/load-echarts.ts).
 * ECharts first: the largest file, and the last one the first chart waits for.
 */
const VIEW_MODULES: Record<string, string[]> = {
  projects: [ECHARTS_MODULE, "src/app/features/projects/projects-charts.tsx"],
  trade: [ECHARTS_MODULE, "src/app/features/trade/trade-charts.tsx"],
  regions: [ECHARTS_MODULE, "src/app/features/regions/regions-charts.tsx"],
  table: ["src/app/features/table/table-view.tsx"],
};

/**
 * Build: index.html lists each view's chunks in a meta tag and runs the
 * early entry (src/app/view-preload.ts), which preloads those of the view
 * the address names, before the main bundle has run.
 */
function viewPreloadScript(): Plugin {
  let root = "";
  return {
    name: "zhibiao-view-preload",
    apply: "build",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter((item) => item.type === "chunk");
        const early = chunks.find((c) => c.isEntry && c.name === VIEW_PRELOAD_ENTRY);
        if (!early) return [];
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const firstLoad = new Set<string>();
        const addStatic = (file: string, into: Set<string>): void => {
          if (into.has(file)) return;
          into.add(file);
          for (const dep of byFile.get(file)?.imports ?? []) addStatic(dep, into);
        };
        for (const c of chunks) if (c.isEntry) addStatic(c.fileName, firstLoad);
        const views: Record<string, string[]> = {};
        for (const [view, modules] of Object.entries(VIEW_MODULES)) {
          const files = new Set<string>();
          for (const module of modules) {
            const id = resolve(root, module);
            // A module other chunks import too may share a chunk rather than face one.
            const chunk = chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
            if (chunk) addStatic(chunk.fileName, files);
          }
          if (files.size > 0) views[view] = [...files].filter((f) => !firstLoad.has(f)).map((f) => `/${f}`);
        }
        return [
          { tag: "meta", attrs: { name: "zhibiao-view-code", content: JSON.stringify(views) }, injectTo: "head" },
          {
            tag: "script",
            attrs: { type: "module", async: true, crossorigin: true, src: `/${early.fileName}` },
            injectTo: "head",
          },
        ];
      },
    },
  };
}

/** V8's explicit compile hint: compile every function of the file while it downloads. */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

const ECHARTS_CORE = /[\\/]node_modules[\\/]echarts[\\/]lib[\\/]core[\\/]echarts\.js$/u;

interface ChunkFacts {
  fileName: string;
  isEntry: boolean;
  name: string;
  moduleIds: readonly string[];
}

/** Chunks whose code nearly all runs before the first chart: the app's entry and the one holding ECharts' core. */
export function wantsCompileHint(chunk: ChunkFacts): boolean {
  if (chunk.isEntry) return chunk.name === "index";
  return chunk.moduleIds.some((id) => ECHARTS_CORE.test(id));
}

/**
 * Opens the written files of those chunks in `dir` with the compile hint
 * (and moves their source maps one line down to match). Without it V8
 * compiles each function on its first call, on the main thread: a third of
 * the main thread's time before the first chart (pinned trace: 0.9 s of
 * 2.6 s at desktop speed; the first ECharts draw at 4× CPU was 55 %
 * compiling). With it (Chrome 136+; other engines read a comment) the
 * functions compile on a background thread while the file streams in. Only
 * these chunks: most of their code runs on the way to the first chart, so
 * little is compiled for nothing.
 */
export function addCompileHints(dir: string, chunks: Iterable<ChunkFacts>): string[] {
  const hinted: string[] = [];
  for (const chunk of chunks) {
    if (!wantsCompileHint(chunk)) continue;
    const file = join(dir, chunk.fileName);
    const code = readFileSync(file, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, `${COMPILE_HINT}\n${code}`);
    hinted.push(chunk.fileName);
    const mapFile = `${file}.map`;
    if (!existsSync(mapFile)) continue;
    const map = JSON.parse(readFileSync(mapFile, "utf8")) as { mappings: string };
    writeFileSync(mapFile, JSON.stringify({ ...map, mappings: `;${map.mappings}` }));
  }
  return hinted;
}

/**
 * Build: the compile hint on the written files. Not in a bundle hook: Vite
 * puts its preload helper above a chunk's code after those, and the hint
 * must open the file.
 */
function compileHints(): Plugin {
  return {
    name: "zhibiao-compile-hints",
    apply: "build",
    writeBundle(options, bundle) {
      if (!options.dir) return;
      addCompileHints(
        options.dir,
        Object.values(bundle).flatMap((item) => (item.type === "chunk" ? [item] : [])),
      );
    },
  };
}

/** Chart code the chart views share, apart from ECharts, the map and the export (all loaded on their own). */
const CHART_KIT = /[\\/]src[\\/]app[\\/]charts[\\/](?!register-|export[\\/])[^\\/]+$/u;

/**
 * Build: the chart code shared by the chart views goes out as one chunk
 * rather than one per set of views sharing it. Left to itself the bundler
 * made three more files of under 1 KB for a link to the projects view, and
 * a browser opens six connections to a server: on a slow connection the
 * last of them waited for the main bundle to finish (0.4 s on slow 4G)
 * before the view could render. Only modules the first load does not
 * already carry: the group takes them out of whichever chunk held them.
 */
function chartKitChunk(): Plugin {
  const firstLoad = new Set<string>();
  return {
    name: "zhibiao-chart-kit",
    apply: "build",
    buildEnd() {
      const visit = (id: string): void => {
        if (firstLoad.has(id)) return;
        firstLoad.add(id);
        for (const dep of this.getModuleInfo(id)?.importedIds ?? []) visit(dep);
      };
      for (const id of this.getModuleIds()) if (this.getModuleInfo(id)?.isEntry) visit(id);
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              name: "chart-kit",
              test: (id: string) => CHART_KIT.test(id) && !firstLoad.has(id),
              includeDependenciesRecursively: false,
            },
          ],
        },
      };
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    contentSecurityPolicy(),
    compactDataset(),
    precompressedAssets(),
    viewPreloadScript(),
    compileHints(),
    chartKitChunk(),
  ],
  build: {
    outDir: "dist",
    sourcemap: false,
    chunkSizeWarningLimit: 700,
    rollupOptions: { input: { index: "index.html", [VIEW_PRELOAD_ENTRY]: "src/app/view-preload.ts" } },
  },
  preview: { headers: { "Content-Security-Policy": CONTENT_SECURITY_POLICY } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/extract/**/*.test.ts", "tests/schema/**/*.test.ts", "tests/bench/**/*.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "component",
          environment: "jsdom",
          include: ["tests/app/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/app/setup.ts"],
        },
      },
    ],
  },
});
