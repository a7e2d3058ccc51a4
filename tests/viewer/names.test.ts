// Node labels in the reader's language: countries from the ISO table, the field's terms from the studies' own words.
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../src/graph/index.js";
import type { NodeAttributes } from "../../src/model/index.js";
import { displayLabel, labelOf } from "../../src/viewer/core/i18n/names.js";
import { languageName } from "../../src/viewer/core/i18n/messages.js";
import { indexDataset } from "../../src/viewer/core/graph/dataset.js";
import { relationsByKind } from "../../src/viewer/core/evidence/evidence.js";

const { graph } = indexDataset(readGraphFile("graph-data/graph.json"));
const node = (key: string) => graph.getNodeAttributes(key);

describe("displayLabel", () => {
  it("names countries in Indonesian from the ISO table, stored alias or not", () => {
    expect(displayLabel(node("country:japan"), "id")).toBe("Jepang");
    expect(displayLabel(node("country:japan"), "en")).toBe("Japan");
    const germany: NodeAttributes = {
      kind: "Country",
      label: "Germany",
      aliases: ["Germany"],
      evidence: [],
      x: 0,
      y: 0,
      countryCode: "DE",
    };
    expect(displayLabel(germany, "id")).toBe("Jerman");
    expect(displayLabel(node("country:indonesia"), "id")).toBe("Indonesia");
  });

  it("names the field's terms by the words Indonesian sentences of the studies use, never English-only ones", () => {
    expect(displayLabel(node("concept:sister-city"), "id")).toBe("Kota Kembar");
    expect(displayLabel(node("concept:culture"), "id")).toBe("Kebudayaan");
    expect(displayLabel(node("concept:paradiplomacy"), "id")).toBe("Paradiplomasi");
    expect(displayLabel(node("method:interview"), "id")).toBe("Wawancara");
    expect(displayLabel(node("theory:paradiplomacy-theory"), "id")).toBe("Teori Paradiplomasi");
    // Written alike in sentences of both languages: no Indonesian name is known, the label stays.
    expect(displayLabel(node("concept:smart-economy"), "id")).toBe("Smart economy");
    expect(displayLabel(node("concept:sister-city"), "en")).toBe("Sister city");
  });

  it("keeps the names of places, bodies, people and studies as the studies and the gazetteer give them", () => {
    for (const key of ["city:jakarta", "organization:pemerintah-provinsi-jakarta", "person:tavares"])
      expect(displayLabel(node(key), "id")).toBe(node(key).label);
    expect(displayLabel(node("study:001_4fc1f9810a705175"), "id")).toBe(node("study:001_4fc1f9810a705175").label);
  });

  it("is looked up once per node and language for a graph", () => {
    expect(labelOf(graph, "country:japan", "id")).toBe("Jepang");
    expect(labelOf(graph, "country:japan", "en")).toBe("Japan");
    expect(labelOf(graph, "no:such-node", "id")).toBe("no:such-node");
  });
});

describe("languageName", () => {
  it("names a study's language in words, in the reader's language", () => {
    expect(languageName("en", "id")).toBe("Indonesian");
    expect(languageName("id", "id")).toBe("Bahasa Indonesia");
    expect(languageName("en", "mixed")).toBe("Indonesian and English");
    expect(languageName("id", "mixed")).toBe("Bahasa Indonesia dan Inggris");
    expect(languageName("id", "en")).toBe("Bahasa Inggris");
  });
});

describe("a panel's relations in Indonesian", () => {
  it("are sorted by the names the reader sees, not by the English labels", () => {
    const dataset = indexDataset(readGraphFile("graph-data/graph.json"));
    let reordered = 0;
    dataset.graph.forEachNode((key) => {
      const en = relationsByKind(dataset, key).map(([, rels]) => rels.map((r) => r.other));
      for (const [, rels] of relationsByKind(dataset, key, undefined, "id")) {
        const names = rels.map((r) => labelOf(dataset.graph, r.other, "id"));
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      }
      const id = relationsByKind(dataset, key, undefined, "id").map(([, rels]) => rels.map((r) => r.other));
      if (JSON.stringify(en) !== JSON.stringify(id)) reordered++;
    });
    // The seeds hold nodes whose partners come in another order once named in Indonesian.
    expect(reordered).toBeGreaterThan(0);
  });
});
