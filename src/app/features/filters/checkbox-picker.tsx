import { t } from "../../i18n/messages";
import type { Lang } from "../../view-props";
import { Dropdown } from "./dropdown";

export interface PickerOption {
  value: string;
  label: string;
  count?: number;
}

interface CheckboxPickerProps {
  label: string;
  options: readonly PickerOption[];
  selected: readonly string[];
  lang: Lang;
  onChange: (values: string[]) => void;
  testId?: string;
  note?: string;
}

export function CheckboxPicker({ label, options, selected, lang, onChange, testId, note }: CheckboxPickerProps) {
  const chosen = new Set(selected);
  const labels = options.filter((o) => chosen.has(o.value)).map((o) => o.label);
  const summary =
    selected.length === 0
      ? t(lang, "all")
      : selected.length <= 2
        ? labels.join("、")
        : t(lang, "selected", { n: selected.length });
  const toggle = (v: string) => onChange(chosen.has(v) ? selected.filter((s) => s !== v) : [...selected, v]);
  return (
    <Dropdown label={label} summary={summary} testId={testId}>
      {note && <p className="mb-2 text-xs text-slate-600">{note}</p>}
      <ul className="space-y-0.5">
        {options.map((o) => (
          <li key={o.value}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-100">
              <input
                type="checkbox"
                checked={chosen.has(o.value)}
                onChange={() => toggle(o.value)}
                className="size-4"
              />
              <span>{o.label}</span>
              {o.count !== undefined && <span className="ml-auto text-xs text-slate-600">{o.count}</span>}
            </label>
          </li>
        ))}
      </ul>
    </Dropdown>
  );
}
