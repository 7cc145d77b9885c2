import { useId } from "react";

export interface ChartSegmentedProps<T extends string> {
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A group of native radio buttons styled as segments: arrow keys move between them, as screen readers expect. */
export function ChartSegmented<T extends string>({ legend, value, options, onChange }: ChartSegmentedProps<T>) {
  const name = useId();
  return (
    <fieldset className="flex min-w-0 flex-col gap-1 text-sm">
      <legend className="mb-1 font-medium text-slate-700">{legend}</legend>
      <div className="flex flex-wrap gap-1">
        {options.map((o) => (
          <label
            key={o.value}
            className={`cursor-pointer rounded border px-3 py-1.5 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[#0b5cad] ${o.value === value ? "border-blue-800 bg-blue-800 text-white" : "border-slate-300 bg-white text-slate-800"}`}
          >
            <input
              type="radio"
              className="sr-only"
              name={name}
              value={o.value}
              checked={o.value === value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
