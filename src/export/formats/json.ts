// The graph file itself, as graphology serializes it: what the page loaded, readable by any JSON reader.
import type { ExportGraph } from "./graph.js";

export function toJson(graph: ExportGraph): string {
  return JSON.stringify(graph.export(), null, 2) + "\n";
}
