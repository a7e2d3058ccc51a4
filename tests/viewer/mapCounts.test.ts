// The map's counter: how many of the shown nodes and relations the map draws, out of the whole graph.
import { describe, expect, it } from "vitest";
import { NO_FILTERS, computeVisibility } from "../../src/viewer/core/filters/filters.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { buildDisplayGraph } from "../../src/viewer/core/graph/display.js";
import { countOnMap } from "../../src/viewer/core/map/mapCounts.js";
import { createProjection } from "../../src/viewer/core/map/projection.js";
import { seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());

describe("map counts", () => {
  it("count what the map draws of the shown graph, out of every node and relation", () => {
    const counts = countOnMap(dataset.graph, computeVisibility(dataset, NO_FILTERS));
    const map = buildDisplayGraph(dataset.graph, "map", createProjection());
    // Jakarta, Berlin, Tokyo, Indonesia and Japan; the studies and the project have no position.
    expect(counts.nodes).toEqual({ visible: 5, total: dataset.graph.order });
    expect(counts.nodes.visible).toBe(map.order);
    expect(counts.edges).toEqual({ visible: map.size, total: dataset.graph.size });
    expect(counts.edges.visible).toBeLessThan(dataset.graph.size);
  });

  it("leave out what the filters hide", () => {
    const visibility = computeVisibility(dataset, { ...NO_FILTERS, hiddenNodeKinds: new Set(["Country"]) });
    const counts = countOnMap(dataset.graph, visibility);
    expect(counts.nodes.visible).toBe(3);
    // Without the countries their LOCATED_IN relations are gone; the two sister-city links and Berlin–Jakarta stay.
    expect(counts.edges.visible).toBe(3);
  });
});
