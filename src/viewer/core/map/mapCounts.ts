// What the map draws of the shown graph, for the counter: only places with coordinates, and relations between them.
import type { KnowledgeGraph } from "../../../model/index.js";
import type { Count, Visibility } from "../filters/filters.js";
import { isPlace } from "../graph/dataset.js";

export interface MapCounts {
  /** Shown nodes the map draws, out of every node of the graph. */
  nodes: Count;
  /** Shown relations the map draws (both ends drawn), out of every relation. */
  edges: Count;
}

export function countOnMap(graph: KnowledgeGraph, visibility: Visibility): MapCounts {
  let nodes = 0;
  let edges = 0;
  graph.forEachNode((key, attrs) => {
    if (visibility.nodes.has(key) && isPlace(attrs)) nodes++;
  });
  graph.forEachEdge((key, _attrs, source, target, sourceAttrs, targetAttrs) => {
    if (visibility.edges.has(key) && isPlace(sourceAttrs) && isPlace(targetAttrs)) edges++;
  });
  return { nodes: { visible: nodes, total: graph.order }, edges: { visible: edges, total: graph.size } };
}
