// `npm run push`: pushes graph-data/graph.json (or --graph FILE) into Neo4j; see docs/neo4j.md.
import { readGraphFile } from "../src/graph/graphFile.js";
import { parseArgs, UsageError } from "../src/export/args.js";
import { connect } from "../src/export/connect.js";
import { DEFAULT_BATCH_SIZE, pushGraph, type Counts, type PushProgress } from "../src/export/push.js";

const USAGE =
  "usage: npm run push -- --uri bolt://localhost:7687 --user neo4j --password PASSWORD " +
  "[--database NAME] [--graph graph-data/graph.json] [--replace] [--verify] [--batch-size 5000]\n" +
  "       (or NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE)";

try {
  const { values, flags } = parseArgs(
    process.argv.slice(2),
    ["uri", "user", "password", "database", "graph", "batch-size"],
    ["replace", "verify", "help"],
  );
  if (flags.has("help")) {
    console.log(USAGE);
    process.exit(0);
  }
  const uri = values.get("uri") ?? process.env.NEO4J_URI;
  const password = values.get("password") ?? process.env.NEO4J_PASSWORD;
  if (!uri) throw new UsageError("no server: pass --uri or set NEO4J_URI");
  if (password === undefined) throw new UsageError("no password: pass --password or set NEO4J_PASSWORD");
  const batchSize = Number(values.get("batch-size") ?? DEFAULT_BATCH_SIZE);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError("--batch-size must be a positive integer");
  const target = {
    uri,
    user: values.get("user") ?? process.env.NEO4J_USER ?? "neo4j",
    password,
    database: values.get("database") ?? process.env.NEO4J_DATABASE ?? undefined,
  };
  const graphPath = values.get("graph") ?? "graph-data/graph.json";
  const graph = readGraphFile(graphPath);
  const driver = await connect(target);
  try {
    console.error(
      `push: ${graphPath} (${graph.nodes.length} nodes, ${graph.edges.length} relationships) -> ` +
        `${uri}, database ${target.database ?? "(default)"}` +
        (flags.has("replace") ? ", replacing" : flags.has("verify") ? ", verifying stored properties" : ""),
    );
    const summary = await pushGraph(driver, target, graph, {
      batchSize,
      replace: flags.has("replace"),
      verify: flags.has("verify") || flags.has("replace"),
      onProgress: progressPrinter(),
    });
    const line = (what: string, c: Counts) =>
      `  ${what.padEnd(14)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged` +
      (flags.has("replace") ? `, ${c.deleted} deleted` : "");
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

/** One line per phase on a terminal (rewritten in place), else a line per tenth of each phase. */
function progressPrinter() {
  const tty = process.stderr.isTTY;
  let lastPhase = "";
  let lastTenth = -1;
  return ({ phase, done, total }: PushProgress) => {
    const tenth = Math.floor((done / total) * 10);
    const text = `push: ${phase} ${done}/${total}`;
    if (tty) process.stderr.write(`\r${text}${done === total ? "\n" : ""}`);
    else if (phase !== "constraints" && (phase !== lastPhase || tenth !== lastTenth)) console.error(text);
    lastPhase = phase;
    lastTenth = tenth;
  };
}
