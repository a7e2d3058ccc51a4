// GEXF 1.3 for Gephi, written by graphology-gexf from the flattened graph.
import writeGexf from "graphology-gexf/browser/writer";
import { flatGraph, type Flat } from "./flatten.js";
import type { ExportGraph } from "./graph.js";

/**
 * The writer's own formatter turns an edge's `kind` into GEXF's `kind` attribute alone, which Gephi reads but
 * networkx's read_gexf drops; the relation kind is also kept as a declared `kind` column and shown as the edge's label.
 * Column types are the writer's: whole numbers in every element are declared integer, any fraction makes a double.
 */
function formatEdge(_key: string, attrs: Flat) {
  const kind = typeof attrs.kind === "string" ? attrs.kind : undefined;
  return { kind, label: kind, attributes: attrs };
}

export function toGexf(graph: ExportGraph): string {
  return writeGexf(flatGraph(graph), { version: "1.3", formatEdge } as never);
}
