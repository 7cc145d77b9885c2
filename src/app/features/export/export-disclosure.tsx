import { type ReactNode, useEffect, useId, useRef, useState } from "react";

export interface ExportDisclosureProps {
  /** Visible text of the toggle. */
  summary: string;
  /** Accessible name of the toggle when the visible text alone is ambiguous (several charts). */
  label?: string;
  /** Live message under the buttons: what was saved, or why not. */
  status: string | null;
  children: ReactNode;
  testId?: string;
}

/**
 * A native <details> menu: Enter/Space on the toggle opens it, Tab walks the
 * buttons, Escape closes it and returns focus to the toggle, a click outside
 * closes it. The status line sits beside the toggle (no layout shift) and
 * stays after the menu closes.
 */
export function ExportDisclosure({ summary, label, status, children, testId }: ExportDisclosureProps) {
  const ref = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  const statusId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      const details = ref.current;
      if (details && event.target instanceof Node && !details.contains(event.target)) details.open = false;
    };
    // Escape also works when focus has fallen back to the page (after a
    // download the browser may move it), as long as it is not in another widget.
    const onKey = (event: KeyboardEvent) => {
      const details = ref.current;
      const active = document.activeElement;
      if (event.key !== "Escape" || !details?.open) return;
      if (active && active !== document.body && !details.contains(active)) return;
      details.open = false;
      details.querySelector("summary")?.focus();
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div className="relative inline-flex flex-row-reverse items-center gap-2">
      <details ref={ref} className="group" data-testid={testId} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary
          className="cursor-pointer list-none rounded border border-slate-400 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 select-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-700"
          aria-label={label}
          aria-describedby={status ? statusId : undefined}
        >
          {summary} <span aria-hidden="true">▾</span>
        </summary>
        <div className="absolute right-0 z-20 mt-1 flex min-w-44 flex-col gap-1 rounded-md border border-slate-300 bg-white p-2 shadow-lg">
          {children}
        </div>
      </details>
      <p
        id={statusId}
        role="status"
        className="max-w-[22rem] truncate text-xs text-slate-700"
        title={status ?? undefined}
      >
        {status ?? ""}
      </p>
    </div>
  );
}

export interface ExportButtonProps {
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
  action: string;
}

/**
 * A menu button. While an export runs it is aria-disabled rather than
 * disabled: a disabled button drops keyboard focus to the page.
 */
export function ExportButton({ onClick, disabled = false, children, action }: ExportButtonProps) {
  return (
    <button
      type="button"
      onClick={() => {
        if (!disabled) onClick();
      }}
      aria-disabled={disabled}
      data-export={action}
      className="rounded px-2 py-1 text-left text-sm whitespace-nowrap text-slate-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-sky-700 aria-disabled:opacity-50"
    >
      {children}
    </button>
  );
}
