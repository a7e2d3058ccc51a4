// `npm run push`: pushes graph-data/graph.json (or --graph FILE) into Neo4j; see docs/neo4j.md.
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { progressReporter } from "../src/cli/progress.js";
import { connect, neo4jSettings } from "../src/export/connect.js";
import { neo4jRows } from "../src/export/neo4jModel.js";
import { DEFAULT_BATCH_SIZE, pushGraph, type Counts } from "../src/export/push.js";
import { readGraphFile } from "../src/graph/graphFile.js";

const USAGE =
  "usage: npm run push -- --uri bolt://localhost:7687 --user neo4j --password PASSWORD " +
  "[--database NAME] [--graph graph-data/graph.json] [--replace] [--verify] [--batch-size 5000] [--quiet]\n" +
  "       (or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE)";

try {
  const args = parseCommandLine({
    uri: { type: "string" },
    user: { type: "string" },
    password: { type: "string" },
    database: { type: "string" },
    graph: { type: "string", default: "graph-data/graph.json" },
    "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
    replace: { type: "boolean", default: false },
    verify: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  if (args.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const { uri, password, ...settings } = neo4jSettings(args);
  if (!uri) throw new UsageError("no server: pass --uri or set NEO4J_URI");
  if (password === undefined) throw new UsageError("no password: pass --password or set NEO4J_PASSWORD");
  const batchSize = Number(args["batch-size"]);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError("--batch-size must be a positive integer");
  const target = { ...settings, uri, password };
  const graph = readGraphFile(args.graph);
  const driver = await connect(target);
  try {
    const model = neo4jRows(graph);
    const derived = model.nodes.length - graph.nodes.length + model.edges.length - graph.edges.length;
    console.error(
      `push: ${args.graph} (${graph.nodes.length} nodes, ${graph.edges.length} relationships` +
        (derived ? `, ${derived} more from places' country codes` : "") +
        `) -> ` +
        `${uri}, database ${target.database ?? "(default)"}` +
        (args.replace ? ", replacing" : args.verify ? ", verifying stored properties" : ""),
    );
    const progress = progressReporter("push: ", { quiet: args.quiet });
    const summary = await pushGraph(driver, target, graph, {
      batchSize,
      replace: args.replace,
      verify: args.verify || args.replace,
      onProgress: ({ phase, done, total }) => progress(phase, done, total),
    });
    const line = (what: string, c: Counts) =>
      `  ${what.padEnd(14)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged` +
      (args.replace ? `, ${c.deleted} deleted` : "");
    console.log(`push: done in ${(summary.elapsed / 1000).toFixed(1)} s`);
    console.log(line("nodes", summary.nodes));
    console.log(line("relationships", summary.relationships));
  } finally {
    await driver.close();
  }
} catch (error) {
  const usage = error instanceof UsageError;
  console.error(`push: ${(error as Error).message}${usage ? `\n${USAGE}` : ""}`);
  process.exit(usage ? 2 : 1);
}
