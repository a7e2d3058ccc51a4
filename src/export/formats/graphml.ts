// GraphML for Gephi, yEd and networkx: one key per flattened attribute, typed, and the nodes and edges with their data.
import { flatGraph, type Flat } from "./flatten.js";
import type { ExportGraph } from "./graph.js";
import { xmlSafe } from "./xmlSafe.js";

/** graphology-graphml only parses, so this writes GraphML itself: keys declared per attribute, values escaped. */
export function toGraphml(graph: ExportGraph): string {
  const flat = flatGraph(graph);
  const keys = new Map<string, { for: "node" | "edge"; name: string; type: string }>();
  const declare = (scope: "node" | "edge", attrs: Flat) => {
    for (const [name, value] of Object.entries(attrs)) {
      const id = `${scope[0]}_${name}`;
      const type = typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";
      const prev = keys.get(id);
      if (!prev) keys.set(id, { for: scope, name, type });
      else if (prev.type !== type) prev.type = "string";
    }
  };
  flat.forEachNode((_, a) => declare("node", a as Flat));
  flat.forEachEdge((_, a) => declare("edge", a as Flat));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...[...keys].map(
      ([id, k]) => `  <key id="${xml(id)}" for="${k.for}" attr.name="${xml(k.name)}" attr.type="${k.type}"/>`,
    ),
    '  <graph edgedefault="directed">',
  ];
  const data = (scope: "node" | "edge", attrs: Flat) =>
    Object.entries(attrs).map(
      ([name, value]) => `      <data key="${xml(`${scope[0]}_${name}`)}">${xml(String(value))}</data>`,
    );
  flat.forEachNode((key, a) => lines.push(`    <node id="${xml(key)}">`, ...data("node", a as Flat), "    </node>"));
  flat.forEachEdge((key, a, s, t) =>
    lines.push(
      `    <edge id="${xml(key)}" source="${xml(s)}" target="${xml(t)}">`,
      ...data("edge", a as Flat),
      "    </edge>",
    ),
  );
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

/** Escaped for an XML attribute or text; the flat graph's strings are already XML-safe, this makes sure of it. */
function xml(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
