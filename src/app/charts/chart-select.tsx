import { useId } from "react";

export interface ChartSelectProps<T extends string> {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A labelled native select: keyboard-operable and readable by screen readers as it is. */
export function ChartSelect<T extends string>({ label, value, options, onChange }: ChartSelectProps<T>) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        className="min-w-0 max-w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-slate-900"
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
