import { useEffect, useSyncExternalStore } from "react";

// pinyin-pro carries its whole dictionary (~140 KB gzip), more than the rest
// of the first load together. Only English names and pinyin search need it,
// so it loads on demand and the callers re-render once it is there.

type PinyinFn = (text: string) => string[];

let loaded: PinyinFn | null = null;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Starts loading the dictionary (once); resolves when `toSyllables` works. */
export function loadPinyin(): Promise<void> {
  loading ??= import("pinyin-pro").then(({ pinyin }) => {
    loaded = (text) => pinyin(text, { toneType: "none", type: "array", v: false });
    for (const listener of listeners) listener();
  });
  return loading;
}

/** Toneless syllables of `text`, or null while the dictionary is not loaded yet. */
export function toSyllables(text: string): string[] | null {
  return loaded ? loaded(text) : null;
}

export function isPinyinLoaded(): boolean {
  return loaded !== null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once the dictionary is loaded; starts loading it as soon as `needed` is true. */
export function usePinyin(needed: boolean): boolean {
  const ready = useSyncExternalStore(subscribe, isPinyinLoaded, isPinyinLoaded);
  useEffect(() => {
    if (needed && !ready) void loadPinyin();
  }, [needed, ready]);
  return ready;
}
