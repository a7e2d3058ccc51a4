// Vite builds the viewer (index.html -> dist/) and serves it in development; graph.json travels with the page.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";

const GRAPH_FILE = resolve(import.meta.dirname, "graph-data/graph.json");

/** The page fetches ./graph.json: served live from graph-data/ in development, copied next to the page in a build. */
function graphFile(): Plugin {
  return {
    name: "sister-city-graph:graph-file",
    configureServer(server) {
      server.watcher.add(GRAPH_FILE);
      server.watcher.on("change", (file) => {
        if (resolve(file) === GRAPH_FILE) server.ws.send({ type: "full-reload" });
      });
      server.middlewares.use("/graph.json", (_req, res) => {
        if (!existsSync(GRAPH_FILE)) {
          res.statusCode = 404;
          res.end("graph-data/graph.json is missing: run `npm run extract`.");
          return;
        }
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.end(readFileSync(GRAPH_FILE));
      });
    },
    generateBundle() {
      if (existsSync(GRAPH_FILE))
        this.emitFile({ type: "asset", fileName: "graph.json", source: readFileSync(GRAPH_FILE) });
      else this.warn("graph-data/graph.json is missing: the built page will show an error until it is there.");
    },
  };
}

export default defineConfig({
  base: "./",
  plugins: [graphFile()],
  build: { outDir: "dist", target: "es2022", chunkSizeWarningLimit: 2000 },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
