// GraphML for Gephi, yEd and networkx: one key per flattened attribute, typed, and the nodes and edges with their data.
import XMLWriter from "xml-writer";
import { flatGraph, type Flat } from "./flatten.js";
import type { ExportGraph } from "./graph.js";
import { xmlSafe } from "./xmlSafe.js";

type Scope = "node" | "edge";

interface Key {
  for: Scope;
  name: string;
  type: "string" | "double" | "boolean";
}

/** graphology-graphml only parses; xml-writer escapes, the flat graph holds only characters XML allows. */
export function toGraphml(graph: ExportGraph): string {
  const flat = flatGraph(graph);
  const keys = declareKeys(flat);
  const xml = new XMLWriter("  ");
  xml.startDocument("1.0", "UTF-8").startElement("graphml");
  attributes(xml, { xmlns: "http://graphml.graphdrawing.org/xmlns" });
  for (const [id, key] of keys)
    attributes(xml.startElement("key"), {
      id,
      for: key.for,
      "attr.name": key.name,
      "attr.type": key.type,
    }).endElement();
  attributes(xml.startElement("graph"), { edgedefault: "directed" });
  flat.forEachNode((id, attrs) => {
    attributes(xml.startElement("node"), { id });
    writeData(xml, "node", attrs as Flat);
    xml.endElement();
  });
  flat.forEachEdge((id, attrs, source, target) => {
    attributes(xml.startElement("edge"), { id, source, target });
    writeData(xml, "edge", attrs as Flat);
    xml.endElement();
  });
  return xml.endDocument().toString() + "\n";
}

/** xml-writer's writeAttribute leaves out an empty value; a key or a name may be empty and must still be written. */
function attributes(xml: XMLWriter, values: Record<string, string>): XMLWriter {
  for (const [name, value] of Object.entries(values)) xml.startAttribute(name).text(xmlSafe(value)).endAttribute();
  return xml;
}

const keyId = (scope: Scope, name: string) => `${scope[0]}_${name}`;

/** A key per attribute name and scope; a name holding values of two types is declared a string. */
function declareKeys(flat: ReturnType<typeof flatGraph>): Map<string, Key> {
  const keys = new Map<string, Key>();
  const declare = (scope: Scope, attrs: Flat) => {
    for (const [name, value] of Object.entries(attrs)) {
      const type = typeof value === "number" ? "double" : typeof value === "boolean" ? "boolean" : "string";
      const prev = keys.get(keyId(scope, name));
      if (!prev) keys.set(keyId(scope, name), { for: scope, name, type });
      else if (prev.type !== type) prev.type = "string";
    }
  };
  flat.forEachNode((_, attrs) => declare("node", attrs as Flat));
  flat.forEachEdge((_, attrs) => declare("edge", attrs as Flat));
  return keys;
}

function writeData(xml: XMLWriter, scope: Scope, attrs: Flat): void {
  for (const [name, value] of Object.entries(attrs))
    attributes(xml.startElement("data"), { key: keyId(scope, name) })
      .text(xmlSafe(String(value)))
      .endElement();
}
