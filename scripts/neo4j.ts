// `npm run neo4j`: starts a local Neo4j 5 community server, prints its Bolt URI, Neo4j Browser's address and the
// login, runs until Ctrl-C.
// With --query or --evidence it instead asks a running server one question and prints the rows.
import { join } from "node:path";
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { connect, neo4jSettings } from "../src/export/connect.js";
import { EVIDENCE_QUERY } from "../src/export/pull.js";
import { runQuery } from "../src/export/query.js";
import { buildLauncher, DEFAULT_PASSWORD, ROOT, startNeo4j } from "../tools/neo4j/index.js";

const USAGE =
  "usage: npm run neo4j [-- --port 7687] [--http-port 7474] [--data .neo4j/data] [--password PASSWORD] [--fresh] [--heap 2g] " +
  "[--import-csv graph-data/csv] [--build-only]\n" +
  "       npm run neo4j -- --uri bolt://127.0.0.1:7687 [--user neo4j] --password P [--database D] " +
  "(--query CYPHER | --evidence city:jakarta,city:berlin)";

/** Prints each row as a block of `name: value` lines. */
function printRows(rows: Record<string, unknown>[]) {
  for (const [i, row] of rows.entries()) {
    console.log(`-- ${i + 1}`);
    for (const [k, v] of Object.entries(row)) console.log(`${k}: ${typeof v === "string" ? v : JSON.stringify(v)}`);
  }
  console.log(`(${rows.length} row${rows.length === 1 ? "" : "s"})`);
}

try {
  const args = parseCommandLine({
    port: { type: "string", default: "0" },
    "http-port": { type: "string", default: "0" },
    data: { type: "string", default: join(ROOT, ".neo4j/data") },
    password: { type: "string" },
    heap: { type: "string" },
    "import-csv": { type: "string" },
    uri: { type: "string" },
    user: { type: "string" },
    database: { type: "string" },
    query: { type: "string" },
    evidence: { type: "string" },
    fresh: { type: "boolean", default: false },
    "build-only": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
  const { uri, password = DEFAULT_PASSWORD, ...settings } = neo4jSettings(args);
  if (args.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (args["build-only"]) {
    // Builds (or checks) the cached launcher and stops: CI can fetch Neo4j before the tests start.
    buildLauncher((line) => console.error(line));
    console.log("neo4j: the launcher is built.");
    process.exit(0);
  }
  if (args.query !== undefined || args.evidence !== undefined) {
    if (!uri) throw new UsageError("--query and --evidence ask a running server: pass --uri or set NEO4J_URI");
    const target = { ...settings, uri, password };
    const pair = args.evidence?.split(",");
    if (pair && pair.length !== 2) throw new UsageError("--evidence takes two node ids: city:jakarta,city:berlin");
    const driver = await connect(target);
    try {
      printRows(
        pair
          ? await runQuery(driver, target, EVIDENCE_QUERY, { a: pair[0].trim(), b: pair[1].trim() })
          : await runQuery(driver, target, args.query!),
      );
    } finally {
      await driver.close();
    }
    process.exit(0);
  }
  const port = Number(args.port);
  const httpPort = Number(args["http-port"]);
  for (const [option, value] of [
    ["--port", port],
    ["--http-port", httpPort],
  ] as const)
    if (!Number.isInteger(value) || value < 0 || value > 65535) throw new UsageError(`${option} must be a port number`);
  const server = await startNeo4j({
    dataDir: args.data,
    port,
    httpPort,
    password,
    fresh: args.fresh,
    heap: args.heap,
    importCsv: args["import-csv"],
    log: (line) => console.error(line),
  });
  server.process.ref();
  console.log(`\nNeo4j is running: ${server.uri} (user ${server.user}, password ${server.password})`);
  console.log(`Neo4j Browser: ${server.browserUrl} (connect URL ${server.uri}, same user and password)`);
  console.log(`Push the graph:  npm run push -- --uri ${server.uri} --password ${server.password}`);
  console.log(
    `Ask it:          npm run neo4j -- --uri ${server.uri} --password ${server.password} ` +
      "--evidence city:jakarta,city:berlin",
  );
  console.log("Stop with Ctrl-C.");
  let stopping = false;
  const stop = () => {
    stopping = true;
    console.error("neo4j: stopping...");
    void server.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  server.process.once("exit", (code) => {
    if (stopping) return;
    console.error(`neo4j: the server stopped (exit ${code}).`);
    process.exit(code ?? 1);
  });
} catch (error) {
  const message = (error as Error).message;
  console.error(
    error instanceof UsageError ? `neo4j: ${message}\n${USAGE}` : message.replace(/^(?!neo4j: )/, "neo4j: "),
  );
  process.exit(error instanceof UsageError ? 2 : 1);
}
