import { toSyllables } from "../../i18n/pinyin";

/** Lower-case keys a region name can be found by: the name, its pinyin, its pinyin initials. */
export interface SearchKeys {
  name: string;
  full: string;
  initials: string;
}

/** The name's keys; the pinyin keys stay empty until the dictionary has loaded (loadPinyin). */
export function searchKeysOf(name: string): SearchKeys {
  const syllables = toSyllables(name) ?? [];
  return {
    name: name.toLowerCase(),
    full: syllables.join("").toLowerCase(),
    initials: syllables
      .map((s) => s.charAt(0))
      .join("")
      .toLowerCase(),
  };
}

/** True when the query matches the name (Chinese), the full pinyin, or the initials ("tys" → 太原市). */
export function matchesRegion(keys: SearchKeys, query: string): boolean {
  const q = query.trim().toLowerCase().replace(/\s+/gu, "");
  if (q.length === 0) return true;
  return keys.name.includes(q) || keys.full.includes(q) || keys.initials.includes(q);
}
