// The one pipeline entry: a folder of studies to the graph, with progress counted in studies for each named step.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/graphFile";
import { graphOfFolder, type PipelineStep } from "../../src/pipeline";

const SEEDS = "graph-data/studies";

describe("graphOfFolder", () => {
  const calls: Array<[PipelineStep, number, number]> = [];
  const result = graphOfFolder(SEEDS, (step, done, total) => calls.push([step, done, total]));

  it("gives the committed graph of the seeds, with no problems", () => {
    expect(result.problems).toEqual([]);
    expect(result.listing.files).toHaveLength(3);
    expect(serializeGraph(result.graph)).toBe(readFileSync("graph-data/graph.json", "utf8"));
  });

  it("reports each step in studies, from 1 to the number of studies, in order", () => {
    const steps: PipelineStep[] = ["reading studies", "finding mentions", "finding relations"];
    expect(calls).toEqual(steps.flatMap((step) => [1, 2, 3].map((done) => [step, done, 3])));
  });
});
