// Search: suggestions over labels and aliases in both languages, accents and case ignored.
import { describe, expect, it } from "vitest";
import { syntheticGraph } from "../support/syntheticGraph.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { buildSearchIndex, normalize, suggest } from "../../src/viewer/core/search/search.js";
import { STUDY_A, seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());

describe("search", () => {
  const index = buildSearchIndex(dataset);
  it("ignores case and accents", () => expect(normalize("  Bérlin  KOTA ")).toBe("berlin kota"));
  it("suggests by label prefix, exact names first", () => {
    expect(suggest(index, "berl")[0]).toMatchObject({ node: "city:berlin", label: "Berlin" });
    expect(suggest(index, "Tokyo")[0].node).toBe("city:tokyo");
  });
  it("finds a node by an alias in the other language and says which alias matched", () => {
    expect(suggest(index, "jepang")[0]).toEqual({
      node: "country:japan",
      kind: "Country",
      label: "Japan",
      via: "Jepang",
    });
    expect(suggest(index, "DKI")[0]).toMatchObject({ node: "city:jakarta", via: "DKI Jakarta" });
  });
  it("suggests nothing for an empty query or an unknown name", () => {
    expect(suggest(index, "  ")).toEqual([]);
    expect(suggest(index, "Surabaya")).toEqual([]);
  });
  it("finds a word inside a longer name and lists each node once", () => {
    const hits = suggest(index, "jakarta");
    expect(hits[0].node).toBe("city:jakarta");
    expect(new Set(hits.map((h) => h.node)).size).toBe(hits.length);
    expect(hits.map((h) => h.node)).toContain(STUDY_A); // "Paradiplomasi Jakarta dan Berlin …"
  });
});

describe("search on a 5,000-node graph", () => {
  const file = syntheticGraph({ nodes: 5000, edges: 20000 });
  const index = buildSearchIndex(indexDataset(file));

  it("suggests the cities whose name starts with the query, each once, best connected first", () => {
    const degree = new Map<string, number>();
    for (const e of file.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const hits = suggest(index, "city 12");
    expect(hits).toHaveLength(8);
    expect(new Set(hits.map((h) => h.node)).size).toBe(8);
    for (const hit of hits) expect(hit).toMatchObject({ kind: "City", label: expect.stringMatching(/^City 12/) });
    const degrees = hits.map((h) => degree.get(h.node) ?? 0);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(suggest(index, "City 1206")).toEqual([{ node: "city:n1206", kind: "City", label: "City 1206" }]);
  });
});
