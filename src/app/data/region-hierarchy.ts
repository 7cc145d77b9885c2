import type { IndicatorRecord, Region } from "../../schema/dataset";
import type { RegionLevel } from "../../schema/vocabulary";
import { compareZh } from "../format/compare-zh";
import { PROVINCE_NAMES } from "./province-names";

/** A region as the filter sees it: keyed by its code, or by its name for zones. */
export interface RegionNode {
  key: string;
  name: string;
  code: string | null;
  level: RegionLevel;
  parent: string | null;
  children: string[];
  /** Records about this region itself (not its descendants). */
  recordCount: number;
  /** False for ancestors added only to group their children. */
  inData: boolean;
}

export interface RegionTree {
  nodes: ReadonlyMap<string, RegionNode>;
  /** Top-level keys (countries, provinces, orphan zones), ordered by code then name. */
  roots: readonly string[];
}

export function regionKey(region: Region): string {
  return region.code ?? region.name;
}

/** Province code of a division code: first two digits + "0000". */
export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/** Prefecture code of a division code: first four digits + "00". */
export function prefectureCodeOf(code: string): string {
  return `${code.slice(0, 4)}00`;
}

function compareNodes(a: RegionNode, b: RegionNode): number {
  // Division codes are six digits: plain string order is numeric order.
  if (a.code && b.code) return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  if (a.code) return -1;
  if (b.code) return 1;
  return compareZh(a.name, b.name);
}

/**
 * Builds the province → prefecture → county / zone tree from the codes in the
 * data. Zones have no code, so a zone is placed under the province that the
 * other records of its source documents most often name.
 */
export function buildRegionTree(records: readonly IndicatorRecord[]): RegionTree {
  const nodes = new Map<string, RegionNode>();
  const zoneDocs = new Map<string, Set<string>>();
  // Records that share a region object (a decoded compact dataset, where an
  // article's records follow each other) count into the node of the last
  // record while it repeats: one comparison instead of a key and a lookup.
  let lastRegion: Region | null = null;
  let lastNode: RegionNode | undefined;
  for (const r of records) {
    if (r.region === lastRegion && lastNode) lastNode.recordCount += 1;
    else {
      const key = regionKey(r.region);
      let node = nodes.get(key);
      if (node) node.recordCount += 1;
      else {
        node = {
          key,
          name: r.region.name,
          code: r.region.code,
          level: r.region.level,
          parent: null,
          children: [],
          recordCount: 1,
          inData: true,
        };
        nodes.set(key, node);
      }
      lastRegion = r.region;
      lastNode = node;
    }
    if (r.region.code === null) {
      const key = lastNode.key;
      const docs = zoneDocs.get(key) ?? new Set<string>();
      docs.add(r.source.document);
      zoneDocs.set(key, docs);
    }
  }

  // Provinces named per document, for placing zones: only documents that
  // name a zone need them (counting every record's cost most of the build).
  const docProvinces = new Map<string, Map<string, number>>();
  for (const docs of zoneDocs.values()) for (const doc of docs) docProvinces.set(doc, new Map());
  // One province string per division code: the same code recurs in
  // thousands of records of a large dataset.
  const provinceOfCode = new Map<string, string>();
  if (docProvinces.size > 0) {
    for (const r of records) {
      const code = r.region.code;
      if (code === null || r.region.level === "country") continue;
      const counts = docProvinces.get(r.source.document);
      if (!counts) continue;
      let p = provinceOfCode.get(code);
      if (p === undefined) {
        p = provinceCodeOf(code);
        provinceOfCode.set(code, p);
      }
      counts.set(p, (counts.get(p) ?? 0) + 1);
    }
  }

  const ensureProvince = (code: string): string | null => {
    if (nodes.has(code)) return code;
    const known = PROVINCE_NAMES[code];
    if (!known) return null;
    nodes.set(code, {
      key: code,
      name: known.zh,
      code,
      level: "province",
      parent: null,
      children: [],
      recordCount: 0,
      inData: false,
    });
    return code;
  };

  for (const node of [...nodes.values()]) {
    if (!node.inData) continue;
    if (node.code !== null) {
      if (node.level === "country" || node.level === "province") continue;
      const prefecture = prefectureCodeOf(node.code);
      if (node.level === "county" && prefecture !== node.code && nodes.get(prefecture)?.inData) {
        node.parent = prefecture;
      } else {
        node.parent = ensureProvince(provinceCodeOf(node.code));
      }
    } else {
      const totals = new Map<string, number>();
      for (const doc of zoneDocs.get(node.key) ?? []) {
        for (const [p, n] of docProvinces.get(doc) ?? []) totals.set(p, (totals.get(p) ?? 0) + n);
      }
      const best = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
      node.parent = best ? ensureProvince(best[0]) : null;
    }
  }

  const roots: string[] = [];
  for (const node of nodes.values()) {
    if (node.parent) nodes.get(node.parent)?.children.push(node.key);
    else roots.push(node.key);
  }
  const byKey = (a: string, b: string) => {
    const na = nodes.get(a);
    const nb = nodes.get(b);
    return na && nb ? compareNodes(na, nb) : 0;
  };
  for (const node of nodes.values()) node.children.sort(byKey);
  roots.sort(byKey);
  return { nodes, roots };
}

/** The key itself and every key below it. */
export function descendantsOf(tree: RegionTree, key: string): string[] {
  const out: string[] = [];
  const stack = [key];
  while (stack.length > 0) {
    const k = stack.pop() as string;
    const node = tree.nodes.get(k);
    if (!node) continue;
    out.push(k);
    stack.push(...node.children);
  }
  return out;
}

/** Depth of a node (0 for roots), for indenting the picker. */
export function depthOf(tree: RegionTree, key: string): number {
  let depth = 0;
  let node = tree.nodes.get(key);
  while (node?.parent) {
    depth += 1;
    node = tree.nodes.get(node.parent);
  }
  return depth;
}
