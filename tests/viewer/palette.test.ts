// Node sizes: by degree, smaller in big graphs.
import { describe, expect, it } from "vitest";
import { nodeSize } from "../../src/viewer/core/appearance/palette.js";

describe("palette", () => {
  it("draws the nodes of big graphs smaller", () => {
    expect(nodeSize(4, 47)).toBe(nodeSize(4));
    expect(nodeSize(4, 5000)).toBeCloseTo(nodeSize(4) * 0.35);
    expect(nodeSize(100)).toBe(24);
  });
});
