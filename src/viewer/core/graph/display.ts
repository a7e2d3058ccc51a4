// The drawn graph, derived from the dataset: positions (layout or map), colours, sizes and curves. Never stored twice.
import Graph from "graphology";
import type { GeoProjection } from "d3-geo";
import { GRAPH_OPTIONS, isSymmetricEdgeKind, type EdgeKind, type NodeKind } from "../../../model/index.js";
import { labelPriority, labelRank, studyLabel } from "../appearance/labelPriority.js";
import { EDGE_COLORS, NODE_COLORS, edgeSize, nodeSize } from "../appearance/palette.js";
import { projectPoint } from "../map/projection.js";
import type { KnowledgeGraph } from "../../../model/index.js";
import { labelOf } from "../i18n/names.js";
import type { Lang } from "../i18n/messages.js";
import { isPlace } from "./dataset.js";

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
  /** The node's layer; the reducers raise it for the highlight, never above the next layer's. */
  zIndex: number;
  /** Which labels are drawn first when they compete for room (labelPriority). */
  labelPriority: number;
}

export interface DisplayEdge {
  size: number;
  color: string;
  kind: EdgeKind;
  type: "line" | "curved";
  curvature: number;
}

export type DisplayGraph = Graph<DisplayNode, DisplayEdge>;

/** Canvas labels are cut short (names of bodies run long); the panel and the search show the whole label. */
export function shortLabel(label: string, max = 42): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/** @sigma/edge-curve's DEFAULT_EDGE_CURVATURE; importing that package here would pull WebGL into the pure core. */
const BASE_CURVATURE = 0.25;

/** Curvature for the i-th of several parallel edges (as in @sigma/edge-curve's parallel edges example). */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/**
 * On the map a country marker sits under every city and province (the reducers' raise stays below this), and is
 * drawn smaller: Japan's marker is next to Tokyo and must neither hide it nor take its clicks.
 */
const MAP_PLACE_LAYER = 4;
const MAP_COUNTRY_SCALE = 0.6;

/**
 * Graph mode draws every node at its stored layout position. Map mode keeps only places with coordinates and the
 * relations between them, sister-city links drawn as arcs.
 */
export function buildDisplayGraph(
  data: KnowledgeGraph,
  mode: "graph" | "map",
  projection?: GeoProjection,
  lang: Lang = "en",
): DisplayGraph {
  const display: DisplayGraph = new Graph(GRAPH_OPTIONS);
  data.forEachNode((key, attrs) => {
    let position = { x: attrs.x, y: attrs.y };
    let size = nodeSize(data.degree(key), data.order);
    let zIndex = 0;
    if (mode === "map") {
      if (!projection || !isPlace(attrs)) return;
      position = projectPoint(projection, attrs.lon, attrs.lat);
      if (attrs.kind === "Country") size *= MAP_COUNTRY_SCALE;
      else zIndex = MAP_PLACE_LAYER;
    }
    display.addNode(key, {
      ...position,
      size,
      color: NODE_COLORS[attrs.kind],
      label: drawnLabel(data, key, lang),
      kind: attrs.kind,
      zIndex,
      labelPriority: labelPriority(labelRank(data, key)),
    });
  });
  data.forEachEdge((key, attrs, source, target) => {
    if (!display.hasNode(source) || !display.hasNode(target)) return;
    const arc = mode === "map" && isSymmetricEdgeKind(attrs.kind);
    display.addEdgeWithKey(key, source, target, {
      size: edgeSize(attrs.kind),
      color: EDGE_COLORS[attrs.kind],
      kind: attrs.kind,
      type: arc ? "curved" : "line",
      curvature: arc ? 0.35 : 0,
    });
  });
  curveParallelEdges(display);
  return display;
}

/** Labels the drawn nodes in another language, in place: positions, colours and the camera stay. */
export function relabelDisplayGraph(display: DisplayGraph, data: KnowledgeGraph, lang: Lang): void {
  display.updateEachNodeAttributes((key, attrs) => ({ ...attrs, label: drawnLabel(data, key, lang) }));
}

/** Sets, in place, each drawn label to the node's name now in `lang`; gives the nodes whose label changed. */
export function relabelChanged(display: DisplayGraph, data: KnowledgeGraph, lang: Lang): string[] {
  const changed: string[] = [];
  display.forEachNode((key, attrs) => {
    const label = drawnLabel(data, key, lang);
    if (label === attrs.label) return;
    attrs.label = label; // no event: the caller refreshes sigma for these nodes only
    changed.push(key);
  });
  return changed;
}

/** The label drawn on the canvas: a study's short label, any other node's name in the reader's language, cut short. */
function drawnLabel(data: KnowledgeGraph, key: string, lang: Lang): string {
  const attrs = data.getNodeAttributes(key);
  return attrs.kind === "Study" ? studyLabel(attrs) : shortLabel(labelOf(data, key, lang));
}

/**
 * Spreads the relations between the same two nodes (either direction) over distinct curves. Offsets are taken along
 * one direction per pair, and flipped for edges drawn the other way, so no two curves share a side and bend.
 */
function curveParallelEdges(display: DisplayGraph): void {
  const pairs = new Map<string, string[]>();
  display.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const list = pairs.get(pair);
    if (list) list.push(edge);
    else pairs.set(pair, [edge]);
  });
  for (const edges of pairs.values()) {
    if (edges.length < 2) continue;
    const max = (edges.length - 1) / 2;
    edges.forEach((edge, i) => {
      const [source, target] = display.extremities(edge);
      const sign = source < target ? 1 : -1;
      const base = display.getEdgeAttribute(edge, "curvature");
      display.mergeEdgeAttributes(edge, { type: "curved", curvature: base + sign * parallelCurvature(i - max, max) });
    });
  }
}
