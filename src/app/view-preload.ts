// A second, tiny entry of the build, run as soon as it is fetched: a link
// straight to a chart or table view starts fetching that view's code (with
// ECharts) alongside the main bundle, instead of after the main bundle has
// downloaded and run (~0.2 s at desktop speed, over a second on a slow
// phone). The build lists each view's files in a meta tag (vite.config.ts);
// the overview needs none of them and fetches nothing here. No imports, so
// the build keeps the main bundle in one piece.

const VIEW_CODE_META = "zhibiao-view-code";

const view = new URLSearchParams(location.search).get("view");
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
