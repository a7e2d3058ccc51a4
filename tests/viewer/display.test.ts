// The drawn graph derived from the dataset: layout or map positions, sizes, colours, curves and short labels.
import { describe, expect, it } from "vitest";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { buildDisplayGraph, parallelCurvature, shortLabel } from "../../src/viewer/core/graph/display.js";
import { createProjection } from "../../src/viewer/core/map/projection.js";
import { STUDY_A, seedFixture } from "./fixtures.js";

const { graph } = indexDataset(seedFixture());

describe("drawn graph", () => {
  it("keeps the stored layout, sizes by degree and colours by kind", () => {
    const display = buildDisplayGraph(graph, "graph");
    expect(display.order).toBe(graph.order);
    expect(display.getNodeAttributes("city:jakarta")).toMatchObject({ x: 0, y: 0, color: "#e15759" });
    expect(display.getNodeAttribute("city:jakarta", "size")).toBeGreaterThan(
      display.getNodeAttribute("country:japan", "size"),
    );
  });
  it("curves parallel relations apart and leaves single ones straight", () => {
    const display = buildDisplayGraph(graph, "graph");
    const a = display.getEdgeAttributes("SISTER_CITY_OF|city:berlin|city:jakarta");
    const b = display.getEdgeAttributes("COOPERATES_WITH|city:berlin|city:jakarta");
    expect([a.type, b.type]).toEqual(["curved", "curved"]);
    expect(Math.sign(a.curvature)).toBe(-Math.sign(b.curvature));
    expect(display.getEdgeAttribute("LOCATED_IN|city:tokyo|country:japan", "type")).toBe("line");
    expect(parallelCurvature(0, 1)).toBe(0);
  });
  it("places only places on the map, west to east and north up", () => {
    const display = buildDisplayGraph(graph, "map", createProjection());
    expect(display.hasNode(STUDY_A)).toBe(false);
    const x = (k: string) => display.getNodeAttribute(k, "x");
    const y = (k: string) => display.getNodeAttribute(k, "y");
    expect(x("city:berlin")).toBeLessThan(x("city:jakarta"));
    expect(x("city:jakarta")).toBeLessThan(x("city:tokyo"));
    expect(y("city:berlin")).toBeGreaterThan(y("city:jakarta"));
    expect(display.getEdgeAttribute("SISTER_CITY_OF|city:jakarta|city:tokyo", "type")).toBe("curved");
  });
  it("shortens long canvas labels only", () => {
    expect(shortLabel("Berlin")).toBe("Berlin");
    expect(shortLabel("x".repeat(60))).toHaveLength(42);
  });
});
