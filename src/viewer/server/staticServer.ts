// The static file server for the built page (start, browser tests, benchmark): sirv, bound to the loopback address.
import { open, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { basename, dirname, join, resolve, sep } from "node:path";
import sirv, { type Options } from "sirv";
import { isPageFileName, pageFileCache } from "./pageFileCache.js";

export interface StaticServerOptions {
  /** The built page (Vite's outDir). */
  root: string;
  /**
   * Serve this file as /graph.json, and the page's files cut from it, instead of the ones in root (tests and the
   * benchmark use their own graphs).
   */
  graphFile?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** Files looked up on each request (a graph may be rewritten while served), with ETags; only exact names. */
const SIRV: Options = { dev: true, etag: true, extensions: [] };

/** Answers with a short plain-text message, or just ends the reply when the headers are already out. */
function fail(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(message);
}

/**
 * Why `file` cannot be served, or undefined. sirv serves whatever is not a folder and streams it after its headers
 * with no error handler: a FIFO would never answer and an unreadable file would end the process, so both are refused
 * here first.
 */
async function unservable(file: string, name: string): Promise<[number, string] | undefined> {
  if (!(await stat(file).catch(() => null))?.isFile()) return [404, `not found: ${name}`];
  try {
    await (await open(file, "r")).close();
  } catch (error) {
    return [500, `cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`];
  }
  return undefined;
}

export function startStaticServer({
  root,
  graphFile,
  port = 0,
  host = "127.0.0.1",
}: StaticServerOptions): Promise<RunningServer> {
  const base = resolve(root);
  const page = sirv(base, SIRV);
  const graph = graphFile && {
    file: resolve(graphFile),
    serve: sirv(dirname(resolve(graphFile)), SIRV),
    pageFiles: pageFileCache(resolve(graphFile)),
  };

  const server = createServer((req, res) => {
    // One bad request must never take the server down: whatever the handler throws answers 500 instead.
    handle(req, res).catch((error: Error) => fail(res, 500, `internal error: ${error.message}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    // The path as sirv reads it: up to the query, decoded with decodeURI. sirv would look a malformed escape up as
    // written and answer 404; it is a bad request.
    let path = (req.url ?? "/").replace(/[?#].*$/s, "");
    let name: string;
    let decoded: string;
    try {
      name = decodeURI(path);
      decoded = decodeURIComponent(path);
    } catch {
      fail(res, 400, "bad request: the path is not a valid URL (a stray or malformed %-escape)");
      return;
    }
    if (graph && isPageFileName(name)) {
      // Cut from the graph served, never the build's own; none when that graph is not of this format version.
      const content = graph.pageFiles()?.get(name.slice(1));
      if (content === undefined) return fail(res, 404, `not found: ${name}`);
      res.writeHead(200, { "content-type": "application/json; charset=utf-8", "cache-control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : content);
      return;
    }
    if (graph && name === "/graph.json") {
      const problem = await unservable(graph.file, name);
      if (problem) return fail(res, ...problem);
      req.url = `/${basename(graph.file).replace(/%/g, "%25")}`;
      return graph.serve(req, res, () => fail(res, 404, `not found: ${name}`));
    }
    // Escaped slashes are not decoded by sirv, but a path that would leave the folder with them decoded is refused.
    const inside = (p: string) => p === base || p.startsWith(base + sep);
    let file = join(base, name);
    if (!inside(file) || !inside(join(base, decoded))) {
      res.writeHead(403).end();
      return;
    }
    if ((await stat(file).catch(() => null))?.isDirectory()) {
      file = join(file, "index.html");
      path = `${path.replace(/\/$/, "")}/index.html`;
      name = `${name.replace(/\/$/, "")}/index.html`;
    }
    const problem = await unservable(file, name);
    if (problem) return fail(res, ...problem);
    req.url = path;
    page(req, res, () => fail(res, 404, `not found: ${name}`));
  }

  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolvePromise({
        url: `http://${host}:${actual}/`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
