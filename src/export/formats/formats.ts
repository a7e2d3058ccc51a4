// The formats the page downloads and `npm run export` writes: one writer and one media type each.
import { toGexf } from "./gexf.js";
import type { ExportGraph } from "./graph.js";
import { toGraphml } from "./graphml.js";
import { toJson } from "./json.js";

export interface GraphFormat {
  write(graph: ExportGraph): string;
  mediaType: string;
}

/** Keyed by the file extension, which is also the format's name on the command line. */
export const GRAPH_FORMATS = {
  gexf: { write: toGexf, mediaType: "application/xml" },
  graphml: { write: toGraphml, mediaType: "application/xml" },
  json: { write: toJson, mediaType: "application/json" },
} as const satisfies Record<string, GraphFormat>;

export type GraphFormatName = keyof typeof GRAPH_FORMATS;

export function isGraphFormat(name: string): name is GraphFormatName {
  return Object.hasOwn(GRAPH_FORMATS, name);
}
