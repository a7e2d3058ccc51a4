// Gephi columns are scalars: the graph's nested attributes (evidence, periods, lists) flattened for GEXF and GraphML.
import Graph from "graphology";
import { GRAPH_OPTIONS, readerText, type Evidence } from "../../model/index.js";
import type { ExportGraph } from "./graph.js";
import { xmlSafe } from "./xmlSafe.js";

export type Flat = Record<string, string | number | boolean>;

/**
 * Evidence becomes a count, its studies and its quotes joined (as a reader sees them, markdown read); a period its two
 * years, named on a relation for what they are, the years its studies cover; other lists are joined with "; ".
 */
export function flattenAttributes(attrs: Record<string, unknown>, of: "node" | "relation" = "node"): Flat {
  const out: Flat = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (name === "evidence") {
      const evidence = value as Evidence[];
      out.evidenceCount = evidence.length;
      out.studies = [...new Set(evidence.map((e) => e.study))].join("; ");
      out.quotes = evidence.map((e) => readerText(e.quote)).join(" | ");
    } else if (name === "period" && typeof value === "object") {
      const p = value as { from: number; to: number };
      out[of === "node" ? "periodFrom" : "periodStudiedFrom"] = p.from;
      out[of === "node" ? "periodTo" : "periodStudiedTo"] = p.to;
    } else if (Array.isArray(value)) out[name] = value.join("; ");
    else if (typeof value === "object") out[name] = JSON.stringify(value);
    else out[name] = value as string | number | boolean;
  }
  return out;
}

/**
 * A copy of the graph with flat attributes, ready for XML: every key, attribute name and text value passed through
 * `xmlSafe` (two keys that differ only by such characters stay two, the second suffixed).
 */
export function flatGraph(graph: ExportGraph): Graph {
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
  // GEXF writes these into its <meta>; the description is set only on a filtered view from the page.
  const description = graph.getAttribute("description");
  flat.replaceAttributes(safeAttributes({ name: graph.getAttribute("name"), ...(description ? { description } : {}) }));
  graph.forEachNode((key, attrs) => {
    const safe = safeKey(key, (k) => flat.hasNode(k) || graph.hasNode(k));
    nodeKeys.set(key, safe);
    flat.addNode(safe, safeAttributes(flattenAttributes(attrs)));
  });
  graph.forEachEdge((key, attrs, source, target) =>
    flat.addEdgeWithKey(
      safeKey(key, (k) => flat.hasEdge(k) || graph.hasEdge(k)),
      nodeKeys.get(source)!,
      nodeKeys.get(target)!,
      safeAttributes(flattenAttributes(attrs, "relation")),
    ),
  );
  return flat;
}
