// Exports of the dataset: GEXF and GraphML for Gephi (nested evidence flattened to text columns) and the JSON file.
import Graph from "graphology";
import writeGexf from "graphology-gexf/browser/writer";
import type { Evidence } from "../../../model/index.js";
import type { DataGraph } from "../graph/dataset.js";

type Flat = Record<string, string | number | boolean>;

/** Gephi columns are scalars: evidence becomes a count and the quotes joined, other lists are joined with "; ". */
export function flattenAttributes(attrs: Record<string, unknown>): Flat {
  const out: Flat = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (name === "evidence") {
      const evidence = value as Evidence[];
      out.evidenceCount = evidence.length;
      out.studies = [...new Set(evidence.map((e) => e.study))].join("; ");
      out.quotes = evidence.map((e) => e.quote).join(" | ");
    } else if (name === "period" && typeof value === "object") {
      const p = value as { from: number; to: number };
      out.periodFrom = p.from;
      out.periodTo = p.to;
    } else if (Array.isArray(value)) out[name] = value.join("; ");
    else if (typeof value === "object") out[name] = JSON.stringify(value);
    else out[name] = value as string | number | boolean;
  }
  return out;
}

/** A copy of the graph with flat attributes; the node kind also becomes the label colour column Gephi can partition. */
export function flatGraph(graph: DataGraph): Graph {
  const flat = new Graph({ type: "directed", multi: true, allowSelfLoops: false });
  flat.replaceAttributes({ name: graph.getAttribute("name") });
  graph.forEachNode((key, attrs) => flat.addNode(key, flattenAttributes(attrs as never)));
  graph.forEachEdge((key, attrs, source, target) =>
    flat.addEdgeWithKey(key, source, target, flattenAttributes(attrs as never)),
  );
  return flat;
}

export function toGexf(graph: DataGraph): string {
  return writeGexf(flatGraph(graph), { version: "1.3" } as never);
}

/** graphology-graphml only parses, so this writes GraphML itself: keys declared per attribute, values escaped. */
export function toGraphml(graph: DataGraph): string {
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

export function toJson(graph: DataGraph): string {
  return JSON.stringify(graph.export(), null, 2) + "\n";
}

function xml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // Characters XML 1.0 forbids even escaped.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "")
  );
}
