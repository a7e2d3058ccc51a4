// Filters: node kinds, relation kinds, studies and years, and the visible sets and counts derived from them.
import { describe, expect, it } from "vitest";
import { NO_FILTERS, computeVisibility, visibilityOf } from "../../src/viewer/core/filters/filters.js";
import { syntheticGraph } from "../support/syntheticGraph.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { STUDY_A, STUDY_B, STUDY_C, seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());
const { graph } = dataset;

describe("filters", () => {
  it("shows everything without filters, with counts per kind", () => {
    const v = computeVisibility(dataset, NO_FILTERS);
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
    expect(v.nodeCounts.City).toEqual({ visible: 3, total: 3 });
    expect(v.edgeCounts.SISTER_CITY_OF).toEqual({ visible: 2, total: 2 });
  });
  it("hides a node kind and the relations that touch it", () => {
    const v = computeVisibility(dataset, { ...NO_FILTERS, hiddenNodeKinds: new Set(["Country"]) });
    expect(v.nodes.has("country:japan")).toBe(false);
    expect(v.edges.has("LOCATED_IN|city:tokyo|country:japan")).toBe(false);
    expect(v.nodeCounts.Country).toEqual({ visible: 0, total: 2 });
  });
  it("hides a relation kind only", () => {
    const v = computeVisibility(dataset, { ...NO_FILTERS, hiddenEdgeKinds: new Set(["SISTER_CITY_OF"]) });
    expect(v.edges.has("SISTER_CITY_OF|city:berlin|city:jakarta")).toBe(false);
    expect(v.nodes.has("city:berlin")).toBe(true);
  });
  it("keeps a relation while one of its studies is shown", () => {
    const one = computeVisibility(dataset, { ...NO_FILTERS, hiddenStudies: new Set([STUDY_A]) });
    expect(one.edges.has("SISTER_CITY_OF|city:berlin|city:jakarta")).toBe(true); // study C still says so
    expect(one.nodes.has(STUDY_A)).toBe(false);
    const both = computeVisibility(dataset, { ...NO_FILTERS, hiddenStudies: new Set([STUDY_A, STUDY_C]) });
    expect(both.nodes.has("city:berlin")).toBe(false);
    expect(both.edges.has("SISTER_CITY_OF|city:jakarta|city:tokyo")).toBe(true);
  });
  it("keeps the studies whose period overlaps the chosen years", () => {
    const v = computeVisibility(dataset, { ...NO_FILTERS, period: { from: 2021, to: 2023 } });
    expect([...v.activeStudies].sort()).toEqual([STUDY_A, STUDY_B]);
    const early = computeVisibility(dataset, { ...NO_FILTERS, period: { from: 2010, to: 2016 } });
    expect(early.activeStudies.size).toBe(0);
    expect(early.edges.size).toBe(0);
  });
});

describe("filters on a 5,000-node graph", () => {
  const file = syntheticGraph({ nodes: 5000, edges: 20000 });
  const big = indexDataset(file);
  const cities = new Set(file.nodes.filter((n) => n.attributes.kind === "City").map((n) => n.key));

  it("hides every city and every relation touching one, and nothing else", () => {
    const v = computeVisibility(big, { ...NO_FILTERS, hiddenNodeKinds: new Set(["City"]) });
    const expectedEdges = file.edges.filter((e) => !cities.has(e.source) && !cities.has(e.target));
    expect(cities.size).toBeGreaterThan(400);
    expect(v.nodeCounts.City).toEqual({ visible: 0, total: cities.size });
    expect(v.nodes.size).toBe(file.nodes.length - cities.size);
    expect([...v.nodes].some((n) => cities.has(n))).toBe(false);
    expect(v.edges).toEqual(new Set(expectedEdges.map((e) => e.key)));
  });
});

describe("visible sets", () => {
  it("are computed again only for a new filters object", () => {
    const visibility = visibilityOf(dataset);
    const hidden = { ...NO_FILTERS, hiddenNodeKinds: new Set(["Country"] as const) };
    const first = visibility(NO_FILTERS);
    expect(visibility(NO_FILTERS)).toBe(first);
    expect(visibility(hidden).nodes.has("country:japan")).toBe(false);
    expect(visibility(NO_FILTERS)).not.toBe(first);
    expect(visibility(NO_FILTERS).nodes).toEqual(first.nodes);
  });
});
