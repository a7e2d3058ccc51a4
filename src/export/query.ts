// Runs one Cypher query against a server and turns the records into plain values, for `npm run neo4j -- --query`.
import { isInt, type Driver, type Integer } from "neo4j-driver";
import { describeNeo4jError, type Neo4jTarget } from "./connect.js";

/** Driver values as plain JavaScript: integers as numbers (as strings past 2^53), nodes and relationships as maps. */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) {
    const n = value as Integer;
    return n.inSafeRange() ? n.toNumber() : n.toString();
  }
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value === "object") {
    const v = value as { labels?: string[]; type?: string; properties?: Record<string, unknown> };
    if (v.properties && (v.labels || v.type))
      return { ...(v.labels ? { labels: v.labels } : { type: v.type }), ...(plain(v.properties) as object) };
    return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, plain(x)]));
  }
  return value;
}

export async function runQuery(
  driver: Driver,
  target: Neo4jTarget,
  query: string,
  parameters: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  try {
    const result = await driver.executeQuery(query, parameters, { database: target.database, routing: "READ" });
    return result.records.map((r) => Object.fromEntries(r.keys.map((k) => [String(k), plain(r.get(k))])));
  } catch (error) {
    throw describeNeo4jError(error, target);
  }
}
