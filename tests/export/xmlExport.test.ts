// GEXF and GraphML exports are well-formed XML whatever the studies contain, read back by Gephi-grade parsers.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { afterAll, describe, expect, it } from "vitest";
import type { GraphFile } from "../../src/model/index.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { toGexf, toGraphml, xmlSafe } from "../../src/export/formats/index.js";
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
    let stdout: string;
    try {
      stdout = execFileSync("python3", ["-c", script, dir], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      const stderr = String((error as { stderr?: unknown }).stderr ?? error);
      if (/No module named 'networkx'|ENOENT/.test(stderr))
        throw new Error(`this test needs python3 with networkx (pip install networkx): ${stderr}`);
      throw new Error(`Python could not read the export:\n${stderr}`);
    }
    expect(JSON.parse(stdout)).toEqual({
      "graph.gexf": [graph.order, graph.size],
      "graph.graphml": [graph.order, graph.size],
    });
  });
});
