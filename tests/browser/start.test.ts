// `npm start`'s script: builds the page, serves it on the loopback address and prints where.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../support/harness.js";

describe("npm start", () => {
  it("builds the viewer, serves it and graph.json on localhost, and prints the address", async () => {
    const outDir = mkdtempSync(join(tmpdir(), "viewer-start-"));
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/start.ts", "--no-extract", "--port", "0", "--out-dir", outDir],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const match = out.match(/viewer is at (http:\/\/127\.0\.0\.1:\d+\/)/);
          if (match) resolve(match[1]);
        });
        child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
        child.on("exit", (code) => reject(new Error(`start exited with ${code} before serving:\n${out}`)));
      });
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
    } finally {
      child.kill("SIGTERM");
    }
  });
});
