// Vite builds the viewer (index.html -> dist/) and serves it in development; graph.json travels with the page.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, type Plugin } from "vite";
import { pageFiles } from "./src/model/pageFiles.js";
import { isPageFileName, pageFileCache } from "./src/viewer/server/pageFileCache.js";

const GRAPH_FILE = resolve(import.meta.dirname, "graph-data/graph.json");

/**
 * The page fetches its structure and texts cut from graph.json (or graph.json whole): served live from graph-data/
 * in development, written next to the page in a build.
 */
function graphFile(): Plugin {
  const cached = pageFileCache(GRAPH_FILE);
  return {
    name: "sister-city-graph:graph-file",
    configureServer(server) {
      server.watcher.add(GRAPH_FILE);
      server.watcher.on("change", (file) => {
        if (resolve(file) === GRAPH_FILE) server.ws.send({ type: "full-reload" });
      });
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? "").replace(/[?#].*$/s, "");
        if (!isPageFileName(name)) return next();
        const content = cached()?.get(name.slice(1));
        if (content === undefined) {
          res.statusCode = 404;
          res.end(`${name}: not cut from graph-data/graph.json (missing, or not of this format version).`);
          return;
        }
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.end(content);
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
      if (existsSync(GRAPH_FILE)) {
        const text = readFileSync(GRAPH_FILE, "utf8");
        this.emitFile({ type: "asset", fileName: "graph.json", source: text });
        for (const [fileName, source] of pageFiles(text) ?? []) this.emitFile({ type: "asset", fileName, source });
      } else this.warn("graph-data/graph.json is missing: the built page will show an error until it is there.");
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
