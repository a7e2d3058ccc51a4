// GEXF 1.3 for Gephi, written by graphology-gexf from the flattened graph.
import writeGexf from "graphology-gexf/browser/writer";
import { flatGraph } from "./flatten.js";
import type { ExportGraph } from "./graph.js";

export function toGexf(graph: ExportGraph): string {
  return writeGexf(flatGraph(graph), { version: "1.3" } as never);
}
