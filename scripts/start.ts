// `npm start`: rebuilds graph-data/graph.json, builds the viewer with Vite, serves it on localhost and prints the address.
import { relative, resolve } from "node:path";
import { build } from "vite";
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { GRAPH_FILE, runExtract, STUDIES_DIR } from "../src/commands/extract.js";
import { startStaticServer } from "../src/viewer/server/staticServer.js";

const USAGE = "usage: npm start [-- --port 4173 (or PORT)] [--out-dir dist] [--no-extract]";

const root = resolve(import.meta.dirname, "..");
let args;
try {
  args = parseCommandLine({
    port: { type: "string", default: process.env.PORT ?? "4173" },
    "out-dir": { type: "string", default: resolve(root, "dist") },
    "no-extract": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`start: ${error.message}\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const outDir = resolve(args["out-dir"]);
const port = Number(args.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`start: --port must be a port number, got ${args.port}.`);
  process.exit(2);
}

// Extraction is fast and deterministic, so running it every time is the simplest way never to serve a stale graph.
// It is `npm run extract` run in this process; its messages name files from where start was run, as the shell would.
if (!args["no-extract"]) {
  console.log("start: building the graph (npm run extract)…");
  const fromHere = (path: string) => relative(process.cwd(), resolve(root, path)) || ".";
  const status = runExtract({ in: fromHere(STUDIES_DIR), out: fromHere(GRAPH_FILE) });
  if (status !== 0) {
    console.error(`start: npm run extract failed (exit ${status}); not serving a stale graph.`);
    process.exit(status);
  }
}

console.log("start: building the page (vite build)…");
await build({
  root,
  configFile: resolve(root, "vite.config.ts"),
  logLevel: "warn",
  build: { outDir, emptyOutDir: true },
});

const server = await startStaticServer({ root: outDir, port }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== "EADDRINUSE") throw error;
  console.log(`start: port ${port} is taken, using a free one.`);
  return startStaticServer({ root: outDir, port: 0 });
});
console.log(`\nThe sister-city graph viewer is at ${server.url}\n(Ctrl+C to stop)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
