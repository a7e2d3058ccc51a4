// A markdown study's evidence reads in Cypher, CSV and Neo4j as a reader sees it; its offsets still index the study.
import { describe, expect, it } from "vitest";
import { csvFiles } from "../../src/export/csv.js";
import { cypherScript } from "../../src/export/cypher.js";
import { edgeFromProperties, edgeRow, nodeFromProperties, nodeRow } from "../../src/export/properties.js";
import { serializeGraph } from "../../src/graph/index.js";
import { parseGraphFile } from "../../src/graph/graphFile.js";
import { graphOfFolder } from "../../src/pipeline.js";

/** The graph as a reader of the written file holds it. */
const graph = parseGraphFile(JSON.parse(serializeGraph(graphOfFolder("tests/fixtures/markdown").graph)), "markdown");
const SENTENCE = "Tulisan ini mengkaji kerja sama Sister City antara Jakarta dan Berlin sejak tahun 1994.";
const RAW = "Tulisan ini mengkaji kerja sama *Sister City* antara **Jakarta** dan _Berlin_ sejak tahun 1994.";
const TITLE = "Kerja Sama Sister City Jakarta dan Berlin dalam Tata Kelola Smart City";
/** Markers of the fixture's markdown that must not reach an evidence sentence. */
const MARKED = ["*Sister City*", "**Jakarta**", "_Berlin_", "**Smart City**", "](https://", "`smart city`"];

const studyTexts = new Map(
  graph.nodes.flatMap((n) => (n.attributes.kind === "Study" ? [[n.key, n.attributes.text] as const] : [])),
);

describe("evidence quotes of a markdown study in the exports", () => {
  it("hold markdown in the graph file, verbatim at their offsets", () => {
    const berlin = graph.nodes.find((n) => n.key === "city:berlin")!;
    expect(berlin.attributes.evidence.map((e) => e.quote)).toContain(RAW);
  });

  it("read without markers in the Cypher script, the study's text kept whole", () => {
    const script = [...cypherScript(graph)].join("\n");
    expect(script).toContain(`'${SENTENCE}'`);
    expect(script).toContain(`'${TITLE}'`);
    const quotes = [...script.matchAll(/evidenceQuote: \[([^\]]*)\]/g)].map((m) => m[1]).join("\n");
    expect(quotes).toContain(SENTENCE);
    for (const marker of MARKED) expect(quotes).not.toContain(marker);
    expect(script).toContain("_Berlin_"); // the study's own text, which the offsets index
  });

  it("read without markers in the CSV files", () => {
    const relationships = csvFiles(graph).find((f) => f.name === "relationships.csv")!.content;
    expect(relationships).toContain(SENTENCE);
    for (const marker of MARKED) expect(relationships).not.toContain(marker);
  });

  it("come back verbatim from Neo4j's properties, given the studies' texts", () => {
    for (const node of graph.nodes) {
      const row = nodeRow(node);
      expect(nodeFromProperties({ id: row.id, ...row.props }, studyTexts)).toEqual(node);
    }
    for (const edge of graph.edges) {
      const row = edgeRow(edge);
      const props = { key: row.key, ...row.props };
      expect(edgeFromProperties(row.kind, row.source, row.target, props, studyTexts)).toEqual(edge);
    }
  });
});
