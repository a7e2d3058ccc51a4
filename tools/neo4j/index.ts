// The local Neo4j 5 launcher for `npm run neo4j`, the Neo4j tests and the benchmark: build it, start it, stop it.
export { buildLauncher } from "./build.js";
export { ROOT } from "./paths.js";
export { DEFAULT_PASSWORD, startNeo4j } from "./start.js";
