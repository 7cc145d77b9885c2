import { type ComponentType, type ReactNode, useEffect, useState } from "react";

export interface LazyView<P extends object> {
  /** Starts loading the view's code (idempotent); resolves once it is ready to render. */
  load: () => Promise<unknown>;
  /** The view's component once its code is in, else null. */
  loaded: () => ComponentType<P> | null;
}

/** A view whose code loads on demand; render it with LazyViewSlot. */
export function lazyView<P extends object>(importView: () => Promise<{ default: ComponentType<P> }>): LazyView<P> {
  let component: ComponentType<P> | null = null;
  const load = () =>
    importView().then((m) => {
      component = m.default;
      return m;
    });
  return { load, loaded: () => component };
}

interface LazyViewSlotProps<P extends object> {
  view: LazyView<P>;
  props: P;
  fallback: ReactNode;
}

/**
 * Renders a lazily loaded view: `fallback` until its code is in, then the
 * view. Plain state rather than React.lazy and Suspense, for two reasons:
 * the rest of the page renders and paints while the view's code (ECharts)
 * is still downloading, and the view appears as soon as its code is in,
 * whereas React holds back content revealed from a Suspense fallback for up
 * to 300 ms.
 */
export function LazyViewSlot<P extends object>({ view, props, fallback }: LazyViewSlotProps<P>) {
  const [View, setView] = useState<ComponentType<P> | null>(view.loaded);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (View) return;
    let live = true;
    view.load().then(
      () => {
        if (live) setView(() => view.loaded());
      },
      (e: unknown) => {
        if (live) setError(e ?? new Error("view code failed to load"));
      },
    );
    return () => {
      live = false;
    };
  }, [view, View]);
  // A chunk that failed to load fails the render, as React.lazy did.
  if (error) throw error;
  return View ? <View {...props} /> : fallback;
}
