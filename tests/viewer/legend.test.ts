// The exported image's legend: the kinds drawn, in the kinds' order, named in the page's language.
import { describe, expect, it } from "vitest";
import { legendOf } from "../../src/viewer/core/appearance/legend.js";
import { NODE_COLORS } from "../../src/viewer/core/appearance/palette.js";

describe("legend", () => {
  it("lists the kinds drawn once each, in the kinds' order, with their colours", () => {
    const legend = legendOf(["Concept", "City", "Study", "City"], "en");
    expect(legend.title).toBe("Node kinds");
    expect(legend.entries).toEqual([
      { kind: "Study", name: "Study", color: NODE_COLORS.Study },
      { kind: "City", name: "City", color: NODE_COLORS.City },
      { kind: "Concept", name: "Concept", color: NODE_COLORS.Concept },
    ]);
  });
  it("speaks the page's language", () => {
    const legend = legendOf(["City"], "id");
    expect(legend.title).toBe("Jenis simpul");
    expect(legend.entries[0].name).toBe("Kota");
  });
});
