import { type ReactNode, useCallback } from "react";
import { type ChartHandle, ChartToolbarContext } from "../../charts/chart-toolbar-context";
import type { Lang } from "../../view-props";
import { ChartExportMenu } from "./chart-export-menu";

export interface ChartExportProviderProps {
  lang: Lang;
  /** Dataset date, for file names. */
  generatedAt: string;
  children: ReactNode;
}

/**
 * Puts the export menu beside every ChartCard below it, so views never wire
 * export themselves and no chart can be left without it.
 */
export function ChartExportProvider({ lang, generatedAt, children }: ChartExportProviderProps) {
  const render = useCallback(
    (chart: ChartHandle) => <ChartExportMenu chart={chart} lang={lang} generatedAt={generatedAt} />,
    [lang, generatedAt],
  );
  return <ChartToolbarContext.Provider value={render}>{children}</ChartToolbarContext.Provider>;
}
