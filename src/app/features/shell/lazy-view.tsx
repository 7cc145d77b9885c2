import { type ComponentType, lazy, type ReactNode, Suspense, useState } from "react";

export interface LazyView<P extends object> {
  /** Starts loading the view's code (idempotent); resolves once it is ready to render. */
  load: () => Promise<unknown>;
  /** Renders the view, with `fallback` while its code is still on its way. */
  View: (props: P & { fallback: ReactNode }) => ReactNode;
}

/**
 * A view whose code loads on demand. Rendered before its code is in, it
 * suspends like React.lazy; rendered after (the code was fetched alongside
 * the data, or on hovering its tab), it renders at once. That matters more
 * than it looks: React holds back content revealed from a Suspense fallback
 * for up to 300 ms, so going through Suspense when nothing needs to wait
 * would delay the first chart by that much.
 */
export function lazyView<P extends object>(importView: () => Promise<{ default: ComponentType<P> }>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  const load = () =>
    importView().then((m) => {
      loaded = m.default;
      return m;
    });
  const Suspended = lazy(load);
  function View({ fallback, ...props }: P & { fallback: ReactNode }) {
    // Fixed for the life of this mount: switching between the two would remount the view and lose its state.
    const [Direct] = useState(() => loaded);
    const viewProps = props as unknown as P;
    if (Direct) return <Direct {...viewProps} />;
    return (
      <Suspense fallback={fallback}>
        <Suspended {...viewProps} />
      </Suspense>
    );
  }
  return { load, View };
}
