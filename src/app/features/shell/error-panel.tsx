import { DatasetLoadError } from "../../data/dataset-load-error";
import { t } from "../../i18n/messages";
import type { Lang } from "../../view-props";

interface ErrorPanelProps {
  error: unknown;
  lang: Lang;
  onRetry?: () => void;
}

function headline(error: DatasetLoadError, lang: Lang): string {
  switch (error.kind) {
    case "missing":
      return t(lang, "errorMissing");
    case "http":
      return t(lang, "errorHttp", { status: error.status ?? "?" });
    case "not-json":
      return t(lang, "errorNotJson");
    case "invalid":
      return t(lang, "errorInvalid");
    case "network":
      return t(lang, "errorNetwork");
  }
}

/** Says what is wrong with the dataset instead of drawing nothing or a wrong chart. */
export function ErrorPanel({ error, lang, onRetry }: ErrorPanelProps) {
  const known = error instanceof DatasetLoadError ? error : null;
  return (
    <section
      role="alert"
      data-testid="error-panel"
      className="mx-auto my-8 max-w-3xl rounded-lg border-2 border-red-700 bg-red-50 p-5 text-red-950"
    >
      <h2 className="text-xl font-semibold">{t(lang, "errorTitle")}</h2>
      <p className="mt-2">{known ? headline(known, lang) : String(error)}</p>
      {known && known.problems.length > 0 && (
        <ul className="mt-3 list-disc space-y-1 pl-6 font-mono text-sm break-words" data-testid="error-problems">
          {known.problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {known && <p className="mt-3 text-sm text-red-900">{t(lang, "errorFile", { url: known.url })}</p>}
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          className="mt-4 rounded border border-red-800 bg-white px-3 py-1.5 font-medium hover:bg-red-100"
        >
          {t(lang, "retry")}
        </button>
      )}
    </section>
  );
}
