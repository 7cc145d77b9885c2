import type { Lang } from "../../view-props";

// The export menus' own words, kept beside them so the feature stays
// self-contained; the rest of the app's strings live in i18n/messages.ts.
const zh = {
  imageMenu: "导出图表",
  imageMenuLabel: "导出图表：{title}",
  png2: "PNG 2×",
  png3: "PNG 3×",
  svg: "SVG",
  slidePng: "幻灯片 {preset} PNG",
  slideSvg: "幻灯片 {preset} SVG",
  copy: "复制图片",
  dataMenu: "下载数据",
  csvView: "本视图 CSV（{n} 条）",
  csvAll: "全部数据 CSV（{n} 条）",
  zip: "ZIP：本视图 CSV + 说明 + Schema",
  json: "数据集 JSON",
  schema: "JSON Schema",
  working: "正在生成…",
  saved: "已下载 {file}",
  copied: "图片已复制到剪贴板",
  copyUnavailable: "此浏览器不能复制图片，请改用 PNG 下载",
  copyFailed: "复制失败（浏览器拒绝了剪贴板），请改用 PNG 下载",
  failed: "导出失败：{reason}",
  notReady: "图表尚未绘制完成",
} as const;

type ExportMessageKey = keyof typeof zh;

const en: Record<ExportMessageKey, string> = {
  imageMenu: "Export chart",
  imageMenuLabel: "Export chart: {title}",
  png2: "PNG 2×",
  png3: "PNG 3×",
  svg: "SVG",
  slidePng: "Slide {preset} PNG",
  slideSvg: "Slide {preset} SVG",
  copy: "Copy image",
  dataMenu: "Download data",
  csvView: "CSV of this view ({n} rows)",
  csvAll: "CSV of all data ({n} rows)",
  zip: "ZIP: view CSV + codebook + schema",
  json: "Dataset JSON",
  schema: "JSON Schema",
  working: "Preparing…",
  saved: "Downloaded {file}",
  copied: "Image copied to the clipboard",
  copyUnavailable: "This browser cannot copy images; download the PNG instead",
  copyFailed: "Copy failed (the browser refused the clipboard); download the PNG instead",
  failed: "Export failed: {reason}",
  notReady: "The chart has not finished drawing",
};

const MESSAGES: Record<Lang, Record<ExportMessageKey, string>> = { zh, en };

export function exportLabel(lang: Lang, key: ExportMessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(?<name>\w+)\}/gu, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
