import type { ChartOption } from "./chart-option";

/** Turns on ECharts' aria support with a description written for a screen reader. */
export function withAria(option: ChartOption, description: string): ChartOption {
  return { ...option, aria: { enabled: true, label: { enabled: true, description } } };
}
