// `npm start`'s script: builds the page, serves it on the loopback address and prints where.
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT } from "../support/harness.js";

const children: ChildProcess[] = [];
const dirs: string[] = [];
function folder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGTERM");
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Runs the script with a fresh --out-dir and resolves with the address it prints once serving. */
function start(...args: string[]): Promise<string> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/start.ts", "--port", "0", "--out-dir", folder("viewer-start-"), ...args],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  children.push(child);
  return new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/viewer is at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) resolve(match[1]);
    });
    child.stderr!.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => reject(new Error(`start exited with ${code} before serving:\n${out}`)));
  });
}

describe("npm start", () => {
  it("builds the viewer, serves it and graph.json on localhost, and prints the address", async () => {
    const url = await start("--no-extract");
    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    const graph = await fetch(new URL("graph.json", url));
    expect(graph.status).toBe(200);
    expect((await graph.json()).nodes.some((n: { key: string }) => n.key === "city:berlin")).toBe(true);
    // Encoded slashes survive URL normalization; the server must still refuse to leave its folder.
    const status = await new Promise<number>((resolve, reject) =>
      get(`${url}..%2f..%2f..%2f..%2fetc%2fpasswd`, (res) => (res.resume(), resolve(res.statusCode ?? 0))).on(
        "error",
        reject,
      ),
    );
    expect(status).toBe(403);
  });

  it("builds the graph of a corpus outside the repository (--in, --out) and serves that, leaving graph-data alone", async () => {
    const committed = join(ROOT, "graph-data/graph.json");
    const before = { bytes: readFileSync(committed), mtime: statSync(committed).mtimeMs };
    const corpus = folder("my-corpus-");
    mkdirSync(join(corpus, "studies"));
    const seed = readdirSync(join(ROOT, "graph-data/studies")).find((f) => f.endsWith(".txt"))!;
    copyFileSync(join(ROOT, "graph-data/studies", seed), join(corpus, "studies", "mine.txt"));
    const out = join(corpus, "graph.json");

    const url = await start("--in", join(corpus, "studies"), "--out", out);
    const served = await fetch(new URL("graph.json", url));
    expect(served.status).toBe(200);
    const written = readFileSync(out, "utf8");
    expect(await served.text()).toBe(written);
    const studies = JSON.parse(written).nodes.filter(
      (n: { attributes: { kind: string } }) => n.attributes.kind === "Study",
    );
    expect(studies.map((n: { key: string }) => n.key)).toEqual(["study:mine"]);
    expect(readFileSync(committed)).toEqual(before.bytes);
    expect(statSync(committed).mtimeMs).toBe(before.mtime);
  });
});
