// The renderer: sigma on the derived graph, reducers reading precomputed sets, renderer events wired in one place.
import Sigma from "sigma";
import EdgeCurveProgram from "@sigma/edge-curve";
import { downloadAsPNG } from "@sigma/export-image";
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import landTopology from "world-atlas/land-110m.json";
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from "../core/appearance/palette.js";
import type { Highlight } from "../core/appearance/highlight.js";
import type { Visibility } from "../core/filters/filters.js";
import type { Dataset } from "../core/graph/dataset.js";
import { buildDisplayGraph, type DisplayEdge, type DisplayNode } from "../core/graph/display.js";
import { edgeKindName, type Lang } from "../core/i18n/messages.js";
import { createProjection, outlineRings, worldBBox, type Point } from "../core/map/projection.js";
import type { Selection, ViewMode } from "../core/state/state.js";

/** What the reducers read; replaced as a whole on every state change, never computed inside a reducer. */
export interface RenderInput {
  visibility: Visibility;
  highlight: Highlight | null;
  selection: Selection;
  hoveredEdge: string | null;
  lang: Lang;
}

/**
 * Above this many relations the graph is drawn for speed: edges are left out while the camera moves (sigma's
 * hideEdgesOnMove) and shapes are simpler. Without a GPU (WebGL on SwiftShader), 20,000 anti-aliased edges take
 * about two seconds a frame; see docs/viewer.md for the figures.
 */
export const LARGE_GRAPH_EDGES = 5000;

/** How many relations around a highlighted node are labelled with their kind. */
const MAX_EDGE_LABELS = 12;

export interface GraphEvents {
  enterNode(node: string): void;
  leaveNode(): void;
  enterEdge(edge: string): void;
  leaveEdge(): void;
  clickNode(node: string): void;
  clickEdge(edge: string): void;
  clickStage(): void;
}

export interface GraphView {
  sigma: Sigma<DisplayNode, DisplayEdge>;
  setMode(mode: ViewMode): void;
  update(input: RenderInput): void;
  focusNode(node: string): void;
  /** Downloads the current view as a PNG image, world outline included on the map. */
  exportPng(fileName: string): Promise<void>;
  /** The node's position in the canvas, in CSS pixels (used by the browser tests to click it for real). */
  nodeViewportPosition(node: string): { x: number; y: number } | null;
  kill(): void;
}

export function createGraphView(
  container: HTMLElement,
  dataset: Dataset,
  initialMode: ViewMode,
  initialInput: RenderInput,
  events: GraphEvents,
): GraphView {
  const projection = createProjection();
  let input = initialInput;
  let mode = initialMode;
  let rings: Point[][] | null = null;

  const nodeReducer = (node: string, data: DisplayNode): Partial<NodeDisplayData> => {
    const res: Partial<NodeDisplayData> = { ...data };
    if (!input.visibility.nodes.has(node)) return { ...res, hidden: true };
    const { highlight, selection } = input;
    if (highlight) {
      if (highlight.nodes.has(node)) Object.assign(res, { zIndex: 2, forceLabel: true });
      else Object.assign(res, { color: FADED_NODE_COLOR, label: null, zIndex: 0 });
    }
    if (selection.type === "node" && selection.key === node)
      Object.assign(res, { highlighted: true, forceLabel: true, zIndex: 3 });
    return res;
  };
  const edgeReducer = (edge: string, data: DisplayEdge): Partial<EdgeDisplayData> => {
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
    if (input.hoveredEdge === edge)
      Object.assign(res, { label: edgeKindName(input.lang, data.kind), forceLabel: true });
    return res;
  };

  const large = dataset.graph.size > LARGE_GRAPH_EDGES;
  const sigma = new Sigma<DisplayNode, DisplayEdge>(buildDisplayGraph(dataset.graph, mode, projection), container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    hideEdgesOnMove: large,
    zIndex: true,
    labelRenderedSizeThreshold: 6,
    labelFont: "system-ui, sans-serif",
    edgeLabelFont: "system-ui, sans-serif",
    edgeLabelSize: 12,
    defaultEdgeType: "line",
    // Large graphs trade anti-aliased shapes for one-pixel lines and point sprites: three times less to rasterize.
    edgeProgramClasses: {
      curved: EdgeCurveProgram as never,
      line: (large ? EdgeLineProgram : EdgeRectangleProgram) as never,
    },
    nodeProgramClasses: { circle: (large ? NodePointProgram : NodeCircleProgram) as never },
    nodeReducer,
    edgeReducer,
  });

  // The world outline sits under the edges, in graph space, so it pans and zooms with the places.
  const outline = () => (rings ??= outlineRings(landTopology, "land", projection));
  const drawMap = attachWorldOutline(sigma, () => (mode === "map" ? outline() : null));
  sigma.on("afterRender", drawMap);

  // Renderer events, all here: hover to highlight, click to select, click on the background to clear.
  const setCursor = (pointer: boolean) => (container.style.cursor = pointer ? "pointer" : "");
  sigma.on("enterNode", ({ node }) => (setCursor(true), events.enterNode(node)));
  sigma.on("leaveNode", () => (setCursor(false), events.leaveNode()));
  sigma.on("enterEdge", ({ edge }) => (setCursor(true), events.enterEdge(edge)));
  sigma.on("leaveEdge", () => (setCursor(false), events.leaveEdge()));
  sigma.on("clickNode", ({ node }) => events.clickNode(node));
  sigma.on("clickEdge", ({ edge }) => events.clickEdge(edge));
  sigma.on("clickStage", () => events.clickStage());

  // sigma only listens to the window; the side panel opening or closing resizes the container too.
  const resizeObserver = new ResizeObserver(() => sigma.resize().scheduleRender());
  resizeObserver.observe(container);

  const applyBBox = () => sigma.setCustomBBox(mode === "map" ? worldBBox(projection) : null);
  applyBBox();

  return {
    sigma,
    setMode(next) {
      if (next === mode) return;
      mode = next;
      sigma.setGraph(buildDisplayGraph(dataset.graph, mode, projection));
      applyBBox();
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.refresh();
    },
    update(next) {
      input = next;
      sigma.refresh({ skipIndexation: true });
    },
    focusNode(node) {
      const data = sigma.getNodeDisplayData(node);
      if (!data) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
    },
    async exportPng(fileName) {
      // The export draws a fresh renderer's layers; it gets its own outline layer, under the edges.
      await downloadAsPNG(sigma as never, {
        fileName,
        backgroundColor: "#ffffff",
        layers: ["worldmap", "edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"],
        withTempRenderer: (tmp: Sigma) => attachWorldOutline(tmp, () => (mode === "map" ? outline() : null))(),
      });
    },
    nodeViewportPosition(node) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || !sigma.getGraph().hasNode(node)) return null;
      return sigma.framedGraphToViewport(data);
    },
    kill() {
      resizeObserver.disconnect();
      sigma.kill();
    },
  };
}

/** Adds a canvas layer under the edges of `sigma` and returns the function that (re)draws the rings on it. */
function attachWorldOutline<N extends object, E extends object>(
  sigma: Sigma<N, E>,
  rings: () => Point[][] | null,
): () => void {
  const canvas = sigma.createCanvas("worldmap", { beforeLayer: "edges" });
  canvas.style.pointerEvents = "none";
  return () => {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    const ctx = canvas.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const list = rings();
    if (!list) return;
    ctx.beginPath();
    for (const ring of list)
      ring.forEach((p, i) => {
        const v = sigma.graphToViewport(p);
        if (i === 0) ctx.moveTo(v.x, v.y);
        else ctx.lineTo(v.x, v.y);
      });
    ctx.fillStyle = "#e8eef3";
    ctx.fill("evenodd");
    ctx.strokeStyle = "#a9b8c6";
    ctx.lineWidth = 0.8;
    ctx.stroke();
  };
}
