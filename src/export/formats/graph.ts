// The graph every writer takes: graph.json loaded into graphology, as the page and the CLI both hold it.
import type Graph from "graphology";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../model/index.js";

export type ExportGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
