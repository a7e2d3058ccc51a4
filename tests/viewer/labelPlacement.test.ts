// Label placement: by priority, no two labels over each other, none cut at the canvas's edges.
import { describe, expect, it } from "vitest";
import {
  labelBox,
  placeLabels,
  type Box,
  type LabelCandidate,
} from "../../src/viewer/core/appearance/labelPlacement.js";

const VIEW = { width: 400, height: 300 };
const FONT = 14;
const node = (key: string, x: number, y: number, priority: number, extra: Partial<LabelCandidate> = {}) => ({
  key,
  x,
  y,
  radius: 5,
  width: 100,
  priority,
  ...extra,
});
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe("label placement", () => {
  it("puts a label right of its node, as sigma draws it", () => {
    const box = labelBox(node("a", 50, 50, 1), "right", FONT);
    expect(box.left).toBe(50 + 5 + 3);
    expect(box.right).toBe(158);
    expect(box.top).toBeLessThan(50);
    expect(box.bottom).toBeGreaterThan(50);
    expect(placeLabels([node("a", 50, 50, 1)], VIEW, FONT)).toEqual(new Map([["a", "right"]]));
  });
  it("gives the room to the higher priority and moves or drops the other", () => {
    // "Smart economy" and "Smart mobility" side by side: one label on each side, or the lower one dropped.
    const sides = placeLabels([node("concept", 150, 100, 1), node("city", 160, 102, 50)], VIEW, FONT);
    expect(sides.get("city")).toBe("right");
    expect(sides.get("concept")).toBe("left");
    const crowded = placeLabels(
      [node("low", 200, 100, 1), node("high", 200, 104, 9), node("left", 90, 104, 5, { radius: 2 })],
      VIEW,
      FONT,
    );
    expect(crowded.get("high")).toBe("right");
    expect(crowded.has("low")).toBe(false);
  });
  it("puts a label on the left near the right edge, and none that fits nowhere", () => {
    expect(placeLabels([node("edge", 380, 100, 1)], VIEW, FONT).get("edge")).toBe("left");
    expect(placeLabels([node("wide", 200, 100, 1, { width: 300 })], VIEW, FONT).has("wide")).toBe(false);
    expect(placeLabels([node("top", 200, 2, 1)], VIEW, FONT).has("top")).toBe(false);
    expect(placeLabels([node("outside", 500, 100, 1)], VIEW, FONT).has("outside")).toBe(false);
  });
  it("keeps labels off other nodes' discs, unless the label is important", () => {
    const disc = node("disc", 120, 100, 0, { radius: 8 });
    expect(placeLabels([node("concept", 60, 100, 1, { width: 80 }), disc], VIEW, FONT).get("concept")).toBe(undefined);
    const sides = placeLabels([node("city", 60, 100, 1, { width: 80, important: true }), disc], VIEW, FONT);
    expect(sides.get("city")).toBe("right");
  });
  it("always labels the selected node, first", () => {
    const sides = placeLabels([node("big", 200, 100, 99), node("selected", 205, 101, 0, { must: true })], VIEW, FONT);
    expect(sides.get("selected")).toBe("right");
    expect(sides.get("big")).toBe("left");
  });
  it("never lets two placed labels overlap, on a crowd of random nodes", () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const crowd = Array.from({ length: 500 }, (_, i) =>
      node(`n${i}`, random() * 400, random() * 300, Math.floor(random() * 10), {
        width: 20 + random() * 120,
        important: true,
      }),
    );
    const sides = placeLabels(crowd, VIEW, FONT);
    expect(sides.size).toBeGreaterThan(10);
    const boxes = crowd.filter((c) => sides.has(c.key)).map((c) => labelBox(c, sides.get(c.key)!, FONT));
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(400);
    }
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
    expect(placeLabels([...crowd].reverse(), VIEW, FONT)).toEqual(sides);
  });
});
