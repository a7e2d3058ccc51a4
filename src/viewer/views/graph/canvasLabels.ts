// Canvas labels: which nodes are labelled in the current view (placeLabels over what is drawn), the reducer's part
// of it, and the drawing of a label on the side it was given. sigma's own label grid is switched off
// (labelDensity 0): only the labels placed here are forced, so sigma draws them and reports them as displayed.
import type Sigma from "sigma";
import { drawDiscNodeHover, drawDiscNodeLabel } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData } from "sigma/types";
import { matrixFromCamera } from "sigma/utils";
import {
  LABEL_GAP,
  placeLabels,
  sideThatFits,
  type LabelCandidate,
  type LabelSide,
} from "../../core/appearance/labelPlacement.js";
import { isImportantLabel } from "../../core/appearance/labelPriority.js";
import type { DisplayEdge, DisplayNode } from "../../core/graph/display.js";

type Reduced = Partial<NodeDisplayData> & { labelSide?: LabelSide };
type DrawData = Parameters<Settings["defaultDrawNodeLabel"]>[1] & { labelSide?: LabelSide };
type LabelSettings = Settings<DisplayNode, DisplayEdge>;

export interface CanvasLabels {
  /** The reducer's last step: a placed label is forced and told its side; any other label is left undrawn. */
  apply(node: string, reduced: Partial<NodeDisplayData>): Reduced;
  /** Places the labels for the current camera, size and reducer output; returns the nodes whose label changed. */
  place(
    sigma: Sigma<DisplayNode, DisplayEdge>,
    reduce: (node: string, data: DisplayNode) => Partial<NodeDisplayData>,
  ): string[];
  /** sigma settings: no label grid, and labels and hover boxes drawn on their side. */
  settings(viewportWidth: () => number): Partial<Settings<DisplayNode, DisplayEdge>>;
}

export function createCanvasLabels(): CanvasLabels {
  let sides = new Map<string, LabelSide>();
  const measure = textMeasurer();
  return {
    apply(node, reduced) {
      if (reduced.hidden || !reduced.label) return reduced;
      const side = sides.get(node);
      return side ? { ...reduced, forceLabel: true, labelSide: side } : { ...reduced, forceLabel: false };
    },
    place(sigma, reduce) {
      const fontSize = sigma.getSetting("labelSize");
      const font = `${sigma.getSetting("labelWeight")} ${fontSize}px ${sigma.getSetting("labelFont")}`;
      const candidates: LabelCandidate[] = [];
      // sigma's own matrix is the last frame's; on a camera event the next frame's is wanted.
      const matrix = matrixFromCamera(
        sigma.getCamera().getState(),
        sigma.getDimensions(),
        sigma.getGraphDimensions(),
        sigma.getStagePadding(),
      );
      sigma.getGraph().forEachNode((key, attrs) => {
        const reduced = reduce(key, attrs);
        if (reduced.hidden || !reduced.label) return;
        const { x, y } = sigma.graphToViewport(attrs, { matrix });
        candidates.push({
          key,
          x,
          y,
          radius: sigma.scaleSize(reduced.size ?? attrs.size),
          width: measure(font, reduced.label),
          // The nodes around a hovered or selected one are labelled before the rest.
          priority: attrs.labelPriority + (reduced.forceLabel ? 1e6 : 0),
          must: reduced.highlighted === true,
          important: isImportantLabel(attrs.labelPriority),
        });
      });
      const next = placeLabels(candidates, sigma.getDimensions(), fontSize);
      const changed = new Set<string>();
      for (const [key, side] of next) if (sides.get(key) !== side) changed.add(key);
      for (const key of sides.keys()) if (!next.has(key)) changed.add(key);
      sides = next;
      return [...changed].filter((key) => sigma.getGraph().hasNode(key));
    },
    settings(viewportWidth) {
      return {
        labelDensity: 0,
        defaultDrawNodeLabel: (context, data, settings) => drawLabel(context, data, settings),
        defaultDrawNodeHover: (context, data, settings) => drawHover(context, data, settings, viewportWidth()),
      };
    },
  };
}

function textMeasurer(): (font: string, text: string) => number {
  const context = document.createElement("canvas").getContext("2d");
  const widths = new Map<string, number>();
  return (font, text) => {
    const key = `${font}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (context) context.font = font;
      width = context ? context.measureText(text).width : text.length * 8;
      widths.set(key, width);
    }
    return width;
  };
}

function drawLabel(context: CanvasRenderingContext2D, data: DrawData, settings: LabelSettings): void {
  if (data.labelSide !== "left") return drawDiscNodeLabel<DisplayNode, DisplayEdge>(context, data, settings);
  if (!data.label) return;
  const size = settings.labelSize;
  context.fillStyle = settings.labelColor.color ?? "#000";
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  context.fillText(data.label, data.x - data.size - LABEL_GAP - width, data.y + size / 3);
}

/** sigma's drawDiscNodeHover, mirrored when the label goes on the left: the white box then opens to the left. */
function drawHover(
  context: CanvasRenderingContext2D,
  data: DrawData,
  settings: LabelSettings,
  viewportWidth: number,
): void {
  if (typeof data.label !== "string") return drawDiscNodeHover<DisplayNode, DisplayEdge>(context, data, settings);
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const textWidth = context.measureText(data.label).width;
  const side = data.labelSide ?? sideThatFits({ ...data, radius: data.size, width: textWidth }, viewportWidth, size);
  if (side === "right") return drawDiscNodeHover<DisplayNode, DisplayEdge>(context, data, settings);
  const padding = 2;
  const boxWidth = Math.round(textWidth + 5);
  const boxHeight = Math.round(size + 2 * padding);
  const radius = Math.max(data.size, size / 2) + padding;
  const angle = Math.asin(boxHeight / 2 / radius);
  const dx = Math.sqrt(Math.abs(radius ** 2 - (boxHeight / 2) ** 2));
  context.fillStyle = "#FFF";
  context.shadowOffsetX = 0;
  context.shadowOffsetY = 0;
  context.shadowBlur = 8;
  context.shadowColor = "#000";
  context.beginPath();
  context.moveTo(data.x - dx, data.y + boxHeight / 2);
  context.lineTo(data.x - radius - boxWidth, data.y + boxHeight / 2);
  context.lineTo(data.x - radius - boxWidth, data.y - boxHeight / 2);
  context.lineTo(data.x - dx, data.y - boxHeight / 2);
  context.arc(data.x, data.y, radius, Math.PI + angle, Math.PI - angle);
  context.closePath();
  context.fill();
  context.shadowBlur = 0;
  drawLabel(context, { ...data, labelSide: "left" }, settings);
}
