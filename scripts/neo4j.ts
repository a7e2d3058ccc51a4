// `npm run neo4j`: starts a local Neo4j 5 community server, prints its Bolt URI and login, runs until Ctrl-C.
// With --query or --evidence it instead asks a running server one question and prints the rows.
import { join } from "node:path";
import { parseArgs, UsageError } from "../src/export/args.js";
import { connect } from "../src/export/connect.js";
import { EVIDENCE_QUERY } from "../src/export/pull.js";
import { runQuery } from "../src/export/query.js";
import { buildLauncher, DEFAULT_PASSWORD, ROOT, startNeo4j } from "../tools/neo4j/index.js";

const USAGE =
  "usage: npm run neo4j [-- --port 7687] [--data .neo4j/data] [--password PASSWORD] [--fresh] [--heap 2g] " +
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
  const { values, flags } = parseArgs(
    process.argv.slice(2),
    ["port", "data", "password", "heap", "import-csv", "uri", "user", "database", "query", "evidence"],
    ["fresh", "help", "build-only"],
  );
  if (flags.has("help")) {
    console.log(USAGE);
    process.exit(0);
  }
  if (flags.has("build-only")) {
    // Builds (or checks) the cached launcher and stops: CI can fetch Neo4j before the tests start.
    buildLauncher((line) => console.error(line));
    console.log("neo4j: the launcher is built.");
    process.exit(0);
  }
  if (values.has("query") || values.has("evidence")) {
    const uri = values.get("uri") ?? process.env.NEO4J_URI;
    if (!uri) throw new UsageError("--query and --evidence ask a running server: pass --uri or set NEO4J_URI");
    const target = {
      uri,
      user: values.get("user") ?? process.env.NEO4J_USER ?? "neo4j",
      password: values.get("password") ?? process.env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD,
      database: values.get("database") ?? process.env.NEO4J_DATABASE ?? undefined,
    };
    const pair = values.get("evidence")?.split(",");
    if (pair && pair.length !== 2) throw new UsageError("--evidence takes two node ids: city:jakarta,city:berlin");
    const driver = await connect(target);
    try {
      printRows(
        pair
          ? await runQuery(driver, target, EVIDENCE_QUERY, { a: pair[0].trim(), b: pair[1].trim() })
          : await runQuery(driver, target, values.get("query")!),
      );
    } finally {
      await driver.close();
    }
    process.exit(0);
  }
  const port = Number(values.get("port") ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number`);
  const server = await startNeo4j({
    dataDir: values.get("data") ?? join(ROOT, ".neo4j/data"),
    port,
    password: values.get("password") ?? process.env.NEO4J_PASSWORD ?? DEFAULT_PASSWORD,
    fresh: flags.has("fresh"),
    heap: values.get("heap"),
    importCsv: values.get("import-csv"),
    log: (line) => console.error(line),
  });
  server.process.ref();
  console.log(`\nNeo4j is running: ${server.uri} (user ${server.user}, password ${server.password})`);
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
