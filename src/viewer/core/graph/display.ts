// The drawn graph, derived from the dataset: positions (layout or map), colours, sizes and curves. Never stored twice.
import Graph from "graphology";
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from "@sigma/edge-curve";
import type { GeoProjection } from "d3-geo";
import type { EdgeKind, NodeKind } from "../../../model/index.js";
import { EDGE_COLORS, NODE_COLORS, edgeSize, nodeSize } from "../appearance/palette.js";
import { projectPoint } from "../map/projection.js";
import { isPlace, type DataGraph } from "./dataset.js";

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
}

export interface DisplayEdge {
  size: number;
  color: string;
  kind: EdgeKind;
  type: "line" | "curved";
  curvature: number;
  parallelIndex?: number | null;
  parallelMaxIndex?: number | null;
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

/** Canvas labels are cut short (study titles run long); the panel and the search show the whole label. */
export function shortLabel(label: string, max = 42): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** Curvature for the i-th of several parallel edges (from @sigma/edge-curve's parallel edges example). */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * Graph mode draws every node at its stored layout position. Map mode keeps only places with coordinates and the
 * relations between them, sister-city links drawn as arcs.
 */
export function buildDisplayGraph(data: DataGraph, mode: "graph" | "map", projection?: GeoProjection): DisplayGraph {
  const display: DisplayGraph = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  data.forEachNode((key, attrs) => {
    let position = { x: attrs.x, y: attrs.y };
    if (mode === "map") {
      if (!projection || !isPlace(attrs)) return;
      position = projectPoint(projection, attrs.lon, attrs.lat);
    }
    display.addNode(key, {
      ...position,
      size: nodeSize(data.degree(key)),
      color: NODE_COLORS[attrs.kind],
      label: shortLabel(attrs.label),
      kind: attrs.kind,
    });
  });
  data.forEachEdge((key, attrs, source, target) => {
    if (!display.hasNode(source) || !display.hasNode(target)) return;
    const arc = mode === "map" && (attrs.kind === "SISTER_CITY_OF" || attrs.kind === "COOPERATES_WITH");
    display.addEdgeWithKey(key, source, target, {
      size: edgeSize(attrs.kind),
      color: EDGE_COLORS[attrs.kind],
      kind: attrs.kind,
      type: arc ? "curved" : "line",
      curvature: arc ? 0.35 : 0,
    });
  });
  indexParallelEdgesIndex(display as unknown as Graph, {
    edgeIndexAttribute: "parallelIndex",
    edgeMaxIndexAttribute: "parallelMaxIndex",
  });
  display.forEachEdge((edge, attrs) => {
    if (typeof attrs.parallelIndex === "number" && typeof attrs.parallelMaxIndex === "number") {
      display.mergeEdgeAttributes(edge, {
        type: "curved",
        curvature: (attrs.curvature || 0) + parallelCurvature(attrs.parallelIndex, attrs.parallelMaxIndex),
      });
    }
  });
  return display;
}
