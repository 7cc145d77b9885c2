// A second, tiny entry of the build, run as soon as it is fetched: a link
// straight to a chart or table view starts fetching that view's code (with
// ECharts) alongside the main bundle, instead of after the main bundle has
// downloaded and run (~0.2 s at desktop speed, over a second on a slow
// phone). The build lists each view's files in a meta tag (vite.config.ts);
// the overview needs none of them and fetches nothing here. No imports, so
// the build keeps the main bundle in one piece.
//
// It also loads the locale data the first render formats and sorts with.
// A page's first Intl.NumberFormat or Intl.Collator costs 30–50 ms at desktop
// speed (four times that at 4× CPU): the browser loads its Unicode data for
// the locale, once per page, and later formatters of the locale reuse it.
// Here that happens while the main bundle is still downloading and
// compiling, when the main thread would otherwise wait, instead of in the
// main bundle's first run and render.

const VIEW_CODE_META = "zhibiao-view-code";

const params = new URLSearchParams(location.search);
const view = params.get("view");
const listed = document.querySelector(`meta[name="${VIEW_CODE_META}"]`)?.getAttribute("content");
if (view && listed) {
  const files: unknown = (JSON.parse(listed) as Record<string, unknown>)[view];
  if (Array.isArray(files)) {
    for (const file of files) {
      if (typeof file !== "string" || !/^\/assets\/[\w.-]+\.js$/u.test(file)) continue;
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.crossOrigin = "";
      link.href = file;
      document.head.append(link);
    }
  }
}

// After the preloads, which should not wait for it. The same locales as
// src/app/format/locale.ts and compare-zh.ts: numbers in the page's
// language, names sorted in Chinese.
new Intl.NumberFormat(params.get("lang") === "en" ? "en-GB" : "zh-CN", { notation: "compact" }).format(1);
new Intl.Collator("zh-CN").compare("", "");
