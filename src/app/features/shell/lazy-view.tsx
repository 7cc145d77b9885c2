import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode, Suspense, useState } from "react";

export interface LazyView<P extends object> {
  /** Starts loading the view's code (idempotent); resolves once it is ready to render. */
  load: () => Promise<unknown>;
  /** The view's component once its code is in, else null. */
  loaded: () => ComponentType<P> | null;
  /** The same component behind React.lazy, for a render before its code is in. */
  suspended: LazyExoticComponent<ComponentType<P>>;
}

/** A view whose code loads on demand; render it with LazyViewSlot. */
export function lazyView<P extends object>(importView: () => Promise<{ default: ComponentType<P> }>): LazyView<P> {
  let component: ComponentType<P> | null = null;
  const load = () =>
    importView().then((m) => {
      component = m.default;
      return m;
    });
  return { load, loaded: () => component, suspended: lazy(load) };
}

interface LazyViewSlotProps<P extends object> {
  view: LazyView<P>;
  props: P;
  fallback: ReactNode;
}

/**
 * Renders a lazily loaded view. Before its code is in, it suspends as
 * React.lazy does; after (fetched alongside the data, or on hovering its
 * tab) it renders at once. That matters more than it looks: React holds
 * back content revealed from a Suspense fallback for up to 300 ms, so going
 * through Suspense when nothing needs to wait delays the first chart.
 */
export function LazyViewSlot<P extends object>({ view, props, fallback }: LazyViewSlotProps<P>) {
  // Fixed for the life of this mount: switching between the two would remount the view and lose its state.
  const [Direct] = useState(view.loaded);
  if (Direct) return <Direct {...props} />;
  const Suspended = view.suspended;
  return (
    <Suspense fallback={fallback}>
      <Suspended {...props} />
    </Suspense>
  );
}
