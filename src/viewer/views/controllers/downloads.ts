// The toolbar's exports: a PNG of the view, or what the filters show as GEXF, GraphML or JSON, downloaded as a file.
import { downloadAsPNG } from "@sigma/export-image";
import type Sigma from "sigma";
import { GRAPH_FORMATS } from "../../../export/formats/index.js";
import { legendOf } from "../../core/appearance/legend.js";
import { shownGraph } from "../../core/export/shownGraph.js";
import type { Filters, Visibility } from "../../core/filters/filters.js";
import type { Dataset } from "../../core/graph/dataset.js";
import type { Lang } from "../../core/i18n/messages.js";
import type { NodeKind } from "../../../model/index.js";
import { h } from "../dom.js";
import type { GraphView } from "../graph/graphView.js";
import { drawLegendLayer } from "../graph/legendLayer.js";
import { attachWorldOutline } from "../graph/worldOutline.js";
import type { ExportFormat } from "../toolbar.js";

/** The same name the command line writes by default (`npm run export`). */
const FILE_NAME = "sister-city-graph";

/**
 * Every download takes what the page shows: the PNG is the view (with a legend in the page's language), the files the
 * filtered graph (`shownGraph`) with the filters in their description. The JSON keeps the studies its evidence cites,
 * to stay a graph file the page reads.
 */
export function createDownloads(
  dataset: Dataset,
  view: GraphView,
  /** Resolves when the studies' texts are in: the files carry the quotes (and the JSON the texts). */
  textsReady: () => Promise<void>,
  shown: () => { filters: Filters; visibility: Visibility },
  lang: () => Lang,
): (format: ExportFormat) => void {
  return (format) => {
    if (format === "png") return void exportPng(view, lang());
    const { write, mediaType } = GRAPH_FORMATS[format];
    // What is shown when the button is pressed, written once the texts are in (at once, but for a big corpus's first
    // seconds). Without them there is no file to give: the panel says why.
    const { filters, visibility } = shown();
    void textsReady().then(
      () => {
        const graph = shownGraph(dataset, filters, visibility, { citedStudies: format === "json" });
        download(new Blob([write(graph)], { type: mediaType }), `${FILE_NAME}.${format}`);
      },
      () => undefined,
    );
  };
}

/** The current view as a PNG image with a legend of the node kinds drawn, world outline included on the map. */
async function exportPng(view: GraphView, lang: Lang): Promise<void> {
  const kinds = new Set<NodeKind>();
  view.sigma.getGraph().forEachNode((node, attrs) => {
    if (!view.sigma.getNodeDisplayData(node)?.hidden) kinds.add(attrs.kind);
  });
  // The export draws a fresh renderer's layers; it gets its own outline layer, under the edges, and the legend on top.
  await downloadAsPNG(view.sigma as never, {
    fileName: FILE_NAME,
    backgroundColor: "#ffffff",
    layers: ["worldmap", "edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes", "legend"],
    withTempRenderer: (tmp: Sigma) => {
      attachWorldOutline(tmp, view.outline)();
      drawLegendLayer(tmp, legendOf(kinds, lang));
    },
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
