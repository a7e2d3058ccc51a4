// Format version 2 keeps each study's text and cited sentences once and evidence by reference; nothing is lost on the
// way to the file and back, and a version-1 file still reads.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseGraphFile, serializeGraph, toGraph } from "../../src/graph/graphFile.js";
import { checkGraphFile, compactGraph, expandGraph, FORMAT_VERSION, type GraphFile } from "../../src/model/index.js";
import { graphOfFolder } from "../../src/pipeline.js";

const V1 = "tests/fixtures/graph-v1.json";
const readJson = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const inMemory = (dir: string): GraphFile => parseGraphFile(JSON.parse(serializeGraph(graphOfFolder(dir).graph)), dir);

describe("graph format version 2", () => {
  it("writes every study's text once and no quote: the seeds' file is under a third of its version-1 size", () => {
    const written = readFileSync("graph-data/graph.json", "utf8");
    const stored = JSON.parse(written);
    expect(stored.attributes.formatVersion).toBe(FORMAT_VERSION);
    expect(written).not.toContain('"quote"');
    const studies = stored.nodes.filter((n: { attributes: { kind: string } }) => n.attributes.kind === "Study");
    for (const s of studies) expect(written.split(JSON.stringify(s.attributes.text).slice(200, 300)).length).toBe(2);
    expect(written.length * 3).toBeLessThan(readFileSync(V1, "utf8").length);
  });

  it("gives back, when read, the evidence it was given: quotes, offsets and mentions", () => {
    for (const dir of ["graph-data/studies", "tests/fixtures/markdown"]) {
      const graph = graphOfFolder(dir).graph;
      const before = graph.export() as GraphFile;
      const after = parseGraphFile(JSON.parse(serializeGraph(graph)), dir);
      const byKey = <T extends { key?: string }>(items: T[]) => new Map(items.map((i) => [i.key!, i]));
      expect(byKey(after.nodes)).toEqual(byKey(before.nodes));
      expect(byKey(after.edges)).toEqual(byKey(before.edges));
      for (const n of after.nodes)
        for (const e of n.attributes.evidence) {
          const text = after.nodes.find((s) => s.key === e.study)!.attributes;
          expect(text.kind === "Study" && text.text.slice(e.start, e.end)).toBe(e.quote);
        }
    }
  });

  it("is undone by expandGraph: compact then expand is the identity on a graph in memory", () => {
    const graph = inMemory("graph-data/studies");
    expect(expandGraph(compactGraph(graph))).toEqual(graph);
  });

  it("refuses to write a quote that is not what its study's text says at its offsets", () => {
    const graph = inMemory("graph-data/studies");
    const edge = graph.edges[0]!;
    edge.attributes.evidence[0] = {
      ...edge.attributes.evidence[0]!,
      quote: "x".repeat(edge.attributes.evidence[0]!.quote.length),
    };
    expect(() => compactGraph(graph)).toThrow(`${edge.key}: the quote at`);
  });
});

describe("a stored reference", () => {
  it("is [sentence] or [sentence, start, end] in whole numbers; any other shape is named at its path", () => {
    const file = JSON.parse(readFileSync("graph-data/graph.json", "utf8"));
    const evidence = file.edges[0].attributes.evidence;
    const [study] = Object.keys(evidence);
    for (const bad of [[0, 5], [0, 9, 3], [-1], [0.5], ["0"]]) {
      evidence[study!] = [bad];
      const result = checkGraphFile(file, "bad.json");
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toContain("a reference is [sentence] or [sentence, mentionStart, mentionEnd]");
        expect(result.message).toContain(`→ at edges[0].attributes.evidence["${study}"][0]`);
      }
    }
  });
});

describe("a version-1 graph file", () => {
  it("still reads, converted: the same graph as once written in version 2 and read back", () => {
    const read = checkGraphFile(readJson(V1), V1);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file.attributes.formatVersion).toBe(FORMAT_VERSION);
    const rewritten = parseGraphFile(JSON.parse(serializeGraph(toGraph(read.file))), "rewritten");
    expect(rewritten).toEqual(read.file);
  });

  it("from a newer tool gets a message saying how to read it", () => {
    const file = { ...readJson(V1), attributes: { name: "x", formatVersion: FORMAT_VERSION + 1 } };
    const result = checkGraphFile(file, "future.json");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.message).toMatch(/^future\.json: written in graph format version 3;.*npm run extract/s);
  });
});
