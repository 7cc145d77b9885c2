import type { Lang } from "../view-props";

/** BCP 47 tag for Intl. English uses en-GB for its "bn"/"m" compact suffixes. */
export function intlLocale(lang: Lang): string {
  return lang === "zh" ? "zh-CN" : "en-GB";
}
