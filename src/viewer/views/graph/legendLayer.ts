// The legend drawn into an exported image: a white box in the bottom-left corner, a square of each kind's colour
// and its name, on a canvas layer of its own above the graph.
import type Sigma from "sigma";
import type { Legend } from "../../core/appearance/legend.js";

const FONT_SIZE = 12;
const ROW = 18;
const SWATCH = 10;
const PAD = 8;
const MARGIN = 12;

/** Adds the layer `legend` to `sigma` (a temporary renderer of the export) and draws `legend` on it. */
export function drawLegendLayer<N extends object, E extends object>(sigma: Sigma<N, E>, legend: Legend): void {
  if (!legend.entries.length) return;
  const canvas = sigma.createCanvas("legend");
  const { width, height } = sigma.getDimensions();
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const font = `${FONT_SIZE}px system-ui, sans-serif`;
  ctx.font = `bold ${font}`;
  let textWidth = ctx.measureText(legend.title).width;
  ctx.font = font;
  for (const e of legend.entries) textWidth = Math.max(textWidth, SWATCH + 6 + ctx.measureText(e.name).width);
  const boxWidth = Math.ceil(textWidth + 2 * PAD);
  const boxHeight = (legend.entries.length + 1) * ROW + PAD;
  const left = MARGIN;
  const top = Math.max(0, height - MARGIN - boxHeight);
  ctx.fillStyle = "rgba(255, 255, 255, 0.94)";
  ctx.strokeStyle = "#c8c8c8";
  ctx.lineWidth = 1;
  ctx.fillRect(left, top, boxWidth, boxHeight);
  ctx.strokeRect(left + 0.5, top + 0.5, boxWidth - 1, boxHeight - 1);
  ctx.textBaseline = "middle";
  ctx.fillStyle = "#222";
  ctx.font = `bold ${font}`;
  ctx.fillText(legend.title, left + PAD, top + PAD + ROW / 2 - 2);
  ctx.font = font;
  legend.entries.forEach((entry, i) => {
    const y = top + PAD + (i + 1) * ROW;
    ctx.fillStyle = entry.color;
    ctx.fillRect(left + PAD, Math.round(y + (ROW - SWATCH) / 2 - 2), SWATCH, SWATCH);
    ctx.fillStyle = "#222";
    ctx.fillText(entry.name, left + PAD + SWATCH + 6, y + ROW / 2 - 2);
  });
}
