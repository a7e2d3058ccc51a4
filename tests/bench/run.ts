// `npm run bench`: runs every benchmark in turn (extraction, viewer, Neo4j) and prints their tables.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const suites = ["tests/bench/extract.ts", "tests/bench/viewer.ts", "tests/bench/neo4j.ts"];
// Only the Neo4j benchmark takes options (--nodes, --edges, --sample, --batch-size); it checks them itself.
const forwarded = (suite: string) => (suite.endsWith("neo4j.ts") ? process.argv.slice(2) : []);
let failed = 0;
for (const suite of suites) {
  if (!existsSync(suite)) {
    console.log(`bench: ${suite} is not there yet, skipped.`);
    continue;
  }
  console.log(`\n=== ${suite}`);
  const run = spawnSync(process.execPath, ["--import", "tsx", suite, ...forwarded(suite)], { stdio: "inherit" });
  if (run.status !== 0) {
    failed++;
    console.error(`bench: ${suite} failed with exit code ${run.status}.`);
  }
}
process.exit(failed ? 1 : 0);
