// Extraction on several threads gives the same graph, byte for byte, as on one.
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFolder, extractFolderParallel } from "../../src/extract/parallelExtract";
import { buildGraph } from "../../src/graph/buildGraph";
import { serializeGraph } from "../../src/graph/graphFile";

const DIR = "graph-data/studies";

describe("extractFolderParallel", () => {
  it("matches the single-thread extraction exactly, names learnt across threads included", async () => {
    const files = readdirSync(DIR).sort();
    const one = await extractFolder(DIR, files, { threads: 1 });
    // Three threads for three studies: "smart change" in study 002 is only known from study 000's thread.
    const many = await extractFolderParallel(DIR, files, 3);
    expect(many.problems).toEqual([]);
    expect(serializeGraph(buildGraph(many.facts))).toBe(serializeGraph(buildGraph(one.facts)));
    expect(many.facts[2].relations.some((r) => r.kind === "FOCUSES_ON" && r.target === "project:smart-change")).toBe(
      true,
    );
  });
});
