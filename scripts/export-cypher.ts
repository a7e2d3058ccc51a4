// `npm run export:cypher [-- --out FILE] [--graph FILE]`: the graph as an idempotent Cypher script (docs/neo4j.md).
import { parseArgs, UsageError } from "../src/export/args.js";
import { cypherScript } from "../src/export/cypher.js";
import { readGraphFile } from "../src/graph/graphFile.js";
import { writeFileAtomic } from "../src/graph/writeFileAtomic.js";

const USAGE =
  "usage: npm run export:cypher [-- --out graph-data/graph.cypher] [--graph graph-data/graph.json] [--batch-size 200]";

try {
  const { values, flags } = parseArgs(process.argv.slice(2), ["out", "graph", "batch-size"], ["help"]);
  if (flags.has("help")) {
    console.log(USAGE);
    process.exit(0);
  }
  const batchSize = Number(values.get("batch-size") ?? 200);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError("--batch-size must be a positive integer");
  const graphPath = values.get("graph") ?? "graph-data/graph.json";
  const out = values.get("out") ?? "graph-data/graph.cypher";
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
