// Evidence for the side panel: sources per study, relations per kind, quotes and texts cut into mentions.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  mentionsInQuote,
  paragraphs,
  readerSegments,
  relationsByKind,
  segmentText,
  sourcesByStudy,
} from "../../src/viewer/core/evidence/evidence.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { STUDY_A, STUDY_C, seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());
const { graph } = dataset;

describe("evidence", () => {
  it("groups a node's sources by study, in study order", () => {
    const groups = sourcesByStudy(dataset, graph.getNodeAttribute("city:berlin", "evidence"));
    expect(groups.map((g) => g.study.key)).toEqual([STUDY_A, STUDY_C]);
    expect(groups[1].study.authors).toEqual(["Rizki Fitrayansyah"]);
  });
  it("groups relations by kind, with their direction", () => {
    const groups = relationsByKind(dataset, "city:berlin");
    expect(groups.map(([k]) => k)).toEqual(["SISTER_CITY_OF", "COOPERATES_WITH", "PARTICIPATES_IN", "MENTIONS"]);
    expect(groups[0][1][0]).toMatchObject({ other: "city:jakarta", direction: "out" });
    expect(groups[3][1].every((r) => r.direction === "in")).toBe(true);
  });
  it("cuts a markdown quote into what a reader sees, each mention on its words and emphasis across its edge", () => {
    const quote = "antara **Jakarta** dan _Berlin_ di [Pemprov **DKI**](https://example.org) sejak 1994.";
    const at = (word: string, from = 0) => 200 + quote.indexOf(word, from);
    const mentions = [
      { start: at("Jakarta"), end: at("Jakarta") + 7, node: "city:jakarta" },
      { start: at("Berlin"), end: at("Berlin") + 6, node: "city:berlin" },
      // A mention that starts outside the emphasis and ends inside it.
      { start: at("Pemprov"), end: at("DKI") + 3, node: "organization:pemprov-dki" },
    ];
    const parts = readerSegments(quote, 200, mentions);
    expect(parts.map((p) => p.pieces.map((x) => x.text).join("")).join("")).toBe(
      "antara Jakarta dan Berlin di Pemprov DKI sejak 1994.",
    );
    expect(parts.filter((p) => p.node).map((p) => [p.node, p.pieces])).toEqual([
      ["city:jakarta", [{ text: "Jakarta", strong: true }]],
      ["city:berlin", [{ text: "Berlin", em: true }]],
      ["organization:pemprov-dki", [{ text: "Pemprov " }, { text: "DKI", strong: true }]],
    ]);
  });
  it("cuts a quote into text and mentions, each character once", () => {
    const ev = graph.getNodeAttribute("city:berlin", "evidence")[0];
    const parts = segmentText(ev.quote, ev.start, mentionsInQuote(dataset, ev, ["city:berlin"]));
    expect(parts.map((p) => p.text).join("")).toBe(ev.quote);
    expect(parts.filter((p) => p.node).map((p) => [p.node, p.text])).toEqual([
      ["project:smart-change", "Smart Change"],
      ["city:jakarta", "Jakarta"],
      ["city:berlin", "Berlin"],
    ]);
  });
  it("skips overlapping and out-of-range mentions", () => {
    const parts = segmentText("Kota Jakarta dan Berlin", 100, [
      { start: 100, end: 112, node: "a" },
      { start: 105, end: 112, node: "b" },
      { start: 117, end: 200, node: "c" },
    ]);
    expect(parts).toEqual([{ text: "Kota Jakarta", node: "a" }, { text: " dan Berlin" }]);
  });
  it("splits a study into paragraphs with their offsets", () => {
    const text = "Satu.\n\nDua\nbaris.\n\n\nTiga.";
    const ps = paragraphs(text);
    expect(ps.map((p) => p.text)).toEqual(["Satu.", "Dua\nbaris.", "Tiga."]);
    for (const p of ps) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
  });
  it("leaves a study's front matter out of its paragraphs, the offsets still in the whole text", () => {
    const file = readFileSync("tests/fixtures/devset/studies/1001_magelang-tula.md", "utf8");
    for (const text of [file, file.replace(/\n/g, "\r\n")]) {
      const ps = paragraphs(text);
      expect(ps[0].start).toBeGreaterThan(0);
      expect(ps.some((p) => /^---|^title:/m.test(p.text))).toBe(false);
      expect(ps.map((p) => p.text).join("\n\n")).toContain(
        text
          .slice(text.lastIndexOf("\n---") + 5)
          .trim()
          .slice(0, 40),
      );
      for (const p of ps) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    }
  });
});
