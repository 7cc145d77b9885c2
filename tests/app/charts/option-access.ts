import type { ChartOption } from "../../../src/app/charts/chart-option";

// Small readers for builder output, so tests say what they check rather than how to dig for it.

export interface SeriesView {
  type: string;
  name: string;
  values: (number | null)[];
  data: Record<string, unknown>[];
  label: { show?: boolean; formatter?: (p: { dataIndex: number }) => string };
}

export function seriesOf(option: ChartOption): SeriesView[] {
  const list = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return list.map((s) => {
    const data = ((s as { data?: unknown[] }).data ?? []) as Record<string, unknown>[];
    return {
      type: String(s.type),
      name: String(s.name ?? ""),
      values: data.map((d) => (d && typeof d.value === "number" ? d.value : null)),
      data,
      label: ((s as { label?: unknown }).label ?? {}) as SeriesView["label"],
    };
  });
}

export function categoriesOf(option: ChartOption): string[] {
  for (const axis of [option.xAxis, option.yAxis]) {
    const a = (Array.isArray(axis) ? axis[0] : axis) as { type?: string; data?: string[] } | undefined;
    if (a?.type === "category") return a.data ?? [];
  }
  return [];
}

export function valueAxisOf(option: ChartOption): { name?: string; inverse?: boolean } {
  for (const axis of [option.xAxis, option.yAxis]) {
    const a = (Array.isArray(axis) ? axis[0] : axis) as { type?: string; name?: string } | undefined;
    if (a?.type === "value") return a;
  }
  return {};
}

export function descriptionOf(option: ChartOption): string {
  const aria = (Array.isArray(option.aria) ? option.aria[0] : option.aria) as
    | { enabled?: boolean; label?: { description?: string } }
    | undefined;
  return aria?.enabled ? (aria.label?.description ?? "") : "";
}

export function tooltipOf(option: ChartOption, dataIndex: number, seriesCount: number): string {
  const tooltip = (Array.isArray(option.tooltip) ? option.tooltip[0] : option.tooltip) as {
    formatter?: (p: unknown) => string;
  };
  const params = Array.from({ length: seriesCount }, (_, i) => ({ dataIndex, seriesIndex: i, marker: "" }));
  return tooltip.formatter?.(params) ?? "";
}
