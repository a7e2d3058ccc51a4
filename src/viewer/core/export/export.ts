// Exports of the dataset: GEXF and GraphML for Gephi (nested evidence flattened to text columns) and the JSON file.
import Graph from "graphology";
import writeGexf from "graphology-gexf/browser/writer";
import { GRAPH_OPTIONS, type Evidence } from "../../../model/index.js";
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

/**
 * Characters XML 1.0 forbids even escaped: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; surrogates not in a
 * pair (with the `u` flag a well-formed pair is one code point, so the range matches only lone halves).
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/** The text without the characters no XML 1.0 document may hold, so that every export parses whatever the studies say. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}

/**
 * A copy of the graph with flat attributes, ready for XML: every key, attribute name and text value passed through
 * `xmlSafe` (two keys that differ only by such characters stay two, the second suffixed).
 */
export function flatGraph(graph: DataGraph): Graph {
  const flat = new Graph(GRAPH_OPTIONS);
  const safeAttributes = (attrs: Flat): Flat =>
    Object.fromEntries(
      Object.entries(attrs).map(([name, value]) => [xmlSafe(name), typeof value === "string" ? xmlSafe(value) : value]),
    );
  const safeKey = (key: string, taken: (key: string) => boolean) => {
    const safe = xmlSafe(key);
    let unique = safe;
    for (let n = 2; unique !== key && taken(unique); n++) unique = `${safe}~${n}`;
    return unique;
  };
  const nodeKeys = new Map<string, string>();
  flat.replaceAttributes(safeAttributes({ name: graph.getAttribute("name") }));
  graph.forEachNode((key, attrs) => {
    const safe = safeKey(key, (k) => flat.hasNode(k) || graph.hasNode(k));
    nodeKeys.set(key, safe);
    flat.addNode(safe, safeAttributes(flattenAttributes(attrs as never)));
  });
  graph.forEachEdge((key, attrs, source, target) =>
    flat.addEdgeWithKey(
      safeKey(key, (k) => flat.hasEdge(k) || graph.hasEdge(k)),
      nodeKeys.get(source)!,
      nodeKeys.get(target)!,
      safeAttributes(flattenAttributes(attrs as never)),
    ),
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

/** Escaped for an XML attribute or text; the flat graph's strings are already XML-safe, this makes sure of it. */
function xml(text: string): string {
  return xmlSafe(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
