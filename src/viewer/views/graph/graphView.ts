// The renderer: sigma on the derived graph, its settings, the view mode and the camera. Reducers, events and
// downloads are wired by the controllers.
import Sigma from "sigma";
import EdgeCurveProgram from "@sigma/edge-curve";
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import landTopology from "world-atlas/land-110m.json";
import { edgeReducer, nodeReducer, type RenderInput } from "../../core/appearance/reducers.js";
import type { Dataset } from "../../core/graph/dataset.js";
import {
  buildDisplayGraph,
  relabelChanged,
  relabelDisplayGraph,
  type DisplayEdge,
  type DisplayNode,
} from "../../core/graph/display.js";
import { cameraToFit } from "../../core/graph/fitCamera.js";
import type { Lang } from "../../core/i18n/messages.js";
import { createProjection, outlineRings, worldBBox, type Point } from "../../core/map/projection.js";
import type { ViewMode } from "../../core/state/state.js";
import { createCanvasLabels } from "./canvasLabels.js";
import { attachWorldOutline } from "./worldOutline.js";

/**
 * Above this many relations the graph is drawn for speed: edges are left out while the camera moves (sigma's
 * hideEdgesOnMove) and shapes are simpler. Without a GPU (WebGL on SwiftShader), 20,000 anti-aliased edges take
 * about two seconds a frame; see docs/viewer.md for the figures.
 */
const LARGE_GRAPH_EDGES = 5000;

/**
 * Settings that differ on the map. sigma grows nodes as the camera zooms in (by the square root of the zoom); zoomed in
 * on a map that turns the cities of Java into one blob, so there markers keep their size on screen and only shrink
 * when zoomed out. Which labels are drawn is `canvasLabels`' choice in both views.
 */
const modeSettings = (mode: ViewMode) => ({
  zoomToSizeRatioFunction: mode === "map" ? (ratio: number) => Math.max(1, Math.sqrt(ratio)) : Math.sqrt,
});

/** Room left around the fitted nodes, in CSS pixels, for their labels. */
const FIT_MARGIN = 56;

/** Above this many nodes labels are placed again once the camera rests, not on every frame of a move. */
const LABELS_EVERY_FRAME_NODES = 2000;

export interface GraphView {
  sigma: Sigma<DisplayNode, DisplayEdge>;
  container: HTMLElement;
  setMode(mode: ViewMode): void;
  /** Labels the nodes in the reader's language. */
  setLang(lang: Lang): void;
  /** Labels again, in the current language, the nodes whose names changed (the studies' texts arrived). */
  relabel(): void;
  update(input: RenderInput): void;
  focusNode(node: string): void;
  /** Frames the shown nodes it draws (the map's shown places); animated unless `instant`. */
  fit(options?: { instant?: boolean }): void;
  /** Whether the node is drawn: the map leaves out what has no coordinates. */
  isDrawn(node: string): boolean;
  /** The world outline's rings on the map, null in the graph view. */
  outline(): Point[][] | null;
  /** The node's position in the canvas, in CSS pixels (used by the browser tests to click it for real). */
  nodeViewportPosition(node: string): { x: number; y: number } | null;
  kill(): void;
}

export function createGraphView(
  container: HTMLElement,
  dataset: Dataset,
  initialMode: ViewMode,
  initialInput: RenderInput,
  initialLang: Lang,
): GraphView {
  const projection = createProjection();
  let input = initialInput;
  let mode = initialMode;
  let lang = initialLang;
  let rings: Point[][] | null = null;

  const large = dataset.graph.size > LARGE_GRAPH_EDGES;
  const labels = createCanvasLabels();
  const reduceNode = (node: string, data: DisplayNode) => nodeReducer(input, node, data);
  // sigma renders once in its constructor, before the positions exist that labels are placed with: that render
  // draws nothing, so the first frame shown (and paid for: 20,000 edges cost a second without a GPU) has its labels.
  let placed = false;
  const drawn = buildDisplayGraph(dataset.graph, mode, projection, lang);
  const sigma = new Sigma<DisplayNode, DisplayEdge>(drawn, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    hideEdgesOnMove: large,
    zIndex: true,
    ...labels.settings(() => container.clientWidth),
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
    ...modeSettings(mode),
    // The reducers read the latest input, replaced as a whole by `update`.
    nodeReducer: (node, data) => (placed ? labels.apply(node, reduceNode(node, data)) : { ...data, hidden: true }),
    edgeReducer: (edge, data) => (placed ? edgeReducer(input, edge, data) : { ...data, hidden: true }),
  });

  const outline = () => (mode === "map" ? (rings ??= outlineRings(landTopology, "land", projection)) : null);
  sigma.on("afterRender", attachWorldOutline(sigma, outline));

  /** Places the labels for the current view and redraws the nodes whose label changed. */
  const relabel = (schedule: boolean) => {
    const changed = labels.place(sigma, reduceNode);
    if (changed.length) sigma.refresh({ partialGraph: { nodes: changed }, skipIndexation: true, schedule });
  };
  const applyBBox = () => sigma.setCustomBBox(mode === "map" ? worldBBox(projection) : null);
  applyBBox();
  // The map's bounding box takes effect when sigma next indexes the graph: once here, with nothing drawn.
  if (mode === "map") sigma.refresh();
  labels.place(sigma, reduceNode);
  placed = true;
  sigma.refresh();

  let resting: ReturnType<typeof setTimeout> | undefined;
  sigma.getCamera().on("updated", () => {
    if (sigma.getGraph().order <= LABELS_EVERY_FRAME_NODES) return relabel(true);
    clearTimeout(resting);
    resting = setTimeout(() => relabel(true), 120);
  });

  // sigma only listens to the window; the side panel opening or closing resizes the container too.
  const resizeObserver = new ResizeObserver(() => {
    sigma.resize();
    relabel(true);
    sigma.scheduleRender();
  });
  resizeObserver.observe(container);

  const fit = ({ instant = false } = {}) => {
    // The panels around the canvas may have changed its size since the last frame.
    sigma.resize();
    const points: Array<{ x: number; y: number }> = [];
    sigma.getGraph().forEachNode((node) => {
      const data = input.visibility.nodes.has(node) ? sigma.getNodeDisplayData(node) : undefined;
      if (data) points.push(data);
    });
    const toViewport = (point: { x: number; y: number }, centre: { x: number; y: number }) =>
      sigma.framedGraphToViewport(point, { cameraState: { ...centre, ratio: 1, angle: 0 } });
    const target = cameraToFit(points, toViewport, sigma.getDimensions(), FIT_MARGIN);
    if (!target) return;
    const camera = sigma.getCamera();
    if (instant) camera.setState({ ...target, angle: 0 });
    else void camera.animate({ ...target, angle: 0 }, { duration: 400 });
  };
  const relabelAll = () => {
    relabelDisplayGraph(sigma.getGraph(), dataset.graph, lang);
    // Names differ in length from one language to the other: the labels are placed again.
    labels.place(sigma, reduceNode);
    sigma.refresh({ skipIndexation: true });
  };
  return {
    sigma,
    container,
    setMode(next) {
      if (next === mode) return;
      mode = next;
      sigma.setSettings(modeSettings(mode));
      sigma.setGraph(buildDisplayGraph(dataset.graph, mode, projection, lang));
      applyBBox();
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.refresh();
      relabel(false);
      // The map opens on its places, not on the whole world with Indonesia's cities in one blob.
      if (mode === "map") fit({ instant: true });
    },
    setLang(next) {
      if (next === lang) return;
      lang = next;
      relabelAll();
    },
    relabel() {
      // Only the few nodes named in Indonesian sentences change: the rest of a big graph is not drawn again.
      const nodes = relabelChanged(sigma.getGraph(), dataset.graph, lang);
      if (nodes.length === 0) return;
      labels.place(sigma, reduceNode);
      sigma.refresh({ partialGraph: { nodes }, skipIndexation: true });
    },
    update(next) {
      input = next;
      labels.place(sigma, reduceNode);
      sigma.refresh({ skipIndexation: true });
    },
    focusNode(node) {
      const data = sigma.getNodeDisplayData(node);
      if (!data) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
    },
    fit,
    isDrawn: (node) => sigma.getGraph().hasNode(node),
    outline,
    nodeViewportPosition(node) {
      const data = sigma.getNodeDisplayData(node);
      if (!data || !sigma.getGraph().hasNode(node)) return null;
      return sigma.framedGraphToViewport(data);
    },
    kill() {
      resizeObserver.disconnect();
      clearTimeout(resting);
      sigma.kill();
    },
  };
}
