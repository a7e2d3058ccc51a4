// sigma's node and edge reducers: a copy of the display data, faded or stood out by sets computed once per change.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Visibility } from "../filters/filters.js";
import type { KnowledgeGraph } from "../../../model/index.js";
import type { DisplayEdge, DisplayNode } from "../graph/display.js";
import { edgeKindName, type Lang } from "../i18n/messages.js";
import type { AppState, Selection } from "../state/state.js";
import { computeHighlight, type Highlight } from "./highlight.js";
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from "./palette.js";

/** What the reducers read; replaced as a whole on every state change, never computed inside a reducer. */
export interface RenderInput {
  visibility: Visibility;
  highlight: Highlight | null;
  selection: Selection;
  hoveredEdge: string | null;
  lang: Lang;
}

/** How many relations around a highlighted node are labelled with their kind. */
const MAX_EDGE_LABELS = 12;

/** The reducers' input for a state; `isDrawn` says which nodes the renderer draws (the map leaves some out). */
export function renderInput(
  graph: KnowledgeGraph,
  state: AppState,
  visibility: Visibility,
  isDrawn: (node: string) => boolean,
): RenderInput {
  return {
    visibility,
    highlight: computeHighlight(graph, state, visibility.edges, isDrawn),
    selection: state.selection,
    hoveredEdge: state.hoveredEdge,
    lang: state.lang,
  };
}

export function nodeReducer(input: RenderInput, node: string, data: DisplayNode): Partial<NodeDisplayData> {
  const res: Partial<NodeDisplayData> = { ...data };
  if (!input.visibility.nodes.has(node)) return { ...res, hidden: true };
  const { highlight, selection } = input;
  // Raised within the node's own layer, so a selected country on the map still stays under the cities.
  if (highlight) {
    if (highlight.nodes.has(node)) Object.assign(res, { zIndex: data.zIndex + 2, forceLabel: true });
    else Object.assign(res, { color: FADED_NODE_COLOR, label: null, zIndex: data.zIndex });
  }
  if (selection.type === "node" && selection.key === node)
    Object.assign(res, { highlighted: true, forceLabel: true, zIndex: data.zIndex + 3 });
  return res;
}

export function edgeReducer(input: RenderInput, edge: string, data: DisplayEdge): Partial<EdgeDisplayData> {
  const res: Partial<EdgeDisplayData> & { curvature?: number } = { ...data };
  if (!input.visibility.edges.has(edge)) return { ...res, hidden: true };
  const { highlight } = input;
  if (highlight) {
    if (highlight.edges.has(edge))
      Object.assign(res, {
        zIndex: 1,
        size: data.size * 1.6,
        // A hub's dozens of labels would hide each other; past a few, only the hovered relation says its kind.
        ...(highlight.edges.size <= MAX_EDGE_LABELS
          ? { label: edgeKindName(input.lang, data.kind), forceLabel: true }
          : {}),
      });
    else Object.assign(res, { color: FADED_EDGE_COLOR, zIndex: 0 });
  }
  if (input.hoveredEdge === edge) Object.assign(res, { label: edgeKindName(input.lang, data.kind), forceLabel: true });
  return res;
}
