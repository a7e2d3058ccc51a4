// The export command and its export:gexf / export:graphml aliases: the page's downloads from graph.json; refusals.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, it } from "vitest";
import { toGexf, toGraphml, toJson, type ExportGraph } from "../../src/export/formats/index.js";
import { readGraphFile } from "../../src/graph/index.js";

const GRAPH = "graph-data/graph.json";
const dir = mkdtempSync(join(tmpdir(), "scg-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function exportGraph(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/export-graph.ts", ...args], {
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const seed = Graph.from(readGraphFile(GRAPH) as never) as ExportGraph;

describe("npm run export", () => {
  it("writes each format exactly as the page downloads it, and leaves no temporary file", () => {
    const writers = { gexf: toGexf, graphml: toGraphml, json: toJson };
    for (const [format, write] of Object.entries(writers)) {
      const out = join(dir, "out", `graph.${format}`);
      const r = exportGraph("--format", format, "--in", GRAPH, "--out", out);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`${out} (${format}, ${seed.order} nodes, ${seed.size} relations`);
      expect(readFileSync(out, "utf8")).toBe(write(seed));
    }
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["graph.gexf", "graph.graphml", "graph.json"]);
    const gexf = parseGexf(Graph, readFileSync(join(dir, "out", "graph.gexf"), "utf8"));
    const graphml = parseGraphml(Graph, readFileSync(join(dir, "out", "graph.graphml"), "utf8"));
    for (const parsed of [gexf, graphml]) expect([parsed.order, parsed.size]).toEqual([seed.order, seed.size]);
  });

  it("npm run export:gexf and export:graphml write the same files as --format, through package.json", () => {
    for (const [alias, write] of [
      ["export:gexf", toGexf],
      ["export:graphml", toGraphml],
    ] as const) {
      const out = join(dir, "alias", alias.replace(":", "."));
      const run = spawnSync("npm", ["run", "--silent", alias, "--", "--in", GRAPH, "--out", out], { encoding: "utf8" });
      expect(run.status, run.stderr).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(write(seed));
    }
  });

  it("names the file of a graph that is not valid, writes nothing and exits 1", () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(GRAPH, "utf8")), nodes: 3 }));
    const out = join(dir, "bad.gexf");
    const r = exportGraph("--format", "gexf", "--in", bad, "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`export: ${bad}: not a valid graph file.`);
    expect(r.err).toContain("→ at nodes");
    expect(r.err).not.toMatch(/\n\s+at [A-Za-z].*\(/); // a message, not a stack trace
    expect(readdirSync(dir)).not.toContain("bad.gexf");
  });

  it("refuses a missing or unknown format, an unknown option and overwriting its input, with exit 2", () => {
    for (const [args, message] of [
      [[], "--format is required"],
      [["--format", "csv"], 'unknown format "csv"'],
      [["--format", "gexf", "--colour"], "Unknown option '--colour'"],
      [["--format", "json", "--out", GRAPH], "is the graph being read"],
    ] as const) {
      const r = exportGraph(...args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.err).toContain(message);
      expect(r.err).toContain("usage: npm run export");
    }
  });
});
