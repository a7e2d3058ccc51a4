// graph.json -> Cypher, CSV and Neo4j (push, pull, queries). What other stages use.
export { connect, targetFromEnv, type Neo4jTarget } from "./connect.js";
export { importArguments } from "./csv.js";
export { DEFAULT_BATCH_SIZE, pushGraph, type PushSummary } from "./push.js";
