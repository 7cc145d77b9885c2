import { useState } from "react";
import type { ChartHandle } from "../../charts/chart-toolbar-context";
import { copyImage } from "../../charts/export/copy-image";
import type { Lang } from "../../view-props";
import type { ChartDownloadKind } from "./chart-download";
import { ExportButton, ExportDisclosure } from "./export-disclosure";
import { exportLabel } from "./export-labels";
import { saveFile } from "./save-file";

export interface ChartExportMenuProps {
  chart: ChartHandle;
  lang: Lang;
  /** Dataset date, for file names. */
  generatedAt: string;
}

const ITEMS: { kind: ChartDownloadKind; label: (lang: Lang) => string }[] = [
  { kind: "png2", label: (l) => exportLabel(l, "png2") },
  { kind: "png3", label: (l) => exportLabel(l, "png3") },
  { kind: "svg", label: (l) => exportLabel(l, "svg") },
  { kind: "png-16:9", label: (l) => exportLabel(l, "slidePng", { preset: "16:9" }) },
  { kind: "svg-16:9", label: (l) => exportLabel(l, "slideSvg", { preset: "16:9" }) },
  { kind: "png-4:3", label: (l) => exportLabel(l, "slidePng", { preset: "4:3" }) },
  { kind: "svg-4:3", label: (l) => exportLabel(l, "slideSvg", { preset: "4:3" }) },
];

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The image menu beside a chart. The export code (SVG handling,
 * rasterising) loads on the first click, not with the page.
 */
export function ChartExportMenu({ chart, lang, generatedAt }: ChartExportMenuProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (kind: ChartDownloadKind) => {
    if (!chart.instance) {
      setStatus(exportLabel(lang, "notReady"));
      return;
    }
    setBusy(true);
    setStatus(exportLabel(lang, "working"));
    try {
      const { buildChartDownload } = await import("./chart-download");
      const file = await buildChartDownload(kind, chart, generatedAt);
      saveFile(file.content, file.fileName);
      setStatus(exportLabel(lang, "saved", { file: file.fileName }));
    } catch (error) {
      setStatus(exportLabel(lang, "failed", { reason: reason(error) }));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    // The PNG is promised at once so the clipboard write starts inside the click.
    const outcome = await copyImage(() =>
      import("./chart-download")
        .then(({ buildChartDownload }) => buildChartDownload("png2", chart, generatedAt))
        .then((file) => file.content),
    );
    const key = outcome === "copied" ? "copied" : outcome === "unavailable" ? "copyUnavailable" : "copyFailed";
    setStatus(exportLabel(lang, key));
  };

  return (
    <ExportDisclosure
      summary={exportLabel(lang, "imageMenu")}
      label={exportLabel(lang, "imageMenuLabel", { title: chart.context.title })}
      status={status}
      testId={`chart-export-${chart.chartId}`}
    >
      {ITEMS.map((item) => (
        <ExportButton key={item.kind} action={item.kind} disabled={busy} onClick={() => void download(item.kind)}>
          {item.label(lang)}
        </ExportButton>
      ))}
      <ExportButton action="copy" disabled={busy} onClick={() => void copy()}>
        {exportLabel(lang, "copy")}
      </ExportButton>
    </ExportDisclosure>
  );
}
