// What the page's downloads take: the graph the filters show, described in the file, never filtered a second way.
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, it } from "vitest";
import { checkGraphFile } from "../../src/model/index.js";
import { toGexf, toGraphml, toJson } from "../../src/export/formats/index.js";
import { NO_FILTERS, computeVisibility, type Filters } from "../../src/viewer/core/filters/filters.js";
import { describeFilters, shownGraph } from "../../src/viewer/core/export/shownGraph.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { readGraphFile } from "../../src/graph/index.js";
import { STUDY_A, STUDY_C } from "./fixtures.js";

// The seed graph: it has the concepts and methods a researcher hides to see the places and bodies.
const dataset = indexDataset(readGraphFile("graph-data/graph.json"));
const { graph } = dataset;
const hideTerms: Filters = { ...NO_FILTERS, hiddenNodeKinds: new Set(["Concept", "Method"]) };

describe("shownGraph", () => {
  it("holds exactly the nodes and relations the filters show, with their attributes", () => {
    const visibility = computeVisibility(dataset, hideTerms);
    const shown = shownGraph(dataset, hideTerms, visibility);
    expect(new Set(shown.nodes())).toEqual(visibility.nodes);
    expect(new Set(shown.edges())).toEqual(visibility.edges);
    expect(shown.order).toBeLessThan(graph.order);
    shown.forEachNode((_, a) => expect(["Concept", "Method"]).not.toContain(a.kind));
    expect(shown.getNodeAttributes("city:berlin")).toEqual(graph.getNodeAttributes("city:berlin"));
    expect(shown.getAttribute("name")).toBe(graph.getAttribute("name"));
  });

  it("is the whole graph, undescribed, when nothing is filtered", () => {
    const shown = shownGraph(dataset, NO_FILTERS, computeVisibility(dataset, NO_FILTERS));
    expect(shown.order).toBe(graph.order);
    expect(shown.size).toBe(graph.size);
    expect(shown.getAttribute("description")).toBeUndefined();
    expect(toGexf(shown)).toBe(toGexf(graph));
  });

  it("keeps, in the graph file, the hidden studies that the shown facts cite, so the file stays valid", () => {
    const filters: Filters = { ...NO_FILTERS, hiddenNodeKinds: new Set(["Study"]), hiddenStudies: new Set([STUDY_C]) };
    const visibility = computeVisibility(dataset, filters);
    const forXml = shownGraph(dataset, filters, visibility);
    forXml.forEachNode((_, a) => expect(a.kind).not.toBe("Study"));
    const forJson = shownGraph(dataset, filters, visibility, { citedStudies: true });
    expect(forJson.hasNode(STUDY_A)).toBe(true);
    expect(checkGraphFile(JSON.parse(toJson(forJson)), "shown.json").ok).toBe(true);
  });

  it("records the filters in the file: GEXF's meta description, GraphML's graph data, the JSON's attributes", () => {
    const visibility = computeVisibility(dataset, hideTerms);
    const description = describeFilters(dataset, hideTerms, visibility);
    expect(description).toContain("hidden node kinds: Concept, Method");
    expect(description).toContain(`${visibility.nodes.size} of ${graph.order} nodes`);
    expect(description).toContain("?hideNodeKinds=Concept,Method");
    const shown = shownGraph(dataset, hideTerms, visibility);
    expect(shown.getAttribute("description")).toBe(description);
    const gexf = toGexf(shown);
    expect(gexf).toMatch(/<meta>[\s\S]*<description>[^<]*hidden node kinds: Concept, Method[^<]*<\/description>/);
    expect(parseGexf(Graph, gexf).getAttribute("description")).toBe(description);
    const graphml = toGraphml(shown);
    expect(graphml).toMatch(/<key id="g_description" for="graph" attr.name="description" attr.type="string"/);
    expect(parseGraphml(Graph, graphml).getAttribute("description")).toBe(description);
    expect(JSON.parse(toJson(shown)).attributes.description).toBe(description);
  });
});
