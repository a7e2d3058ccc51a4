// The graph writers shared by the page and the command line: pure, browser-safe, no node: modules.
export { flattenAttributes } from "./flatten.js";
export { GRAPH_FORMATS, isGraphFormat, type GraphFormatName } from "./formats.js";
export { toGexf } from "./gexf.js";
export type { ExportGraph } from "./graph.js";
export { toGraphml } from "./graphml.js";
export { toJson } from "./json.js";
export { xmlSafe } from "./xmlSafe.js";
