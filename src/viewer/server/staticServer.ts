// A small static file server for the built page (start, browser tests, benchmark); binds to the loopback address only.
import type { Stats } from "node:fs";
import { open, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { pipeline } from "node:stream";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};

export interface StaticServerOptions {
  /** The built page (Vite's outDir). */
  root: string;
  /** Serve this file as /graph.json instead of the one in root (tests and the benchmark use their own graphs). */
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

/** Answers with a short plain-text message, or just ends the reply when the headers are already out. */
function fail(res: ServerResponse, status: number, message: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" }).end(message);
}

/** The file's status, or null when there is nothing readable there (missing, a NUL in the name, a broken link). */
async function statOrNull(file: string): Promise<Stats | null> {
  return stat(file).catch(() => null);
}

export function startStaticServer({
  root,
  graphFile,
  port = 0,
  host = "127.0.0.1",
}: StaticServerOptions): Promise<RunningServer> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    // One bad request must never take the server down: whatever the handler throws answers 500 instead.
    handle(req, res).catch((error: Error) => fail(res, 500, `internal error: ${error.message}`));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      fail(res, 400, "bad request: the path is not a valid URL (a stray or malformed %-escape)");
      return;
    }
    let file =
      pathname === "/graph.json" && graphFile
        ? resolve(graphFile)
        : normalize(join(base, pathname === "/" ? "index.html" : pathname));
    if (file !== resolve(graphFile ?? "\0") && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if ((await statOrNull(file))?.isDirectory()) file = join(file, "index.html");
    // Only regular files: a folder would fail mid-reply, and a FIFO would never answer.
    if (!(await statOrNull(file))?.isFile()) {
      fail(res, 404, `not found: ${pathname}`);
      return;
    }
    // Opened before the headers go out, so that an unreadable file answers 500 rather than a truncated 200.
    const opened = await open(file, "r");
    const { size } = await opened.stat().catch(async (error: Error) => {
      await opened.close();
      throw error;
    });
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": size,
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") {
      await opened.close();
      res.end();
      return;
    }
    // A read error after the headers can only cut the reply short; a client that leaves closes the file.
    pipeline(opened.createReadStream(), res, () => undefined);
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
