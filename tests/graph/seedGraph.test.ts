// The bundled seed studies give the graph the extraction issue asks for, every fact with verbatim evidence.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { graphOfStudies } from "../../src/pipeline";
import type { KnowledgeGraph } from "../../src/model/index.js";
import { parseGraphFile, serializeGraph, toGraph } from "../../src/graph/graphFile";
import type { Evidence } from "../../src/model";
import { listStudyFolder, readStudies } from "../../src/studies/readStudyFolder";
import type { Study } from "../../src/studies/study";

const DIR = "graph-data/studies";
let studies: Study[];
let graph: KnowledgeGraph;
let json: string;

beforeAll(() => {
  studies = readStudies(DIR, listStudyFolder(DIR).files).flatMap((r) => (r.ok ? [r.study] : []));
  graph = graphOfStudies(studies).graph;
  json = serializeGraph(graph);
});

const edge = (kind: string, source: string, target: string) =>
  graph.findEdge(source, target, (_, a) => a.kind === kind) ??
  graph.findEdge(target, source, (_, a) => a.kind === kind);

describe("the seed studies' graph", () => {
  it("has the places, organizations, project, people, theory and methods of the seeds", () => {
    for (const key of [
      "city:jakarta",
      "city:berlin",
      "city:tokyo",
      "country:indonesia",
      "country:japan",
      "organization:pemerintah-provinsi-jakarta",
      "organization:unit-pengelola-jakarta-smart-city",
      "organization:european-union",
      "project:smart-change",
      "person:ahdika-rayhan-ardiansyah",
      "person:rizki-fitrayansyah",
      "person:tavares",
      "theory:paradiplomacy-theory",
    ])
      expect(graph.hasNode(key), key).toBe(true);
  });

  it("resolves surface forms across studies and languages into one node each", () => {
    expect(graph.getNodeAttribute("city:jakarta", "aliases")).toEqual(
      expect.arrayContaining(["Jakarta", "DKI Jakarta"]),
    );
    expect(graph.getNodeAttribute("country:japan", "aliases")).toEqual(["Japan", "Jepang"]);
    expect(graph.getNodeAttribute("organization:european-union", "aliases")).toContain("Uni Eropa");
    expect(graph.getNodeAttribute("organization:pemerintah-provinsi-jakarta", "aliases")).toContain(
      "Pemprov DKI Jakarta",
    );
  });

  it("links Jakarta to Berlin and Tokyo as sister cities, Berlin with evidence from two studies", () => {
    const berlin = edge("SISTER_CITY_OF", "city:berlin", "city:jakarta")!;
    const tokyo = edge("SISTER_CITY_OF", "city:jakarta", "city:tokyo")!;
    expect(berlin).toBeDefined();
    expect(tokyo).toBeDefined();
    const berlinStudies = new Set(graph.getEdgeAttribute(berlin, "evidence").map((e) => e.study));
    expect([...berlinStudies].sort()).toEqual(["study:000_44789724b3adc80f", "study:002_d43d9dfe6668f96b"]);
    expect(graph.getEdgeAttribute(berlin, "since")).toBe(1994);
    expect(graph.getEdgeAttribute(tokyo, "period")).toEqual({ from: 2018, to: 2022 });
  });

  it("has the EU fund Smart Change, with Jakarta's government taking part and Tavares proposing the theory", () => {
    const funds = edge("FUNDS", "organization:european-union", "project:smart-change")!;
    expect(graph.getEdgeAttribute(funds, "evidence")[0].quote).toContain("Uni Eropa sebagai pemberi dana hibah");
    expect(edge("PARTICIPATES_IN", "organization:pemerintah-provinsi-jakarta", "project:smart-change")).toBeDefined();
    expect(edge("PROPOSED_BY", "theory:paradiplomacy-theory", "person:tavares")).toBeDefined();
  });

  it("has each study APPLY its methods, and its authors AUTHOR it", () => {
    const applied = (study: string) =>
      graph
        .outEdges(study)
        .filter((e) => graph.getEdgeAttribute(e, "kind") === "APPLIES")
        .map((e) => graph.target(e))
        .filter((k) => k.startsWith("method:"))
        .sort();
    expect(applied("study:000_44789724b3adc80f")).toEqual(
      expect.arrayContaining([
        "method:descriptive-qualitative-method",
        "method:interview",
        "method:miles-and-huberman-model",
      ]),
    );
    expect(applied("study:001_4fc1f9810a705175")).toEqual([
      "method:descriptive-qualitative-method",
      "method:literature-study",
    ]);
    expect(applied("study:002_d43d9dfe6668f96b")).toEqual(["method:interview", "method:qualitative-method"]);
    expect(edge("AUTHORED", "person:rizki-fitrayansyah", "study:002_d43d9dfe6668f96b")).toBeDefined();
    expect(edge("AUTHORED", "person:ahdika-rayhan-ardiansyah", "study:001_4fc1f9810a705175")).toBeDefined();
  });

  it("reads the study metadata from each abstract page", () => {
    const a = graph.getNodeAttributes("study:002_d43d9dfe6668f96b");
    expect(a.kind === "Study" && [a.authors, a.period, a.language, a.studentNumber]).toEqual([
      ["Rizki Fitrayansyah"],
      { from: 2017, to: 2020 },
      "mixed",
      "1810412039",
    ]);
  });

  it("backs every node and edge with evidence found verbatim at its offsets", () => {
    const text = new Map(studies.map((s) => [s.key, s.text]));
    const check = (e: Evidence) => {
      const t = text.get(e.study)!;
      expect(t.slice(e.start, e.end)).toBe(e.quote);
      if (e.mention) {
        expect(e.mention.start).toBeGreaterThanOrEqual(e.start);
        expect(e.mention.end).toBeLessThanOrEqual(e.end);
      }
    };
    let n = 0;
    graph.forEachNode((key, a) => {
      if (a.kind !== "Study") expect(a.evidence.length, key).toBeGreaterThan(0);
      a.evidence.forEach(check);
      n += a.evidence.length;
    });
    graph.forEachEdge((_, a) => {
      a.evidence.forEach(check);
      n += a.evidence.length;
    });
    expect(n).toBeGreaterThan(100);
  });
});

describe("the graph file", () => {
  it("round-trips through the schema unchanged", () => {
    const again = serializeGraph(toGraph(parseGraphFile(JSON.parse(json), "test")));
    expect(again).toBe(json);
  });

  it("is byte-identical when built again, whatever order the studies come in", () => {
    expect(serializeGraph(graphOfStudies([...studies].reverse()).graph)).toBe(json);
  });

  it("is committed up to date: graph-data/graph.json is what the bundled studies give", () => {
    const committed = readFileSync("graph-data/graph.json", "utf8");
    expect(committed === json, "graph-data/graph.json is stale: run `npm run extract` and commit it").toBe(true);
  });

  it("rejects an invalid graph with the JSON path at fault", () => {
    const badKind = JSON.parse(json);
    badKind.nodes[3].attributes.kind = "Planet";
    expect(() => parseGraphFile(badKind, "broken.json")).toThrow(
      /^broken\.json: not a valid graph file\.\n[\s\S]*→ at nodes\[3\]\.attributes\.kind/,
    );
    const badStudy = JSON.parse(json);
    const evidence = badStudy.edges[0].attributes.evidence;
    const [cited] = Object.keys(evidence);
    badStudy.edges[0].attributes.evidence = { "study:nope": evidence[cited!] };
    expect(() => parseGraphFile(badStudy, "broken.json")).toThrow(
      /✖ unknown study study:nope\n  → at edges\[0\]\.attributes\.evidence\["study:nope"\]/,
    );
    const badSentence = JSON.parse(json);
    badSentence.edges[0].attributes.evidence[cited!][0][0] = 9999;
    expect(() => parseGraphFile(badSentence, "broken.json")).toThrow(`${cited} has no sentence 9999`);
  });
});

describe("relations inferred from the gazetteer", () => {
  it("are no longer inferred once any study states them", async () => {
    const { buildGraph } = await import("../../src/graph/buildGraph");
    const { extractStudies } = await import("../../src/extract/extractStudies");
    const { parseStudy } = await import("../../src/studies/study");
    const inferredOnly = parseStudy("a.txt", "Kerja sama Kota Surabaya dengan Busan. Korea Selatan adalah mitra.");
    const stated = parseStudy("b.txt", "Busan, Korea Selatan, bekerja sama dengan Surabaya.");
    const alone = buildGraph(extractStudies([inferredOnly]));
    expect(alone.getEdgeAttribute("LOCATED_IN|city:busan|country:south-korea", "inferred")).toBe(true);
    const both = buildGraph(extractStudies([inferredOnly, stated]));
    expect(both.getEdgeAttribute("LOCATED_IN|city:busan|country:south-korea", "inferred")).toBeUndefined();
    expect(both.getEdgeAttribute("LOCATED_IN|city:busan|country:south-korea", "evidence")).toHaveLength(3);
  });
});
