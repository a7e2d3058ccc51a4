// The drawn graph derived from the dataset: layout or map positions, sizes, colours, curves and short labels.
import { describe, expect, it } from "vitest";
import { nodeReducer, renderInput } from "../../src/viewer/core/appearance/reducers.js";
import { NO_FILTERS, computeVisibility } from "../../src/viewer/core/filters/filters.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { buildDisplayGraph, parallelCurvature, shortLabel } from "../../src/viewer/core/graph/display.js";
import { createProjection } from "../../src/viewer/core/map/projection.js";
import { initialState } from "../../src/viewer/core/state/state.js";
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
  it("draws country markers on the map smaller than in the graph and under every city, even when selected", () => {
    const map = buildDisplayGraph(graph, "map", createProjection());
    const flat = buildDisplayGraph(graph, "graph");
    const japan = map.getNodeAttributes("country:japan");
    const tokyo = map.getNodeAttributes("city:tokyo");
    expect(japan.size).toBeLessThan(flat.getNodeAttribute("country:japan", "size"));
    expect(japan.zIndex).toBeLessThan(tokyo.zIndex);
    const dataset = indexDataset(seedFixture());
    const japanSelected = renderInput(
      graph,
      { ...initialState("en"), selection: { type: "node", key: "country:japan" }, hoveredNode: "country:japan" },
      computeVisibility(dataset, NO_FILTERS),
      (node) => map.hasNode(node),
    );
    const raisedJapan = nodeReducer(japanSelected, "country:japan", japan).zIndex!;
    // Berlin is faded (not around Japan), Tokyo highlighted: both still above the selected country.
    expect(nodeReducer(japanSelected, "city:berlin", map.getNodeAttributes("city:berlin")).zIndex).toBeGreaterThan(
      raisedJapan,
    );
    expect(nodeReducer(japanSelected, "city:tokyo", tokyo).zIndex).toBeGreaterThan(raisedJapan);
  });
  it("shortens long canvas labels only", () => {
    expect(shortLabel("Berlin")).toBe("Berlin");
    expect(shortLabel("x".repeat(60))).toHaveLength(42);
  });
});
