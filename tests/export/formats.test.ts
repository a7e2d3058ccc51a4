// The GEXF, GraphML and JSON writers the page and `npm run export` share, on the seed studies' real text.
import { describe, expect, it } from "vitest";
import { flattenAttributes, toGexf, toGraphml, toJson } from "../../src/export/formats/index.js";
import { indexDataset, parseDataset } from "../../src/viewer/core/graph/dataset.js";
import { STUDY_A, STUDY_C, seedFixture } from "../viewer/fixtures.js";

const { graph } = indexDataset(seedFixture());

describe("export formats", () => {
  it("flattens evidence and periods into Gephi columns", () => {
    const flat = flattenAttributes(graph.getEdgeAttributes("SISTER_CITY_OF|city:berlin|city:jakarta") as never);
    expect(flat).toMatchObject({ kind: "SISTER_CITY_OF", evidenceCount: 2, studies: `${STUDY_A}; ${STUDY_C}` });
    expect(String(flat.quotes)).toContain("Kota Kembar bersama Berlin");
    // Markdown is read as a reader sees it; a relation's period is the years its studies cover.
    expect(String(flat.quotes)).toContain("Kerjasama sistercity antara");
    expect(String(flat.quotes)).not.toContain("*sistercity*");
    const period = { from: 2017, to: 2023 };
    expect(flattenAttributes({ period }, "relation")).toEqual({ periodStudiedFrom: 2017, periodStudiedTo: 2023 });
    expect(flattenAttributes({ period })).toEqual({ periodFrom: 2017, periodTo: 2023 });
  });
  it("writes GEXF, GraphML and JSON that keep every node and relation", () => {
    const gexf = toGexf(graph);
    expect(gexf).toMatch(/^<\?xml[\s\S]*<gexf/);
    expect(gexf.match(/<node /g)).toHaveLength(graph.order);
    const graphml = toGraphml(graph);
    expect(graphml.match(/<node /g)).toHaveLength(graph.order);
    expect(graphml.match(/<edge /g)).toHaveLength(graph.size);
    expect(graphml).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(parseDataset(JSON.parse(toJson(graph))).ok).toBe(true);
  });
  it("escapes markup in GraphML values", () => {
    const file = seedFixture({ inject: "<img src=x onerror=alert(1)>" });
    const out = toGraphml(indexDataset(file).graph);
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
