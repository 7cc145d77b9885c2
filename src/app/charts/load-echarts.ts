import { useEffect, useState } from "react";

// ECharts is the largest chunk a chart view needs and the last to arrive
// (its download, then its compile). The views' own code does not import it,
// so a view renders, lays out and measures its chart texts while ECharts is
// still on its way, and only the charts' drawing waits for it.

/** What the charts call on ECharts once it is in. */
export type EchartsCore = typeof import("./register-echarts");

let core: EchartsCore | null = null;
let loading: Promise<EchartsCore> | undefined;

/** Starts loading ECharts (idempotent); resolves with its core once the charts it draws are installed. */
export function loadEcharts(): Promise<EchartsCore> {
  loading ??= import("./register-echarts").then(
    (m) => {
      core = m;
      return m;
    },
    (error: unknown) => {
      // A failed download is tried again by the next chart that asks.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * ECharts' core once loaded, else null (and loading starts). A failed
 * download fails the render, as a view's own code failing to load does.
 */
export function useEcharts(): EchartsCore | null {
  const [lib, setLib] = useState<EchartsCore | null>(core);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (lib) return;
    let live = true;
    loadEcharts().then(
      (m) => {
        if (live) setLib(m);
      },
      (e: unknown) => {
        if (live) setError(e ?? new Error("ECharts failed to load"));
      },
    );
    return () => {
      live = false;
    };
  }, [lib]);
  if (error) throw error;
  return lib;
}
