// Filters: which node kinds, relation kinds, studies and years are shown, and the visible sets derived from them.
import {
  EDGE_KINDS,
  NODE_KINDS,
  type EdgeKind,
  type Evidence,
  type NodeKind,
  type Period,
} from "../../../model/index.js";
import type { Dataset } from "../graph/dataset.js";

export interface Filters {
  hiddenNodeKinds: ReadonlySet<NodeKind>;
  hiddenEdgeKinds: ReadonlySet<EdgeKind>;
  hiddenStudies: ReadonlySet<string>;
  /** Years to keep; null keeps every study, including those without a period. */
  period: Period | null;
}

export const NO_FILTERS: Filters = {
  hiddenNodeKinds: new Set(),
  hiddenEdgeKinds: new Set(),
  hiddenStudies: new Set(),
  period: null,
};

export interface Count {
  visible: number;
  total: number;
}

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Studies whose facts are shown (not hidden, and inside the period). */
  activeStudies: ReadonlySet<string>;
  nodeCounts: Record<NodeKind, Count>;
  edgeCounts: Record<EdgeKind, Count>;
  studyCounts: Map<string, Count>;
}

function overlaps(a: Period, b: Period): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenNodeKinds.size > 0 ||
    filters.hiddenEdgeKinds.size > 0 ||
    filters.hiddenStudies.size > 0 ||
    filters.period !== null
  );
}

/**
 * A fact is shown when one of its sources is an active study; a study without a period is left out as soon as a
 * period is chosen, since nothing says it covers those years. Edges also need both ends shown.
 */
export function computeVisibility(dataset: Dataset, filters: Filters): Visibility {
  const { graph } = dataset;
  const activeStudies = new Set<string>();
  for (const s of dataset.studies) {
    if (filters.hiddenStudies.has(s.key)) continue;
    if (filters.period && !(s.period && overlaps(s.period, filters.period))) continue;
    activeStudies.add(s.key);
  }
  const sourced = (evidence: Evidence[]) => evidence.length === 0 || evidence.some((e) => activeStudies.has(e.study));
  const nodeCounts = zeroCounts(NODE_KINDS);
  const edgeCounts = zeroCounts(EDGE_KINDS);
  const studyCounts = new Map<string, Count>(dataset.studies.map((s) => [s.key, { visible: 0, total: 0 }]));
  const countStudies = (evidence: Evidence[], shown: boolean) => {
    for (const study of new Set(evidence.map((e) => e.study))) {
      const c = studyCounts.get(study);
      if (!c) continue;
      c.total++;
      if (shown) c.visible++;
    }
  };

  const nodes = new Set<string>();
  graph.forEachNode((key, attrs) => {
    const shown =
      !filters.hiddenNodeKinds.has(attrs.kind) &&
      (attrs.kind === "Study" ? activeStudies.has(key) : sourced(attrs.evidence));
    if (shown) nodes.add(key);
    nodeCounts[attrs.kind].total++;
    if (shown) nodeCounts[attrs.kind].visible++;
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, attrs, source, target) => {
    const shown =
      !filters.hiddenEdgeKinds.has(attrs.kind) &&
      nodes.has(source) &&
      nodes.has(target) &&
      attrs.evidence.some((e) => activeStudies.has(e.study)) &&
      !(filters.period && attrs.period && !overlaps(attrs.period, filters.period));
    if (shown) edges.add(key);
    edgeCounts[attrs.kind].total++;
    if (shown) edgeCounts[attrs.kind].visible++;
    countStudies(attrs.evidence, shown);
  });
  return { nodes, edges, activeStudies, nodeCounts, edgeCounts, studyCounts };
}

/** The visible sets of the latest filters, computed again only when the store holds a new filters object. */
export function visibilityOf(dataset: Dataset): (filters: Filters) => Visibility {
  let last: { filters: Filters; visibility: Visibility } | null = null;
  return (filters) => {
    if (last?.filters !== filters) last = { filters, visibility: computeVisibility(dataset, filters) };
    return last.visibility;
  };
}

function zeroCounts<K extends string>(kinds: readonly K[]): Record<K, Count> {
  return Object.fromEntries(kinds.map((k) => [k, { visible: 0, total: 0 }])) as Record<K, Count>;
}
