// Reading and writing graph.json: validated on the way in and out, errors name the file and the JSON path.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { checkGraphFile, type GraphFile, type KnowledgeGraph } from "../model/index.js";

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
 * Serializes a graph the same way every time: validated, nodes and edges sorted by key, one node or edge per
 * line (compact for large corpora, readable in a diff), final newline. Any JSON reader reads it.
 */
export function serializeGraph(graph: KnowledgeGraph): string {
  const file = parseGraphFile(graph.export(), "graph being written");
  file.nodes.sort((a, b) => cmp(a.key, b.key));
  file.edges.sort((a, b) => cmp(a.key, b.key));
  const list = (items: unknown[]) =>
    items.length ? `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(",\n")}\n  ]` : "[]";
  return (
    `{\n  "attributes": ${JSON.stringify(file.attributes)},\n  "options": ${JSON.stringify(file.options)},\n` +
    `  "nodes": ${list(file.nodes)},\n  "edges": ${list(file.edges)}\n}\n`
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
