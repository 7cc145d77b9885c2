import type { Lang } from "../view-props";

/** Placeholder while a chart view's code loads: the shape of two chart cards, announced politely. */
export function ChartViewFallback({ lang }: { lang: Lang }) {
  return (
    <div className="flex flex-col gap-4" role="status" aria-live="polite">
      <span className="sr-only">{lang === "zh" ? "正在加载图表…" : "Loading charts…"}</span>
      <div className="h-[380px] animate-pulse rounded-lg border border-slate-200 bg-slate-100" />
      <div className="h-[380px] animate-pulse rounded-lg border border-slate-200 bg-slate-100" />
    </div>
  );
}
