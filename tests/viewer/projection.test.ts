// The map's projection into sigma's graph space and the bundled world outline.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { createProjection, outlineRings, projectPoint, worldBBox } from "../../src/viewer/core/map/projection.js";

describe("map projection", () => {
  it("projects the bundled world outline inside the world's box", async () => {
    const projection = createProjection();
    const land = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../node_modules/world-atlas/land-110m.json"), "utf8"),
    );
    const rings = outlineRings(land, "land", projection);
    const box = worldBBox(projection);
    expect(rings.length).toBeGreaterThan(50);
    for (const ring of rings) for (const p of ring) expect(p.x >= box.x[0] - 1e-6 && p.x <= box.x[1] + 1e-6).toBe(true);
    expect(projectPoint(projection, 0, 0)).toEqual({ x: 0, y: -0 });
    expect(() => outlineRings(land, "countries", projection)).toThrow(/viewer\/map: .*"countries"/);
  });
});
