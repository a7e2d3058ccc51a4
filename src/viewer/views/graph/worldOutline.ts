// The world outline on the map: a canvas layer under sigma's edges, drawn in graph space so it pans and zooms along.
import type Sigma from "sigma";
import type { Point } from "../../core/map/projection.js";

/** Adds a canvas layer under the edges of `sigma` and returns the function that (re)draws the rings on it. */
export function attachWorldOutline<N extends object, E extends object>(
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
