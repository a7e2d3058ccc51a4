// The highlight sets: the hovered or selected node with its neighbours, or a relation and its two ends.
import { describe, expect, it } from "vitest";
import { computeHighlight } from "../../src/viewer/core/appearance/highlight.js";
import { NO_FILTERS, computeVisibility } from "../../src/viewer/core/filters/filters.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { NONE } from "../../src/viewer/core/state/state.js";
import { STUDY_A, STUDY_B, seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());
const { graph } = dataset;

describe("highlight", () => {
  const visible = computeVisibility(dataset, NO_FILTERS).edges;
  it("highlights a hovered node and its neighbours", () => {
    const h = computeHighlight(graph, { hoveredNode: "city:tokyo", hoveredEdge: null, selection: NONE }, visible)!;
    expect([...h.nodes].sort()).toEqual(["city:jakarta", "city:tokyo", "country:japan", STUDY_B]);
  });
  it("highlights a selected relation and its two ends, and nothing when nothing is chosen", () => {
    const edge = "SISTER_CITY_OF|city:jakarta|city:tokyo";
    const h = computeHighlight(
      graph,
      { hoveredNode: null, hoveredEdge: null, selection: { type: "edge", key: edge } },
      visible,
    )!;
    expect([...h.nodes].sort()).toEqual(["city:jakarta", "city:tokyo"]);
    expect(computeHighlight(graph, { hoveredNode: null, hoveredEdge: null, selection: NONE }, visible)).toBeNull();
  });
  it("does not fade everything for a node the map does not draw", () => {
    const s = { hoveredNode: null, hoveredEdge: null, selection: { type: "node", key: STUDY_A } as const };
    expect(computeHighlight(graph, s, visible, (n) => n.startsWith("city:"))).toBeNull();
  });
});
