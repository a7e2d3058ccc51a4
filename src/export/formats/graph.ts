// The graph every writer takes: graph.json loaded into graphology, as the page and the CLI both hold it.
import type Graph from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../model/index.js";

/** `description`, set by the page when it exports a filtered view, says which filters made the graph. */
export type ExportGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes & { description?: string }>;
