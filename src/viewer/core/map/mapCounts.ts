// What the map draws of the shown graph, for the counter and the legend: only places with coordinates, and the
// relations between them. A study is never on the map: "Study 0/3" there.
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type KnowledgeGraph, type NodeKind } from "../../../model/index.js";
import type { Count, Visibility } from "../filters/filters.js";
import { isPlace } from "../graph/dataset.js";

/** Per kind, the shown nodes the map draws out of all, and the shown relations it draws (both ends drawn) out of all. */
export interface MapCounts {
  nodeCounts: Record<NodeKind, Count>;
  edgeCounts: Record<EdgeKind, Count>;
}

export function countOnMap(graph: KnowledgeGraph, visibility: Visibility): MapCounts {
  const nodeCounts = zeroCounts(NODE_KINDS);
  const edgeCounts = zeroCounts(EDGE_KINDS);
  graph.forEachNode((key, attrs) => {
    const drawn = visibility.nodes.has(key) && isPlace(attrs);
    nodeCounts[attrs.kind].total++;
    if (drawn) nodeCounts[attrs.kind].visible++;
  });
  graph.forEachEdge((key, attrs, _source, _target, sourceAttrs, targetAttrs) => {
    const drawn = visibility.edges.has(key) && isPlace(sourceAttrs) && isPlace(targetAttrs);
    edgeCounts[attrs.kind].total++;
    if (drawn) edgeCounts[attrs.kind].visible++;
  });
  return { nodeCounts, edgeCounts };
}

function zeroCounts<K extends string>(kinds: readonly K[]): Record<K, Count> {
  return Object.fromEntries(kinds.map((k) => [k, { visible: 0, total: 0 }])) as Record<K, Count>;
}
