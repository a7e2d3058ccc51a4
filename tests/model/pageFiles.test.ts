// The page's files cut from graph.json: the structure without the studies' texts, the texts in parts; put together
// on the page they are the graph graph.json is.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PAGE_STRUCTURE_FILE, pageFiles, textPartFile } from "../../src/model/index.js";
import { fillStudyTexts, parseDataset, parsePageStructure } from "../../src/viewer/core/graph/dataset.js";

const GRAPH = readFileSync("graph-data/graph.json", "utf8");

function pieces(files: Map<string, string>) {
  const structure = JSON.parse(files.get(PAGE_STRUCTURE_FILE)!);
  const parts = (structure.textParts as string[]).map((name) => ({ name, data: JSON.parse(files.get(name)!) }));
  return { structure, parts };
}

describe("the page's files", () => {
  it("hold the structure without a study's text, and every text once in the parts", () => {
    const files = pageFiles(GRAPH)!;
    const { structure, parts } = pieces(files);
    expect(structure.textParts).toEqual([textPartFile(0)]);
    const studies = JSON.parse(GRAPH).nodes.filter(
      (n: { attributes: { kind: string } }) => n.attributes.kind === "Study",
    );
    expect(studies.length).toBeGreaterThan(0);
    for (const s of studies) {
      const inStructure = structure.graph.nodes.find((n: { key: string }) => n.key === s.key).attributes;
      expect(inStructure.text).toBe("");
      expect(inStructure.textLength).toBe(s.attributes.text.length);
      expect(parts.filter((p) => p.data[s.key] !== undefined).map((p) => p.data[s.key])).toEqual([s.attributes.text]);
    }
    expect(files.get(PAGE_STRUCTURE_FILE)!.length).toBeLessThan(GRAPH.length);
  });

  it("put together give the graph graph.json gives: texts, quotes, mentions", () => {
    const { structure, parts } = pieces(pageFiles(GRAPH)!);
    const page = parsePageStructure(structure);
    const whole = parseDataset(JSON.parse(GRAPH));
    if (!page.ok || !whole.ok) throw new Error("not read");
    expect(page.dataset.pendingTexts).not.toBeNull();
    const quotes = () => page.dataset.graph.getNodeAttribute("city:berlin", "evidence").map((e) => e.quote);
    expect(quotes().every((q) => q === "")).toBe(true);
    expect(fillStudyTexts(page.dataset, parts)).toBeNull();
    expect(page.dataset.pendingTexts).toBeNull();
    expect(page.dataset.graph.export()).toEqual(whole.dataset.graph.export());
    expect(page.dataset.mentionsByStudy).toEqual(whole.dataset.mentionsByStudy);
    expect(quotes().every((q) => q.length > 0)).toBe(true);
  });

  it("say which study's text is missing or of another length, and leave the quotes empty", () => {
    const { structure, parts } = pieces(pageFiles(GRAPH)!);
    const [study] = Object.keys(parts[0]!.data);
    const page = () => {
      const r = parsePageStructure(structure);
      if (!r.ok) throw new Error(r.message);
      return r.dataset;
    };
    const shorter = [{ name: parts[0]!.name, data: { ...parts[0]!.data, [study!]: "too short" } }];
    expect(fillStudyTexts(page(), shorter)).toMatch(new RegExp(`^the text of ${study} is 9 characters long, not \\d+`));
    const { [study!]: _, ...others } = parts[0]!.data;
    const dataset = page();
    expect(fillStudyTexts(dataset, [{ name: parts[0]!.name, data: others }])).toBe(
      `${parts[0]!.name}: no text for ${study}.`,
    );
    expect(dataset.graph.getNodeAttribute("city:berlin", "evidence").every((e) => e.quote === "")).toBe(true);
    expect(fillStudyTexts(page(), [{ name: "graph.texts.0.json", data: [1, 2] }])).toMatch(
      /^graph\.texts\.0\.json: not a part of the studies' texts\./,
    );
  });

  it("are not cut from a graph of another format version or from what is not JSON: the page loads those whole", () => {
    expect(pageFiles(readFileSync("tests/fixtures/graph-v1.json", "utf8"))).toBeNull();
    expect(pageFiles("{ not json")).toBeNull();
  });
});
