import { useMemo, useState } from "react";
import { depthOf, type RegionTree } from "../../data/region-hierarchy";
import { t } from "../../i18n/messages";
import { loadPinyin, usePinyin } from "../../i18n/pinyin";
import { regionName } from "../../i18n/region-name";
import type { Lang } from "../../view-props";
import { Dropdown } from "./dropdown";
import { matchesRegion, type SearchKeys, searchKeysOf } from "./region-search";

interface RegionPickerProps {
  tree: RegionTree;
  selected: readonly string[];
  lang: Lang;
  onChange: (regions: string[]) => void;
}

interface Row {
  key: string;
  name: string;
  display: string;
  depth: number;
  count: number;
}

/** Region multi-select: the tree in order (province → prefecture → county / zone), searchable. */
export function RegionPicker({ tree, selected, lang, onChange }: RegionPickerProps) {
  const [query, setQuery] = useState("");
  const rows = useMemo<Row[]>(() => {
    const out: Row[] = [];
    const walk = (key: string) => {
      const node = tree.nodes.get(key);
      if (!node) return;
      out.push({
        key,
        name: node.name,
        display: regionName(node.name, node.level, lang),
        depth: depthOf(tree, key),
        count: node.recordCount,
      });
      for (const child of node.children) walk(child);
    };
    for (const root of tree.roots) walk(root);
    return out;
  }, [tree, lang]);

  // Search keys (pinyin of every region) only once someone searches; the
  // dictionary starts loading when the search box gets focus.
  const searching = query.trim().length > 0;
  const pinyinReady = usePinyin(searching);
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed when the dictionary arrives
  const keys = useMemo(
    () => (searching ? rows.map((r) => searchKeysOf(r.name)) : null),
    [rows, searching, pinyinReady],
  );
  const visible = keys ? rows.filter((_, i) => matchesRegion(keys[i] as SearchKeys, query)) : rows;
  const chosen = new Set(selected);
  const names = selected.map((k) => {
    const node = tree.nodes.get(k);
    return node ? regionName(node.name, node.level, lang) : k;
  });
  const summary =
    selected.length === 0
      ? t(lang, "all")
      : selected.length <= 2
        ? names.join("、")
        : t(lang, "selected", { n: selected.length });

  const toggle = (key: string) => onChange(chosen.has(key) ? selected.filter((k) => k !== key) : [...selected, key]);

  return (
    <Dropdown label={t(lang, "region")} summary={summary} testId="filter-region">
      <label className="block">
        <span className="sr-only">{t(lang, "regionSearch")}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onFocus={() => void loadPinyin()}
          placeholder={t(lang, "regionSearch")}
          className="w-full rounded border border-slate-400 px-2 py-1.5"
        />
      </label>
      <p className="mt-1 text-xs text-slate-600">{t(lang, "regionIncludesSub")}</p>
      <ul className="mt-2 space-y-0.5">
        {visible.map((r) => (
          <li key={r.key} style={{ paddingLeft: `${r.depth * 1.1}rem` }}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 hover:bg-slate-100">
              <input type="checkbox" checked={chosen.has(r.key)} onChange={() => toggle(r.key)} className="size-4" />
              <span>
                {lang === "en" && r.display !== r.name ? (
                  <>
                    {r.display} <span lang="zh-CN">{r.name}</span>
                  </>
                ) : (
                  r.name
                )}
              </span>
              {r.count > 0 && <span className="ml-auto text-xs text-slate-600">{r.count}</span>}
            </label>
          </li>
        ))}
        {visible.length === 0 && <li className="px-1 text-slate-600">{t(lang, "noMatches")}</li>}
      </ul>
    </Dropdown>
  );
}
