// Abstracts written for the tests, not the seeds: other cities, provinces, funders, theories and both languages.
// They were written to find the extractor's gaps; each fact checked here comes from a general rule that the unit
// tests also check on other sentences.
import { beforeAll, describe, expect, it } from "vitest";
import { graphOfStudies } from "../../src/pipeline";
import type { KnowledgeGraph } from "../../src/model/index.js";
import { listStudyFolder, readStudies } from "../../src/studies/readStudyFolder";

const DIR = "tests/fixtures/unseen";
let graph: KnowledgeGraph;

beforeAll(() => {
  const studies = readStudies(DIR, listStudyFolder(DIR).files).flatMap((r) => (r.ok ? [r.study] : []));
  graph = graphOfStudies(studies).graph;
});

const has = (kind: string, source: string, target: string) =>
  graph.edges(source, target).some((e) => graph.getEdgeAttribute(e, "kind") === kind) ||
  graph.edges(target, source).some((e) => graph.getEdgeAttribute(e, "kind") === kind);

describe("studies the extractor was not written for", () => {
  it("finds the twinned pairs, cities and provinces alike", () => {
    expect(has("SISTER_CITY_OF", "city:kitakyushu", "city:surabaya")).toBe(true);
    expect(has("SISTER_CITY_OF", "city:kyoto", "city:yogyakarta")).toBe(true);
    expect(has("SISTER_CITY_OF", "city:seattle", "city:surabaya")).toBe(true);
    expect(has("SISTER_CITY_OF", "city:denpasar", "city:mossel-bay")).toBe(true);
    expect(has("SISTER_CITY_OF", "province:gyeonggi", "province:west-java")).toBe(true);
    expect(has("SISTER_CITY_OF", "province:central-java", "province:queensland")).toBe(true);
  });

  it("dates them from the studies' own words", () => {
    const edge = (s: string, t: string) =>
      graph.edges(s, t).find((e) => graph.getEdgeAttribute(e, "kind") === "SISTER_CITY_OF")!;
    expect(graph.getEdgeAttribute(edge("city:kyoto", "city:yogyakarta"), "since")).toBe(1985);
    expect(graph.getEdgeAttribute(edge("city:kitakyushu", "city:surabaya"), "since")).toBe(2012);
    expect(graph.getEdgeAttribute(edge("province:central-java", "province:queensland"), "since")).toBe(1991);
    expect(graph.getEdgeAttribute(edge("city:seattle", "city:surabaya"), "period")).toEqual({ from: 2016, to: 2021 });
  });

  it("finds funders of named programmes, by long name and acronym as one node", () => {
    expect(has("FUNDS", "organization:jica", "project:surabaya-green-and-clean")).toBe(true);
    expect(has("FUNDS", "organization:koica", "project:smart-village")).toBe(true);
    expect(graph.getNodeAttribute("organization:jica", "aliases")).toEqual([
      "Japan International Cooperation Agency",
      "JICA",
    ]);
  });

  it("finds theories with their authors, and the methods each study applies", () => {
    expect(has("PROPOSED_BY", "theory:complex-interdependence", "person:keohane")).toBe(true);
    expect(has("PROPOSED_BY", "theory:complex-interdependence", "person:nye")).toBe(true);
    expect(has("PROPOSED_BY", "theory:paradiplomacy-theory", "person:duchacek")).toBe(true);
    expect(has("PROPOSED_BY", "theory:public-diplomacy-theory", "person:cull")).toBe(true);
    expect(has("APPLIES", "study:surabaya", "method:case-study")).toBe(true);
    expect(has("APPLIES", "study:denpasar", "method:swot-analysis")).toBe(true);
    expect(has("APPLIES", "study:yogya", "method:observation")).toBe(true);
  });

  it("reads authors from the page layout and from front matter", () => {
    expect(has("AUTHORED", "person:nadia-putri-rahmawati", "study:surabaya")).toBe(true);
    expect(has("AUTHORED", "person:kevin-hartono", "study:westjava")).toBe(true);
  });

  it("places foreign partners in their countries", () => {
    expect(has("LOCATED_IN", "city:kitakyushu", "country:japan")).toBe(true);
    expect(has("LOCATED_IN", "province:queensland", "country:australia")).toBe(true);
    expect(has("LOCATED_IN", "city:mossel-bay", "country:south-africa")).toBe(true);
  });

  it("takes no common word for a place", () => {
    const places = graph.filterNodes((_, a) => a.kind === "City" || a.kind === "Province");
    // "Bandung Regency" is the regency (kabupaten), not the city of Bandung.
    expect(places.sort()).toEqual([
      "city:bandung-regency",
      "city:denpasar",
      "city:jakarta",
      "city:kitakyushu",
      "city:kyoto",
      "city:mossel-bay",
      "city:seattle",
      "city:semarang",
      "city:surabaya",
      "city:yogyakarta",
      "province:bali",
      "province:central-java",
      "province:gyeonggi",
      "province:queensland",
      "province:west-java",
    ]);
  });
});
