// The toolbar's exports: a PNG of the view, or the dataset as GEXF, GraphML or JSON, downloaded as a file.
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { GRAPH_FORMATS } from "../../../export/formats/index.js";
import type { Dataset } from "../../core/graph/dataset.js";
import { h } from "../dom.js";
import type { GraphView } from "../graph/graphView.js";
import { attachWorldOutline } from "../graph/worldOutline.js";
import type { ExportFormat } from "../toolbar.js";

/** The same name the command line writes by default (`npm run export`). */
const FILE_NAME = "sister-city-graph";

export function createDownloads(dataset: Dataset, view: GraphView): (format: ExportFormat) => void {
  return (format) => {
    if (format === "png") return void exportPng(view);
    const { write, mediaType } = GRAPH_FORMATS[format];
    download(new Blob([write(dataset.graph)], { type: mediaType }), `${FILE_NAME}.${format}`);
  };
}

/** The current view as a PNG image, world outline included on the map. */
async function exportPng(view: GraphView): Promise<void> {
  // The export draws a fresh renderer's layers; it gets its own outline layer, under the edges.
  await downloadAsPNG(view.sigma as never, {
    fileName: FILE_NAME,
    backgroundColor: "#ffffff",
    layers: ["worldmap", "edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"],
    withTempRenderer: (tmp: Sigma) => attachWorldOutline(tmp, view.outline)(),
  });
}

function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = h("a", { attrs: { href: url, download: fileName } });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
