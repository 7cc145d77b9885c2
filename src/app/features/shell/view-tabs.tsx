import { type KeyboardEvent, useRef } from "react";
import { t, VIEW_LABELS } from "../../i18n/messages";
import { type Lang, VIEWS, type ViewId } from "../../view-props";

interface ViewTabsProps {
  view: ViewId;
  lang: Lang;
  onChange: (view: ViewId) => void;
  /** The pointer is over a tab: a chance to start loading that view's code. */
  onIntent?: (view: ViewId) => void;
}

export function tabId(view: ViewId): string {
  return `tab-${view}`;
}
export function panelId(view: ViewId): string {
  return `panel-${view}`;
}

/**
 * WAI-ARIA tabs with automatic activation: arrow keys move between tabs and
 * show them, Home/End jump to the ends; only the active tab is in the tab order.
 */
export function ViewTabs({ view, lang, onChange, onIntent }: ViewTabsProps) {
  const refs = useRef<Partial<Record<ViewId, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const i = VIEWS.indexOf(view);
    let next: number | null = null;
    if (event.key === "ArrowRight") next = (i + 1) % VIEWS.length;
    else if (event.key === "ArrowLeft") next = (i - 1 + VIEWS.length) % VIEWS.length;
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = VIEWS.length - 1;
    if (next === null) return;
    event.preventDefault();
    const target = VIEWS[next] as ViewId;
    onChange(target);
    refs.current[target]?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={t(lang, "viewsLabel")}
      onKeyDown={onKeyDown}
      className="flex flex-wrap gap-x-1 border-b border-slate-300"
    >
      {VIEWS.map((v) => {
        const selected = v === view;
        return (
          <button
            key={v}
            ref={(el) => {
              refs.current[v] = el;
            }}
            type="button"
            role="tab"
            id={tabId(v)}
            aria-selected={selected}
            aria-controls={panelId(v)}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChange(v)}
            onPointerEnter={() => onIntent?.(v)}
            className={`shrink-0 rounded-t px-3 py-2 text-base whitespace-nowrap sm:px-4 ${
              selected
                ? "border-b-4 border-sky-800 font-semibold text-sky-900"
                : "border-b-4 border-transparent text-slate-700 hover:bg-slate-100"
            }`}
          >
            {VIEW_LABELS[v][lang]}
          </button>
        );
      })}
    </div>
  );
}
