// Colours per node kind and relation kind, and node size by degree: the legend and the renderer read the same tables.
import type { EdgeKind, NodeKind } from "../../../model/index.js";

/** Colour-blind-friendly enough (Tableau 10), one per kind, stable across runs. */
export const NODE_COLORS: Record<NodeKind, string> = {
  Study: "#4e79a7",
  City: "#e15759",
  Province: "#f28e2b",
  Country: "#76b7b2",
  Organization: "#59a14f",
  Project: "#edc948",
  Person: "#b07aa1",
  Theory: "#ff9da7",
  Method: "#9c755f",
  Concept: "#8c8c8c",
};

export const EDGE_COLORS: Record<EdgeKind, string> = {
  SISTER_CITY_OF: "#d62728",
  COOPERATES_WITH: "#1f77b4",
  LOCATED_IN: "#17becf",
  PART_OF: "#2ca02c",
  FUNDS: "#bcbd22",
  PARTICIPATES_IN: "#ff7f0e",
  FOCUSES_ON: "#9467bd",
  AUTHORED: "#8c564b",
  APPLIES: "#e377c2",
  PROPOSED_BY: "#7f7f7f",
  MENTIONS: "#c7c7c7",
};

export const FADED_NODE_COLOR = "#e4e4e4";
export const FADED_EDGE_COLOR = "#f0f0f0";

/**
 * Size grows with the square root of degree so hubs stand out without hiding their neighbours; graphs of more than
 * 500 nodes get smaller discs (down to a third), or they would cover one another at the first view.
 */
export function nodeSize(degree: number, order = 0): number {
  const scale = order > 500 ? Math.max(0.35, Math.sqrt(500 / order)) : 1;
  return scale * Math.min(24, 4 + 2.2 * Math.sqrt(degree));
}

export function edgeSize(kind: EdgeKind): number {
  return kind === "SISTER_CITY_OF" ? 3 : kind === "COOPERATES_WITH" ? 2.5 : kind === "MENTIONS" ? 1 : 1.5;
}
