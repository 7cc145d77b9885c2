export interface MiniBar {
  key: string;
  label: string;
  value: number;
  /** The value as the reader should see it (unit and qualifier included). */
  text: string;
  color: string;
}

interface MiniBarChartProps {
  title: string;
  bars: readonly MiniBar[];
  chartId: string;
}

/**
 * A few horizontal bars beside their figures, for the overview's headline
 * comparisons. Drawn by the browser's own layout rather than ECharts, so the
 * landing view shows a chart without waiting for the charting library
 * (~200 KB gzip), which loads only with the chart views. Values are
 * non-negative and share one unit; the caller ensures both.
 */
export function MiniBarChart({ title, bars, chartId }: MiniBarChartProps) {
  const max = Math.max(0, ...bars.map((b) => b.value));
  return (
    <figure
      className="rounded-lg border border-slate-300 bg-white p-3 shadow-sm sm:p-4"
      data-chart-id={chartId}
      data-chart-ready="true"
    >
      <figcaption className="mb-2 text-sm font-semibold text-slate-800">{title}</figcaption>
      <div className="grid grid-cols-[auto_minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1.5 text-sm">
        {bars.map((bar) => (
          <div key={bar.key} className="contents">
            <span className="text-slate-700">{bar.label}</span>
            <span className="block h-4 rounded-sm bg-slate-100" aria-hidden="true">
              <span
                className="block h-full rounded-sm"
                style={{ width: `${max > 0 ? (bar.value / max) * 100 : 0}%`, backgroundColor: bar.color }}
              />
            </span>
            <span className="text-right tabular-nums">{bar.text}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
