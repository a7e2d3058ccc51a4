// GEXF and GraphML exports are well-formed XML whatever the studies contain, read back by Gephi-grade parsers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, it } from "vitest";
import { readerText, type GraphFile } from "../../src/model/index.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { toGexf, toGraphml, xmlSafe } from "../../src/export/formats/index.js";
import { readGraphFile } from "../../src/graph/index.js";
import { hostileGraph } from "./hostileGraph.js";

/** Every character XML 1.0 forbids, next to ones it allows that look alike (tab, LF, CR, U+FFFD, an emoji pair). */
const FORBIDDEN = "nul \u0000 bell \u0007 esc \u001b[31m vt \u000b ff \u000c us \u001f fffe \ufffe ffff \uffff";
const LONE = "high \ud800 alone, low \udc00 alone";
const ALLOWED = "tab\tlf\ncr\r ok \ufffd \u0085 \u{1f91d} \ud83c\udfd9";

/** The hostile graph, with the forbidden characters in a label, an alias, a quote, a node key and an edge key. */
function controlGraph(): GraphFile {
  const file = hostileGraph();
  const [study, city] = file.nodes;
  city.attributes.label = `Berlin ${FORBIDDEN}`;
  city.attributes.aliases = [LONE, ALLOWED, "\u0007"];
  (study.attributes as { title: string }).title = `Study \u001b ${ALLOWED}`;
  file.nodes.push({ key: "city:bell\u0007", attributes: { ...city.attributes, evidence: [], label: "Bell" } });
  file.nodes.push({ key: "city:bell", attributes: { ...city.attributes, evidence: [], label: "Bell twin" } });
  const edge = file.edges[0];
  edge.attributes.evidence = edge.attributes.evidence.map((e) => ({ ...e, quote: `${e.quote} ${FORBIDDEN}` }));
  file.edges.push({ ...edge, key: `${edge.key}\u001b`, target: "city:bell\u0007" });
  return file;
}

const dir = mkdtempSync(join(tmpdir(), "xml-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a Python script with networkx; its stdout, or an error that says what is missing or what Python refused. */
function runPython(script: string, ...args: string[]): string {
  try {
    return execFileSync("python3", ["-c", script, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? error);
    if (/No module named 'networkx'|ENOENT/.test(stderr))
      throw new Error(`this test needs python3 with networkx (pip install networkx): ${stderr}`);
    throw new Error(`Python could not read the export:\n${stderr}`);
  }
}

const graph = indexDataset(controlGraph()).graph;
const gexf = toGexf(graph);
const graphml = toGraphml(graph);

/** Characters a standard parser refuses; an export must hold none of them. */
const UNPARSEABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;

describe("XML exports of text with control characters", () => {
  it("strip exactly the characters XML 1.0 forbids", () => {
    expect(xmlSafe(FORBIDDEN)).toBe("nul  bell  esc [31m vt  ff  us  fffe  ffff ");
    expect(xmlSafe(LONE)).toBe("high  alone, low  alone");
    expect(xmlSafe(ALLOWED)).toBe(ALLOWED);
    expect(gexf).not.toMatch(UNPARSEABLE);
    expect(graphml).not.toMatch(UNPARSEABLE);
  });

  it("read back with graphology's GEXF and GraphML parsers, every node and relation and the cleaned text", () => {
    for (const parsed of [parseGexf(Graph, gexf), parseGraphml(Graph, graphml)]) {
      expect(parsed.order).toBe(graph.order);
      expect(parsed.size).toBe(graph.size);
      expect(parsed.getNodeAttribute("city:o'brien-`tick`\\back;", "label")).toBe(xmlSafe(`Berlin ${FORBIDDEN}`));
      // Two keys that differ only by a forbidden character stay two nodes.
      expect(parsed.hasNode("city:bell")).toBe(true);
      expect(parsed.hasNode("city:bell~2")).toBe(true);
      expect(parsed.getNodeAttribute("city:bell~2", "label")).toBe("Bell");
    }
  });

  it("parse with Python's strict XML parser and networkx's read_gexf and read_graphml", () => {
    writeFileSync(join(dir, "graph.gexf"), gexf);
    writeFileSync(join(dir, "graph.graphml"), graphml);
    // Expat (xml.etree) refuses any forbidden character; networkx is how many people open these files.
    const script = `
import json, sys, xml.etree.ElementTree as ET
import networkx as nx
out = {}
for name, read in (("graph.gexf", nx.read_gexf), ("graph.graphml", nx.read_graphml)):
    path = sys.argv[1] + "/" + name
    ET.parse(path)
    g = read(path)
    out[name] = [g.number_of_nodes(), g.number_of_edges()]
print(json.dumps(out))
`;
    const stdout = runPython(script, dir);
    expect(JSON.parse(stdout)).toEqual({
      "graph.gexf": [graph.order, graph.size],
      "graph.graphml": [graph.order, graph.size],
    });
  });
});

/** What networkx reads from a file: each value with its Python type, so `1994.0` and `1994` differ. */
type Typed = Record<string, [type: string, value: unknown]>;
interface NetworkxRead {
  nodes: Record<string, Typed>;
  edges: [source: string, target: string, data: Typed][];
}

const READ_TYPED = `
import json, sys
import networkx as nx
typed = lambda data: {k: [type(v).__name__, v] for k, v in data.items() if k != "viz"}
out = {}
for name, read in (("gexf", nx.read_gexf), ("graphml", nx.read_graphml)):
    g = read(sys.argv[1] + "/graph." + name)
    out[name] = {
        "nodes": {n: typed(d) for n, d in g.nodes(data=True)},
        "edges": [[s, t, typed(d)] for s, t, d in g.edges(data=True)],
    }
print(json.dumps(out))
`;

const GRAPHS = {
  "the seed graph": () => indexDataset(readGraphFile("graph-data/graph.json")).graph,
  "the hostile graph": () => indexDataset(hostileGraph()).graph,
};

describe.each(Object.entries(GRAPHS))("GEXF and GraphML of %s, read back by other tools", (name, build) => {
  const original = build();
  const files = mkdtempSync(join(dir, "typed-"));
  writeFileSync(join(files, "graph.gexf"), toGexf(original));
  writeFileSync(join(files, "graph.graphml"), toGraphml(original));
  const read = JSON.parse(runPython(READ_TYPED, files)) as Record<"gexf" | "graphml", NetworkxRead>;
  const edgeList = (edges: [string, string, string][]) => edges.map((e) => e.join(" → ")).sort();
  const expectedEdges = edgeList(original.mapEdges((_, a, s, t) => [s, t, a.kind]));

  it.each(["gexf", "graphml"] as const)("networkx keeps every relation's kind and evidence (%s)", (format) => {
    const { edges } = read[format];
    expect(edgeList(edges.map(([s, t, d]) => [s, t, String(d.kind?.[1])]))).toEqual(expectedEdges);
    for (const [source, target, data] of edges) {
      const key = original.edges(source, target).find((e) => original.getEdgeAttribute(e, "kind") === data.kind[1])!;
      const attrs = original.getEdgeAttributes(key);
      expect(data.evidenceCount).toEqual(["int", attrs.evidence.length]);
      for (const e of attrs.evidence) expect(data.quotes[1]).toContain(xmlSafe(readerText(e.quote)));
      if (attrs.since !== undefined) expect(data.since, key).toEqual(["int", attrs.since]);
      if (attrs.period)
        expect([data.periodStudiedFrom, data.periodStudiedTo]).toEqual([
          ["int", attrs.period.from],
          ["int", attrs.period.to],
        ]);
      if (format === "gexf")
        expect(data.label, "Gephi shows the kind as the edge's label").toEqual(["str", attrs.kind]);
    }
    if (name === "the seed graph") expect(original.someEdge((_, a) => a.since !== undefined)).toBe(true);
  });

  it.each(["gexf", "graphml"] as const)(
    "networkx reads whole numbers as int and coordinates as float (%s)",
    (format) => {
      const { nodes } = read[format];
      let cities = 0;
      original.forEachNode((key, attrs) => {
        const data = nodes[key];
        expect(data.kind).toEqual(["str", attrs.kind]);
        expect(data.evidenceCount).toEqual(["int", attrs.evidence.length]);
        if ("geonameId" in attrs && attrs.geonameId !== undefined) {
          cities++;
          expect(data.geonameId, key).toEqual(["int", attrs.geonameId]);
          expect(data.lat).toEqual(["float", attrs.lat]);
          expect(data.lon).toEqual(["float", attrs.lon]);
        }
        if ("year" in attrs && attrs.year !== undefined) expect(data.year, key).toEqual(["int", attrs.year]);
        for (const e of attrs.evidence) expect(data.quotes[1]).toContain(xmlSafe(readerText(e.quote)));
      });
      expect(cities).toBeGreaterThan(0);
    },
  );

  it("graphology's parsers read the same kinds, evidence counts and numbers", () => {
    for (const parsed of [parseGexf(Graph, toGexf(original)), parseGraphml(Graph, toGraphml(original))]) {
      original.forEachEdge((key, attrs) => {
        expect(parsed.getEdgeAttribute(key, "kind"), key).toBe(attrs.kind);
        expect(parsed.getEdgeAttribute(key, "evidenceCount")).toBe(attrs.evidence.length);
        expect(parsed.getEdgeAttribute(key, "since")).toBe(attrs.since);
      });
      original.forEachNode((key, attrs) => {
        if ("geonameId" in attrs) expect(parsed.getNodeAttribute(key, "geonameId"), key).toBe(attrs.geonameId);
        if ("lat" in attrs) expect(parsed.getNodeAttribute(key, "lat"), key).toBe(attrs.lat);
      });
    }
  });
});
