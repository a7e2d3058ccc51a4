// The page's static server (npm start, browser tests) answers bad requests and survives them.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type RunningServer } from "../../src/viewer/server/staticServer.js";

const PAGE = "<!doctype html><title>sister-city-graph</title>";

let root: string;
let server: RunningServer;

/** Sends an HTTP/1.0 request with the path exactly as given (no client normalises it) and returns the answer. */
function rawGet(path: string, url = server.url): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let reply = "";
    socket.setEncoding("utf8");
    socket.setTimeout(5_000, () => socket.destroy(new Error(`no answer to GET ${path} within 5 s`)));
    socket.on("data", (chunk: string) => (reply += chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const status = /^HTTP\/1\.1 (\d{3})/.exec(reply);
      if (!status)
        reject(new Error(`GET ${path}: no HTTP answer before the connection closed (${JSON.stringify(reply)})`));
      else resolve({ status: Number(status[1]), body: reply.slice(reply.indexOf("\r\n\r\n") + 4) });
    });
    // Written, not ended: a half-closed socket may be dropped before the answer; HTTP/1.0 closes it after the answer.
    socket.write(`GET ${path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n`);
  });
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "static-server-"));
  writeFileSync(join(root, "index.html"), PAGE);
  // A folder whose index.html is itself a folder, a pipe, and a file nobody may read (not even root: a write-only
  // sysctl), each of which used to throw inside the handler or hang it.
  mkdirSync(join(root, "odd", "index.html"), { recursive: true });
  execFileSync("mkfifo", [join(root, "pipe.json")]);
  symlinkSync("/proc/sys/vm/drop_caches", join(root, "unreadable.json"));
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe("static server", () => {
  it("serves the page", async () => {
    expect(await rawGet("/")).toEqual({ status: 200, body: PAGE });
  });

  it.each(["/%ZZ", "/100%", "/%E0%A4%A", "/graph.json%"])(
    "answers 400 to the malformed path %s and keeps serving",
    async (path) => {
      expect((await rawGet(path)).status).toBe(400);
      expect(await rawGet("/")).toEqual({ status: 200, body: PAGE });
    },
  );

  it.each(["/../../etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd"])(
    "refuses %s, which leaves its folder, with 403",
    async (path) => {
      expect((await rawGet(path)).status).toBe(403);
    },
  );

  it("answers 404 to a folder named index.html and to a pipe, and keeps serving", async () => {
    expect((await rawGet("/odd/")).status).toBe(404);
    expect((await rawGet("/pipe.json")).status).toBe(404);
    expect(await rawGet("/")).toEqual({ status: 200, body: PAGE });
  });

  it("answers 500 when a file cannot be opened, and keeps serving", async () => {
    const reply = await rawGet("/unreadable.json");
    expect(reply.status).toBe(500);
    expect(reply.body).toContain("EACCES");
    expect(await rawGet("/")).toEqual({ status: 200, body: PAGE });
  });

  it("keeps a server process (as npm start runs it) alive after a malformed path", async () => {
    const module = resolve(import.meta.dirname, "../../src/viewer/server/staticServer.ts");
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `import { startStaticServer } from ${JSON.stringify(module)};
         const server = await startStaticServer({ root: ${JSON.stringify(root)} });
         console.log(server.url);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const [line] = (await once(child.stdout!, "data")) as [Buffer];
      const url = line.toString().trim();
      expect((await rawGet("/%ZZ", url)).status).toBe(400);
      expect((await rawGet("/100%", url)).status).toBe(400);
      expect(child.exitCode).toBe(null);
      expect(await rawGet("/", url)).toEqual({ status: 200, body: PAGE });
    } finally {
      child.kill();
    }
  });
});
