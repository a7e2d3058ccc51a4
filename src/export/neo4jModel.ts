// What a graph file becomes in Neo4j, shared by the push, the Cypher script and the CSV files: the graph's own nodes
// and edges, plus each place's country made a relationship where the graph only names it.
import { edgeKey, isPlaceKind, nodeKey, type GraphFile } from "../model/index.js";
import { countryName } from "./countryNames.js";
import { derivedEdgeRow, derivedNodeRow, edgeRow, nodeRow, type EdgeRow, type NodeRow } from "./properties.js";

export interface Neo4jRows {
  /** The graph's nodes in its order, then the Country nodes added for places' country codes. */
  nodes: NodeRow[];
  /** The graph's edges in its order, then the LOCATED_IN relationships added for places' country codes. */
  edges: EdgeRow[];
}

/** The `derivedFrom` of what is added: a place's `countryCode` property. */
const FROM_COUNTRY_CODE = "countryCode";

/**
 * Extraction links a place to its country with LOCATED_IN only when a study names both; otherwise the place carries
 * just `countryCode`. So that one query (`(p)-[:LOCATED_IN]->(c:Country)`) finds every place's country, every City
 * and Province with a code and no LOCATED_IN to a Country of that code gets one, to the graph's Country of that code
 * if it has one, else to a Country added under the key extraction would give it (`country:germany`). What is added
 * carries `derivedFrom: "countryCode"` and no evidence: no sentence says it. Pure and deterministic, so hashes are
 * stable and a second push changes nothing.
 */
export function neo4jRows(graph: GraphFile): Neo4jRows {
  const nodes = graph.nodes.map(nodeRow);
  const edges = graph.edges.map(edgeRow);
  const keys = new Set(graph.nodes.map((n) => n.key));
  const countryKeyByCode = new Map<string, string>();
  for (const n of graph.nodes)
    if (n.attributes.kind === "Country" && n.attributes.countryCode && !countryKeyByCode.has(n.attributes.countryCode))
      countryKeyByCode.set(n.attributes.countryCode, n.key);
  const locatedIn = new Set(
    graph.edges.filter((e) => e.attributes.kind === "LOCATED_IN").map((e) => `${e.source}\0${e.target}`),
  );

  for (const place of graph.nodes) {
    const a = place.attributes;
    if (a.kind === "Study" || !isPlaceKind(a.kind) || !a.countryCode) continue;
    const code = a.countryCode;
    let country = countryKeyByCode.get(code);
    if (!country) {
      const name = countryName(code);
      if (!name) continue; // a code no one can name: nothing to link to
      country = nodeKey("Country", name);
      countryKeyByCode.set(code, country);
      if (!keys.has(country)) {
        keys.add(country);
        nodes.push(
          derivedNodeRow(
            {
              key: country,
              attributes: { kind: "Country", label: name, aliases: [], evidence: [], x: 0, y: 0, countryCode: code },
            },
            FROM_COUNTRY_CODE,
          ),
        );
      }
    }
    if (locatedIn.has(`${place.key}\0${country}`)) continue;
    locatedIn.add(`${place.key}\0${country}`);
    edges.push(
      derivedEdgeRow(
        {
          key: edgeKey("LOCATED_IN", place.key, country),
          source: place.key,
          target: country,
          attributes: { kind: "LOCATED_IN", evidence: [] },
        },
        FROM_COUNTRY_CODE,
      ),
    );
  }
  return { nodes, edges };
}
