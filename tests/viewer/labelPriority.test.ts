// Label priority and the canvas label of a study, on the seed studies' graph.
import { describe, expect, it } from "vitest";
import {
  isImportantLabel,
  labelPriority,
  labelRank,
  studyLabel,
} from "../../src/viewer/core/appearance/labelPriority.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { buildDisplayGraph } from "../../src/viewer/core/graph/display.js";
import type { NodeKind } from "../../src/model/index.js";
import { STUDY_A, STUDY_C, seedFixture } from "./fixtures.js";

const { graph } = indexDataset(seedFixture());
const priority = (key: string) => labelPriority(labelRank(graph, key));

describe("label priority", () => {
  it("puts places before partnership programmes, those before studies, studies before people and concepts", () => {
    const order = ["city:berlin", "project:smart-change", STUDY_C];
    for (let i = 1; i < order.length; i++) expect(priority(order[i - 1])).toBeGreaterThan(priority(order[i]));
    const rank = (kind: NodeKind) => labelPriority({ kind, degree: 3, partnerships: 0 });
    expect(priority(STUDY_C)).toBeGreaterThan(rank("Person"));
    expect(rank("Organization")).toBeGreaterThan(rank("Study"));
    for (const kind of ["Theory", "Method", "Concept"] as const) expect(rank("Person")).toBeGreaterThan(rank(kind));
  });
  it("puts a place in a partnership before a country, and a better-connected node of a kind first", () => {
    expect(labelRank(graph, "city:berlin").partnerships).toBeGreaterThan(0);
    expect(priority("city:berlin")).toBeGreaterThan(priority("country:indonesia"));
    expect(labelPriority({ kind: "City", degree: 9, partnerships: 1 })).toBeGreaterThan(
      labelPriority({ kind: "City", degree: 2, partnerships: 1 }),
    );
    // A concept named a thousand times still comes after a person named once.
    expect(labelPriority({ kind: "Concept", degree: 1000, partnerships: 0 })).toBeLessThan(
      labelPriority({ kind: "Person", degree: 1, partnerships: 0 }),
    );
  });
  it("lets places, actors and studies cover a neighbour's disc, not concepts", () => {
    expect(isImportantLabel(priority(STUDY_C))).toBe(true);
    expect(isImportantLabel(priority("country:japan"))).toBe(true);
    expect(isImportantLabel(labelPriority({ kind: "Concept", degree: 30, partnerships: 0 }))).toBe(false);
  });
  it("is the display graph's labelPriority", () => {
    const display = buildDisplayGraph(graph, "graph");
    expect(display.getNodeAttribute("city:jakarta", "labelPriority")).toBe(priority("city:jakarta"));
  });
});

describe("a study's canvas label", () => {
  it("is its first author's family name and its period, as a citation reads", () => {
    const c = graph.getNodeAttributes(STUDY_C);
    if (c.kind !== "Study") throw new Error("fixture");
    expect(studyLabel({ ...c, authors: ["Rizki Fitrayansyah"], period: { from: 2017, to: 2020 } })).toBe(
      "Fitrayansyah 2017–2020",
    );
    expect(studyLabel({ title: "x", authors: ["Fitrayansyah, R."], year: 2021 })).toBe("Fitrayansyah 2021");
    expect(studyLabel({ title: "x", authors: ["Ana Putri", "Budi Santoso"], period: { from: 2019, to: 2019 } })).toBe(
      "Putri & Santoso 2019",
    );
    expect(studyLabel({ title: "x", authors: ["A Satu", "B Dua", "C Tiga"] })).toBe("Satu et al.");
  });
  it("is the first words of its title without an author, cut at a word", () => {
    const a = graph.getNodeAttributes(STUDY_A);
    if (a.kind !== "Study") throw new Error("fixture");
    const label = studyLabel({ title: a.title, authors: [] });
    expect(a.title.startsWith(label.slice(0, -1))).toBe(true);
    expect(label.endsWith("…")).toBe(true);
    expect(label.length).toBeLessThanOrEqual(24);
    expect(studyLabel({ title: "Sister cities", authors: [] })).toBe("Sister cities");
    expect(studyLabel({ title: "Kotakembarsurabayakitakyushupengelolaansampah", authors: [] })).toHaveLength(24);
  });
  it("stays short with a long family name", () => {
    expect(studyLabel({ title: "x", authors: ["A".repeat(40)], year: 2020 }).length).toBeLessThanOrEqual(28);
  });
});
