import { useCallback, useEffect, useState } from "react";
import { type AppState, parseUrlState, serializeUrlState } from "./url-state";

export interface SetStateOptions {
  /** Replace the history entry instead of adding one (e.g. while typing). */
  replace?: boolean;
}

/**
 * App state mirrored in the URL: every change pushes a history entry, and
 * back/forward (popstate) restore the state they point at.
 */
export function useUrlState(): [AppState, (next: AppState, options?: SetStateOptions) => void] {
  const [state, setLocal] = useState<AppState>(() => parseUrlState(window.location.search));

  useEffect(() => {
    const onPop = () => setLocal(parseUrlState(window.location.search));
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const setState = useCallback((next: AppState, options: SetStateOptions = {}) => {
    const search = serializeUrlState(next);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (search !== window.location.search) {
      if (options.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    }
    setLocal(next);
  }, []);

  return [state, setState];
}
