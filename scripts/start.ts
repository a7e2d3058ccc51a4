// `npm start`: rebuilds the graph (graph-data/graph.json, or --out from --in), builds the viewer with Vite, serves it
// on localhost and prints the address.
import { relative, resolve, sep } from "node:path";
import { build } from "vite";
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { GRAPH_FILE, runExtract, STUDIES_DIR } from "../src/commands/extract.js";
import { startStaticServer } from "../src/viewer/server/staticServer.js";

const USAGE =
  "usage: npm start [-- --in DIR] [--out FILE] [--port 4173 (or PORT)] [--out-dir dist] [--no-extract]\n" +
  "  --in DIR and --out FILE as `npm run extract` takes them: the studies, and the graph built from them and served";

const root = resolve(import.meta.dirname, "..");
let args;
try {
  args = parseCommandLine({
    in: { type: "string" },
    out: { type: "string" },
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
if (args.in !== undefined && args["no-extract"]) {
  console.error(`start: --in reads studies, which --no-extract skips; give one or the other.\n${USAGE}`);
  process.exit(2);
}
// Only a graph of one's own is served from where it was written; the default one travels in the build, as before.
const graphFile = args.out === undefined ? undefined : resolve(args.out);
if (graphFile && (graphFile === outDir || graphFile.startsWith(outDir + sep))) {
  console.error(`start: --out ${args.out} is inside --out-dir, which the build empties; write the graph elsewhere.`);
  process.exit(2);
}

// Extraction is fast and deterministic, so running it every time is the simplest way never to serve a stale graph.
// It is `npm run extract` run in this process; its messages name files from where start was run, as the shell would.
if (!args["no-extract"]) {
  console.log("start: building the graph (npm run extract)…");
  const fromHere = (path: string) => relative(process.cwd(), resolve(root, path)) || ".";
  const status = runExtract({ in: args.in ?? fromHere(STUDIES_DIR), out: args.out ?? fromHere(GRAPH_FILE) });
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

const server = await startStaticServer({ root: outDir, graphFile, port }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== "EADDRINUSE") throw error;
  console.log(`start: port ${port} is taken, using a free one.`);
  return startStaticServer({ root: outDir, graphFile, port: 0 });
});
console.log(`\nThe sister-city graph viewer is at ${server.url}\n(Ctrl+C to stop)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
