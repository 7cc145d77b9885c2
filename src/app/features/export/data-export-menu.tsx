import { useState } from "react";
import type { Dataset, IndicatorRecord } from "../../../schema/dataset";
import type { Filters, Lang } from "../../view-props";
import type { DataDownloadKind } from "./data-download";
import { ExportButton, ExportDisclosure } from "./export-disclosure";
import { exportLabel } from "./export-labels";
import { saveFile } from "./save-file";

export interface DataExportMenuProps {
  dataset: Dataset;
  /** Exactly the records the current view shows. */
  records: readonly IndicatorRecord[];
  filters: Filters;
  lang: Lang;
}

/**
 * "Download data" for the current view and the whole dataset. papaparse and
 * fflate load on the first click (dynamic import), never with the page.
 */
export function DataExportMenu({ dataset, records, filters, lang }: DataExportMenuProps) {
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async (kind: DataDownloadKind) => {
    setBusy(true);
    setStatus(exportLabel(lang, "working"));
    try {
      const { buildDataDownload, fetchPublished } = await import("./data-download");
      const file = await buildDataDownload(kind, { dataset, records, filters, lang, fetchText: fetchPublished });
      saveFile(file.content, file.fileName);
      setStatus(exportLabel(lang, "saved", { file: file.fileName }));
    } catch (error) {
      setStatus(exportLabel(lang, "failed", { reason: error instanceof Error ? error.message : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const items: { kind: DataDownloadKind; label: string }[] = [
    { kind: "csv-view", label: exportLabel(lang, "csvView", { n: records.length }) },
    { kind: "csv-all", label: exportLabel(lang, "csvAll", { n: dataset.records.length }) },
    { kind: "zip", label: exportLabel(lang, "zip") },
    { kind: "json", label: exportLabel(lang, "json") },
    { kind: "schema", label: exportLabel(lang, "schema") },
  ];

  return (
    <ExportDisclosure summary={exportLabel(lang, "dataMenu")} status={status} testId="data-export">
      {items.map((item) => (
        <ExportButton key={item.kind} action={item.kind} disabled={busy} onClick={() => void download(item.kind)}>
          {item.label}
        </ExportButton>
      ))}
    </ExportDisclosure>
  );
}
