// The text of a graph file, the same for the same graph: one node or edge per line (readable in a diff, and a
// large corpus stays a file of lines), final newline. Any JSON reader reads it.
import type { StoredGraphFile } from "./storedGraph.js";

export function graphFileText(file: StoredGraphFile): string {
  const list = (items: unknown[]) =>
    items.length ? `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(",\n")}\n  ]` : "[]";
  return (
    `{\n  "attributes": ${JSON.stringify(file.attributes)},\n  "options": ${JSON.stringify(file.options)},\n` +
    `  "nodes": ${list(file.nodes)},\n  "edges": ${list(file.edges)}\n}\n`
  );
}
