// Reads back what the push wrote (nodes and relationships carrying the marker) as graph file nodes and edges.
import type { Driver } from "neo4j-driver";
import type { GraphFile } from "../model/index.js";
import type { Neo4jTarget } from "./connect.js";
import { COMMON_LABEL, DERIVED_FROM, MARKER, edgeFromProperties, nodeFromProperties } from "./properties.js";

/**
 * "Which sentences support A SISTER_CITY_OF B": one row per evidence of the relationship, either direction (a
 * sister-city pair is stored once, source key < target key). Parameters: `$a` and `$b`, node ids like `city:jakarta`.
 */
export const EVIDENCE_QUERY = `MATCH (a:${COMMON_LABEL} {id: $a})-[r:SISTER_CITY_OF]-(b:${COMMON_LABEL} {id: $b})
UNWIND range(0, size(r.evidenceQuote) - 1) AS i
OPTIONAL MATCH (s:Study {id: r.evidenceStudy[i]})
RETURN r.evidenceQuote[i] AS sentence, s.id AS study, s.title AS title,
       r.evidenceStart[i] AS start, r.evidenceEnd[i] AS end
ORDER BY study, start`;

/**
 * The project's nodes and edges in `target`'s database, sorted by key, rebuilt losslessly from their properties: the
 * graph file that was pushed. What the Neo4j model derived (`derivedFrom` set) is not part of it and stays out.
 */
export async function pullGraph(driver: Driver, target: Neo4jTarget): Promise<Pick<GraphFile, "nodes" | "edges">> {
  const nodes = await driver.executeQuery(
    `MATCH (n:${COMMON_LABEL}) WHERE n.${MARKER} IS NOT NULL AND n.${DERIVED_FROM} IS NULL RETURN properties(n) AS p ORDER BY n.id`,
    {},
    { database: target.database },
  );
  const edges = await driver.executeQuery(
    `MATCH (a:${COMMON_LABEL})-[r]->(b:${COMMON_LABEL}) WHERE r.${MARKER} IS NOT NULL AND r.${DERIVED_FROM} IS NULL ` +
      "RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS p ORDER BY r.key",
    {},
    { database: target.database },
  );
  // Quotes are stored as a reader sees them; the verbatim ones are the studies' texts at their offsets.
  const props = nodes.records.map((r) => r.get("p") as Record<string, unknown>);
  const texts = new Map(
    props.flatMap((p) => (p.kind === "Study" ? [[p.id as string, p.text as string] as const] : [])),
  );
  return {
    nodes: props.map((p) => nodeFromProperties(p, texts)),
    edges: edges.records.map((r) =>
      edgeFromProperties(r.get("type"), r.get("source"), r.get("target"), r.get("p"), texts),
    ),
  };
}
