// `npm run neo4j`: starts a local Neo4j 5 community server, prints its Bolt URI and login, runs until Ctrl-C.
import { join } from "node:path";
import { parseArgs, UsageError } from "../src/export/args.js";
import { buildLauncher, DEFAULT_PASSWORD, ROOT, startNeo4j } from "../src/export/server.js";

const USAGE =
  "usage: npm run neo4j [-- --port 7687] [--data .neo4j/data] [--password PASSWORD] [--fresh] [--heap 2g] " +
  "[--import-csv graph-data/csv] [--build-only]";

try {
  const { values, flags } = parseArgs(
    process.argv.slice(2),
    ["port", "data", "password", "heap", "import-csv"],
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
  console.error(error instanceof UsageError ? `neo4j: ${error.message}\n${USAGE}` : (error as Error).message);
  process.exit(error instanceof UsageError ? 2 : 1);
}
