// The dataset: graph.json validated and indexed (studies, years, mentions), on the seed studies' real text.
import { describe, expect, it } from "vitest";
import { indexDataset, parseDataset } from "../../src/viewer/core/graph/dataset.js";
import { STUDY_A, STUDY_B, STUDY_C, seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());
const { graph } = dataset;

describe("dataset", () => {
  it("indexes studies, their years and every mention", () => {
    expect(dataset.studies.map((s) => s.key)).toEqual([STUDY_A, STUDY_B, STUDY_C]);
    expect(dataset.years).toEqual({ min: 2017, max: 2023 });
    const berlinInA = dataset.mentionsByStudy.get(STUDY_A)!.filter((m) => m.node === "city:berlin");
    const text = (graph.getNodeAttributes(STUDY_A) as { text: string }).text;
    expect(berlinInA.map((m) => text.slice(m.start, m.end))).toEqual(["Berlin"]);
  });

  it("rejects a file that breaks the schema, saying where", () => {
    const file = seedFixture();
    (file.nodes[0].attributes as { kind: string }).kind = "Planet";
    const result = parseDataset(file, "graph.json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^graph\.json: not a valid graph file\.\n[\s\S]*nodes/);
  });
});
