// Reading and writing graph.json: validated on the way in and out, errors name the file and the JSON path.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import {
  checkGraphFile,
  compactGraph,
  describeIssues,
  graphFileText,
  type GraphFile,
  type KnowledgeGraph,
  StoredGraphFile,
} from "../model/index.js";

class GraphFileError extends Error {
  override name = "GraphFileError";
}

/** Validates already-parsed JSON as a graph file; `source` names it in errors. */
export function parseGraphFile(data: unknown, source: string): GraphFile {
  const result = checkGraphFile(data, source);
  if (!result.ok) throw new GraphFileError(result.message);
  return result.file;
}

export function readGraphFile(path: string): GraphFile {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new GraphFileError(
      `${path}: cannot read the graph (${(error as Error).message}). Run \`npm run extract\` first.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GraphFileError(`${path}: not JSON (${(error as Error).message}).`);
  }
  return parseGraphFile(data, path);
}

export function toGraph(file: GraphFile): KnowledgeGraph {
  return Graph.from(file as never) as KnowledgeGraph;
}

/**
 * Serializes a graph the same way every time, in the stored form (evidence by reference, `compactGraph`): validated,
 * nodes and edges sorted by key, one node or edge per line (readable in a diff), final newline. Any JSON reader
 * reads it.
 */
export function serializeGraph(graph: KnowledgeGraph): string {
  const exported = graph.export() as GraphFile;
  exported.nodes.sort((a, b) => cmp(a.key, b.key));
  exported.edges.sort((a, b) => cmp(a.key!, b.key!));
  let stored: StoredGraphFile;
  try {
    stored = compactGraph(exported);
  } catch (error) {
    throw new GraphFileError(`graph being written: ${(error as Error).message}`);
  }
  const checked = StoredGraphFile.safeParse(stored);
  if (!checked.success)
    throw new GraphFileError(`graph being written: not a valid graph file.\n${describeIssues(checked.error)}`);
  return graphFileText(checked.data);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
