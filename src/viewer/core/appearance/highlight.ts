// Which nodes and edges stand out: the hovered or selected node with its neighbours, or one relation and its ends.
import type { AppState } from "../state/state.js";
import type { KnowledgeGraph } from "../../../model/index.js";

export interface Highlight {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * Computed once per state change and read by the reducers, so the reducers stay O(1) per item. Hover wins over the
 * selection; a selected relation highlights itself and its two ends. Null means nothing is faded.
 */
export function computeHighlight(
  graph: KnowledgeGraph,
  state: Pick<AppState, "hoveredNode" | "hoveredEdge" | "selection">,
  visibleEdges: ReadonlySet<string>,
  /** Whether a node is drawn (the map leaves some out): highlighting an undrawn node would only fade the others. */
  isDrawn: (node: string) => boolean = () => true,
): Highlight | null {
  const node =
    state.hoveredNode ?? (state.hoveredEdge ? null : state.selection.type === "node" ? state.selection.key : null);
  if (node && graph.hasNode(node) && isDrawn(node)) {
    const nodes = new Set([node]);
    const edges = new Set<string>();
    graph.forEachEdge(node, (edge, _attrs, source, target) => {
      if (!visibleEdges.has(edge)) return;
      edges.add(edge);
      nodes.add(source === node ? target : source);
    });
    return { nodes, edges };
  }
  const edge = state.hoveredEdge ?? (state.selection.type === "edge" ? state.selection.key : null);
  if (edge && graph.hasEdge(edge) && graph.extremities(edge).every(isDrawn))
    return { nodes: new Set(graph.extremities(edge)), edges: new Set([edge]) };
  return null;
}
