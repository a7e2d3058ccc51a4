// Search over node labels and aliases (Indonesian and English names alike), accent- and case-insensitive.
import { foldText, type NodeKind } from "../../../model/index.js";
import type { Dataset } from "../graph/dataset.js";
import { displayLabel } from "../i18n/names.js";

export interface SearchEntry {
  node: string;
  kind: NodeKind;
  label: string;
  /** The name that matched: the label or one of the aliases. */
  name: string;
  normalized: string;
  degree: number;
}

export interface Suggestion {
  node: string;
  kind: NodeKind;
  label: string;
  /** Set when an alias matched rather than the label, to show why the node is suggested. */
  via?: string;
}

/** The model's `foldText` and white space folded; dashes and punctuation stay, for `matchRank` to split words on. */
export function normalize(text: string): string {
  return foldText(text).replace(/\s+/g, " ").trim();
}

export function buildSearchIndex(dataset: Dataset): SearchEntry[] {
  const entries: SearchEntry[] = [];
  dataset.graph.forEachNode((node, attrs) => {
    const degree = dataset.graph.degree(node);
    // The Indonesian name the page shows ("Jerman") finds the node even when no study wrote it.
    const names = new Set([
      attrs.label,
      ...attrs.aliases,
      displayLabel(attrs, "id"),
      ...(attrs.kind === "Study" ? [attrs.title] : []),
    ]);
    for (const name of names)
      if (name) entries.push({ node, kind: attrs.kind, label: attrs.label, name, normalized: normalize(name), degree });
  });
  return entries;
}

/** Ranks exact names first, then prefixes, then word prefixes, then substrings; ties go to the better-connected node. */
export function suggest(
  index: readonly SearchEntry[],
  query: string,
  limit = 8,
  allowed?: ReadonlySet<string>,
): Suggestion[] {
  const q = normalize(query);
  if (!q) return [];
  const best = new Map<string, { entry: SearchEntry; rank: number }>();
  for (const entry of index) {
    if (allowed && !allowed.has(entry.node)) continue;
    const rank = matchRank(entry.normalized, q);
    if (rank < 0) continue;
    const prev = best.get(entry.node);
    const isLabel = entry.name === entry.label;
    if (!prev || rank < prev.rank || (rank === prev.rank && isLabel)) best.set(entry.node, { entry, rank });
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.entry.degree - a.entry.degree ||
        a.entry.label.localeCompare(b.entry.label) ||
        (a.entry.node < b.entry.node ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ entry }) => ({
      node: entry.node,
      kind: entry.kind,
      label: entry.label,
      ...(entry.name !== entry.label ? { via: entry.name } : {}),
    }));
}

function matchRank(name: string, q: string): number {
  if (name === q) return 0;
  if (name.startsWith(q)) return 1;
  if (name.split(/[\s\-–,.()/]+/).some((w) => w.startsWith(q))) return 2;
  if (name.includes(q)) return 3;
  return -1;
}
