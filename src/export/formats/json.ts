// The graph file itself, in the stored form `npm run extract` writes: what the page loaded, readable by any JSON
// reader and by this tool.
import { compactGraph, graphFileText, type GraphFile } from "../../model/index.js";
import type { ExportGraph } from "./graph.js";

export function toJson(graph: ExportGraph): string {
  return graphFileText(compactGraph(graph.export() as GraphFile));
}
