import { type ReactNode, useEffect, useId, useRef, useState } from "react";

interface DropdownProps {
  label: string;
  summary: string;
  children: ReactNode;
  testId?: string;
}

/**
 * A disclosure button with a popover of native controls (checkboxes, search),
 * so every option is reachable by Tab and operable by Space. Escape and a
 * click outside close it; Escape returns focus to the button.
 */
export function Dropdown({ label, summary, children, testId }: DropdownProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener("mousedown", onDown);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("mousedown", onDown);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative" data-testid={testId}>
      <span className="block text-sm font-medium text-slate-700">{label}</span>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="mt-1 flex w-full min-w-40 items-center justify-between gap-2 rounded border border-slate-400 bg-white px-3 py-2 text-left"
      >
        <span className="truncate">{summary}</span>
        <span aria-hidden="true">{open ? "▴" : "▾"}</span>
      </button>
      {open && (
        <div
          id={panelId}
          className="absolute left-0 z-30 mt-1 max-h-96 w-[min(22rem,calc(100vw-2rem))] overflow-auto rounded border border-slate-400 bg-white p-2 shadow-lg"
        >
          {children}
        </div>
      )}
    </div>
  );
}
