/**
 * What a chart says about itself, drawn inside the chart so that an exported
 * image carries it: title, subtitle (region, period, filters), unit, the
 * source line and a footer (dataset date, product name).
 */
export interface ChartContext {
  title: string;
  subtitle?: string;
  /** Unit of the value axis, e.g. "亿元" or "%"; shown as the axis name by the builders. */
  unit?: string;
  /** "数据来源：据 N 篇报道整理 — 太原日报 2022-02-27 …" */
  source?: string;
  /** "指标 zhibiao · 数据集 2026-11-28" */
  footer?: string;
}
