import type { Lang } from "../view-props";

export interface DecalToggleProps {
  on: boolean;
  onChange: (on: boolean) => void;
  lang: Lang;
}

/** Switches decal patterns on every chart of a view, for readers who tell series apart better by texture. */
export function DecalToggle({ on, onChange, lang }: DecalToggleProps) {
  return (
    <button
      type="button"
      aria-pressed={on}
      className={`self-end rounded border px-3 py-1.5 text-sm ${on ? "border-blue-800 bg-blue-800 text-white" : "border-slate-300 bg-white text-slate-800"}`}
      onClick={() => onChange(!on)}
    >
      {lang === "zh" ? "图案填充" : "Patterns"}
    </button>
  );
}
