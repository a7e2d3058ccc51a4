// graph.json -> Cypher, CSV and Neo4j (push, pull, queries). What other stages use.
export { connect, neo4jSettings, targetFromEnv, type Neo4jTarget } from "./connect.js";
export { csvFiles, importArguments, importCommand } from "./csv.js";
export { cypherScript } from "./cypher.js";
export { EVIDENCE_QUERY } from "./pull.js";
export { DEFAULT_BATCH_SIZE, pushGraph, type Counts, type PushProgress, type PushSummary } from "./push.js";
export { runQuery } from "./query.js";
