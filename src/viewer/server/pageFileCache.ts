// The page's files (structure, texts in parts) cut from a graph.json on disk, cut again only when the file changes.
import { readFileSync, statSync } from "node:fs";
import { pageFiles, PAGE_STRUCTURE_FILE } from "../../model/index.js";

/** `/graph.page.json`, `/graph.texts.3.json`: the names the page asks for. */
export function isPageFileName(name: string): boolean {
  return name === `/${PAGE_STRUCTURE_FILE}` || /^\/graph\.texts\.\d+\.json$/.test(name);
}

/** Reads `graphFile` when it changed since the last call and gives its page files (null: serve graph.json whole). */
export function pageFileCache(graphFile: string): () => Map<string, string> | null {
  let seen = "";
  let files: Map<string, string> | null = null;
  return () => {
    const stat = statSync(graphFile, { throwIfNoEntry: false });
    if (!stat?.isFile()) return null;
    const version = `${stat.mtimeMs}:${stat.size}`;
    if (version !== seen) {
      files = pageFiles(readFileSync(graphFile, "utf8"));
      seen = version;
    }
    return files;
  };
}
