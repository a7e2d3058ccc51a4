// `npm run export:cypher [-- --out FILE] [--graph FILE]`: the graph as an idempotent Cypher script (docs/neo4j.md).
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { cypherScript } from "../src/export/cypher.js";
import { readGraphFile } from "../src/graph/graphFile.js";
import { writeFileAtomic } from "../src/graph/writeFileAtomic.js";

const USAGE =
  "usage: npm run export:cypher [-- --out graph-data/graph.cypher] [--graph graph-data/graph.json] [--batch-size 200]";

try {
  const args = parseCommandLine({
    out: { type: "string", default: "graph-data/graph.cypher" },
    graph: { type: "string", default: "graph-data/graph.json" },
    "batch-size": { type: "string", default: "200" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (args.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const batchSize = Number(args["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError("--batch-size must be a positive integer");
  const graphPath = args.graph;
  const out = args.out;
  const graph = readGraphFile(graphPath);
  const script = [...cypherScript(graph, { batchSize })].join("");
  writeFileAtomic(out, script);
  console.log(
    `export:cypher: ${out} (${graph.nodes.length} nodes, ${graph.edges.length} relationships, ${script.length} characters)`,
  );
  console.log(`Run it with: cypher-shell -a bolt://localhost:7687 -u neo4j -p PASSWORD -f ${out}`);
} catch (error) {
  const usage = error instanceof UsageError;
  console.error(`export:cypher: ${(error as Error).message}${usage ? `\n${USAGE}` : ""}`);
  process.exit(usage ? 2 : 1);
}
