// GraphML for Gephi, yEd and networkx: one key per flattened attribute, typed, and the nodes and edges with their data.
import XMLWriter from "xml-writer";
import { flatGraph, type Flat } from "./flatten.js";
import type { ExportGraph } from "./graph.js";
import { xmlSafe } from "./xmlSafe.js";

type Scope = "node" | "edge";

/** Node and edge keys are `n_<name>` and `e_<name>`: no clash. */
const GRAPH_DESCRIPTION_KEY = "g_description";

interface Key {
  for: Scope;
  name: string;
  type: KeyType;
}

type KeyType = "string" | "int" | "long" | "double" | "boolean";

/** graphology-graphml only parses; xml-writer escapes, the flat graph holds only characters XML allows. */
export function toGraphml(graph: ExportGraph): string {
  const flat = flatGraph(graph);
  const keys = declareKeys(flat);
  const xml = new XMLWriter("  ");
  xml.startDocument("1.0", "UTF-8").startElement("graphml");
  attributes(xml, { xmlns: "http://graphml.graphdrawing.org/xmlns" });
  // A filtered view from the page says which filters made it, as graph data (networkx reads it into G.graph).
  const description = flat.getAttribute("description") as string | undefined;
  if (description)
    attributes(xml.startElement("key"), {
      id: GRAPH_DESCRIPTION_KEY,
      for: "graph",
      "attr.name": "description",
      "attr.type": "string",
    }).endElement();
  for (const [id, key] of keys)
    attributes(xml.startElement("key"), {
      id,
      for: key.for,
      "attr.name": key.name,
      "attr.type": key.type,
    }).endElement();
  attributes(xml.startElement("graph"), { edgedefault: "directed" });
  if (description) attributes(xml.startElement("data"), { key: GRAPH_DESCRIPTION_KEY }).text(description).endElement();
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

/**
 * A key per attribute name and scope, typed over every element: whole numbers everywhere are int (long beyond 32 bits),
 * so networkx reads `since 1994` and not `1994.0`; one fraction makes the key a double; a name holding numbers and
 * text, or booleans and anything else, is a string.
 */
function declareKeys(flat: ReturnType<typeof flatGraph>): Map<string, Key> {
  const keys = new Map<string, Key>();
  const declare = (scope: Scope, attrs: Flat) => {
    for (const [name, value] of Object.entries(attrs)) {
      const type = valueType(value);
      const prev = keys.get(keyId(scope, name));
      if (!prev) keys.set(keyId(scope, name), { for: scope, name, type });
      else prev.type = widen(prev.type, type);
    }
  };
  flat.forEachNode((_, attrs) => declare("node", attrs as Flat));
  flat.forEachEdge((_, attrs) => declare("edge", attrs as Flat));
  return keys;
}

const INT_MAX = 2 ** 31 - 1;

function valueType(value: Flat[string]): KeyType {
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "string") return "string";
  // Beyond 2^53 a whole double (1e21) is not exact as an integer, and String() writes it in exponent form.
  if (!Number.isSafeInteger(value)) return "double";
  return Math.abs(value) <= INT_MAX ? "int" : "long";
}

const NUMBER_WIDTH: Partial<Record<KeyType, number>> = { int: 0, long: 1, double: 2 };

/** The narrowest type that holds values of both types. */
function widen(a: KeyType, b: KeyType): KeyType {
  if (a === b) return a;
  const wa = NUMBER_WIDTH[a];
  const wb = NUMBER_WIDTH[b];
  if (wa === undefined || wb === undefined) return "string";
  return wa > wb ? a : b;
}

function writeData(xml: XMLWriter, scope: Scope, attrs: Flat): void {
  for (const [name, value] of Object.entries(attrs))
    textKeepingCR(
      attributes(xml.startElement("data"), { key: keyId(scope, name) }),
      xmlSafe(String(value)),
    ).endElement();
}

/** XML parsers read a raw CR (as in CRLF) in text as LF; written as a character reference it reaches the reader. */
function textKeepingCR(xml: XMLWriter, text: string): XMLWriter {
  text.split("\r").forEach((part, i) => (i > 0 ? xml.writeRaw("&#xD;") : xml).text(part));
  return xml;
}
