// The map's counter and legend: how many of the shown nodes and relations the map draws, out of the whole graph.
import { describe, expect, it } from "vitest";
import { NO_FILTERS, computeVisibility, type Count } from "../../src/viewer/core/filters/filters.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { buildDisplayGraph } from "../../src/viewer/core/graph/display.js";
import { countOnMap } from "../../src/viewer/core/map/mapCounts.js";
import { createProjection } from "../../src/viewer/core/map/projection.js";
import { seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());
const sum = (counts: Record<string, Count>) =>
  Object.values(counts).reduce((a, c) => ({ visible: a.visible + c.visible, total: a.total + c.total }));

describe("map counts", () => {
  it("count what the map draws of the shown graph, out of every node and relation, in all and per kind", () => {
    const counts = countOnMap(dataset.graph, computeVisibility(dataset, NO_FILTERS));
    const map = buildDisplayGraph(dataset.graph, "map", createProjection());
    // Jakarta, Berlin, Tokyo, Indonesia and Japan; the studies and the project have no position.
    expect(sum(counts.nodeCounts)).toEqual({ visible: 5, total: dataset.graph.order });
    expect(map.order).toBe(5);
    expect(sum(counts.edgeCounts)).toEqual({ visible: map.size, total: dataset.graph.size });
    expect(map.size).toBeLessThan(dataset.graph.size);
    expect(counts.nodeCounts.Study).toEqual({ visible: 0, total: 3 });
    expect(counts.nodeCounts.City).toEqual({ visible: 3, total: 3 });
    expect(counts.edgeCounts.MENTIONS.visible).toBe(0);
  });

  it("leave out what the filters hide", () => {
    const visibility = computeVisibility(dataset, { ...NO_FILTERS, hiddenNodeKinds: new Set(["Country"]) });
    const counts = countOnMap(dataset.graph, visibility);
    expect(sum(counts.nodeCounts).visible).toBe(3);
    // Without the countries their LOCATED_IN relations are gone; the two sister-city links and Berlin–Jakarta stay.
    expect(sum(counts.edgeCounts).visible).toBe(3);
    expect(counts.edgeCounts.LOCATED_IN).toEqual({ visible: 0, total: 2 });
  });
});
