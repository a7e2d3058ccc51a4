// The camera that frames the drawn nodes: centred on them, zoomed until they fill the room inside the margin.
import { describe, expect, it } from "vitest";
import { cameraToFit, type Point } from "../../src/viewer/core/graph/fitCamera.js";

/** A 1000×500 viewport showing the framed unit square at ratio 1 on its smaller side, as sigma does. */
const toViewport = (p: Point, centre: Point) => ({ x: 500 + (p.x - centre.x) * 500, y: 250 - (p.y - centre.y) * 500 });
const viewport = { width: 1000, height: 500 };

describe("fit camera", () => {
  it("centres on the nodes and zooms in until their extent fills the room", () => {
    const fit = cameraToFit(
      [
        { x: 0.7, y: 0.2 },
        { x: 0.8, y: 0.25 },
        { x: 0.75, y: 0.3 },
      ],
      toViewport,
      viewport,
      50,
    )!;
    expect(fit.x).toBeCloseTo(0.75);
    expect(fit.y).toBeCloseTo(0.25);
    // 0.1 wide is 50 px at ratio 1 of 900 px of room; 0.1 tall is 50 px of 400: the height decides.
    expect(fit.ratio).toBeCloseTo(50 / 400);
  });

  it("zooms out for nodes wider than the view, stops short on a single node, and needs a node", () => {
    expect(
      cameraToFit(
        [
          { x: -1, y: 0.5 },
          { x: 2, y: 0.5 },
        ],
        toViewport,
        viewport,
        50,
      )!.ratio,
    ).toBeCloseTo(1500 / 900);
    expect(cameraToFit([{ x: 0.3, y: 0.3 }], toViewport, viewport, 50)).toEqual({ x: 0.3, y: 0.3, ratio: 0.05 });
    expect(cameraToFit([], toViewport, viewport, 50)).toBeNull();
  });
});
