// sigma's reducers: a copy of the display data, hidden, faded or stood out by the sets of the state.
import { describe, expect, it } from "vitest";
import { FADED_EDGE_COLOR, FADED_NODE_COLOR } from "../../src/viewer/core/appearance/palette.js";
import { edgeReducer, nodeReducer, renderInput } from "../../src/viewer/core/appearance/reducers.js";
import { NO_FILTERS, computeVisibility } from "../../src/viewer/core/filters/filters.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { buildDisplayGraph } from "../../src/viewer/core/graph/display.js";
import { NONE, initialState, type AppState } from "../../src/viewer/core/state/state.js";
import { seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());
const display = buildDisplayGraph(dataset.graph, "graph");
const all = computeVisibility(dataset, NO_FILTERS);
const state = (patch: Partial<AppState>): AppState => ({ ...initialState("en"), ...patch });
const input = (patch: Partial<AppState>, visibility = all) =>
  renderInput(dataset.graph, state(patch), visibility, () => true);
const node = (key: string, patch: Partial<AppState>, visibility = all) =>
  nodeReducer(input(patch, visibility), key, display.getNodeAttributes(key));
const edge = (key: string, patch: Partial<AppState>) => edgeReducer(input(patch), key, display.getEdgeAttributes(key));
const TOKYO_JAKARTA = "SISTER_CITY_OF|city:jakarta|city:tokyo";

describe("reducers", () => {
  it("return the display data as it is when nothing is chosen, as a copy", () => {
    const data = display.getNodeAttributes("city:tokyo");
    const out = nodeReducer(input({ selection: NONE }), "city:tokyo", data);
    expect(out).toEqual(data);
    expect(out).not.toBe(data);
    expect(edge(TOKYO_JAKARTA, {})).toEqual(display.getEdgeAttributes(TOKYO_JAKARTA));
  });

  it("hide what the filters hide", () => {
    const noCountries = computeVisibility(dataset, { ...NO_FILTERS, hiddenNodeKinds: new Set(["Country"]) });
    expect(node("country:japan", {}, noCountries).hidden).toBe(true);
    expect(node("city:tokyo", {}, noCountries).hidden).toBeUndefined();
  });

  it("fade what is not around the hovered node, label its relations, and raise the selected node", () => {
    const hovered = { hoveredNode: "city:tokyo", selection: { type: "node", key: "city:tokyo" } as const };
    expect(node("city:tokyo", hovered)).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 3 });
    expect(node("city:jakarta", hovered)).toMatchObject({ forceLabel: true, zIndex: 2 });
    expect(node("city:berlin", hovered)).toMatchObject({ color: FADED_NODE_COLOR, label: null, zIndex: 0 });
    expect(edge(TOKYO_JAKARTA, hovered)).toMatchObject({ label: "sister city of", forceLabel: true, zIndex: 1 });
    expect(edge("SISTER_CITY_OF|city:berlin|city:jakarta", hovered)).toMatchObject({ color: FADED_EDGE_COLOR });
  });

  it("name the hovered relation's kind in the page's language", () => {
    expect(edge(TOKYO_JAKARTA, { hoveredEdge: TOKYO_JAKARTA, lang: "id" })).toMatchObject({
      label: "kota kembar dengan",
      forceLabel: true,
    });
  });
});
