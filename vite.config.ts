import tailwindcss from "@tailwindcss/vite";
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

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

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 700 },
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
