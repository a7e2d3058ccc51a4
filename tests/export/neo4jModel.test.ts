// The Neo4j model of a graph file: its rows, plus a LOCATED_IN to its country for every place that only names one.
import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { countryOfCode } from "../../src/extract/lexicon/gazetteer.js";
import { countryName } from "../../src/export/countryNames.js";
import { neo4jRows } from "../../src/export/neo4jModel.js";
import { DERIVED_FROM, MARKER, edgeRow, nodeRow } from "../../src/export/properties.js";
import { readGraphFile } from "../../src/graph/graphFile.js";
import { isPlaceKind } from "../../src/model/index.js";
import { hostileGraph } from "./hostileGraph.js";

const seeds = readGraphFile("graph-data/graph.json");

describe("neo4jRows", () => {
  it("gives every place with a countryCode a LOCATED_IN to a Country with that code", () => {
    for (const graph of [seeds, hostileGraph()]) {
      const rows = neo4jRows(graph);
      const countryByKey = new Map(rows.nodes.filter((n) => n.kind === "Country").map((n) => [n.id, n]));
      const places = graph.nodes.filter(
        (n) => isPlaceKind(n.attributes.kind) && (n.attributes as { countryCode?: string }).countryCode,
      );
      expect(places.length).toBeGreaterThan(0);
      for (const place of places) {
        const code = (place.attributes as { countryCode: string }).countryCode;
        const links = rows.edges.filter(
          (e) =>
            e.kind === "LOCATED_IN" && e.source === place.key && countryByKey.get(e.target)?.props.countryCode === code,
        );
        expect(links, place.key).toHaveLength(1);
      }
    }
  });

  it("adds Germany for Berlin in the seeds, derived and without evidence, and keeps the graph's own rows as they are", () => {
    const rows = neo4jRows(seeds);
    expect(rows.nodes.slice(0, seeds.nodes.length)).toEqual(seeds.nodes.map(nodeRow));
    expect(rows.edges.slice(0, seeds.edges.length)).toEqual(seeds.edges.map(edgeRow));

    const added = rows.nodes.slice(seeds.nodes.length);
    expect(added.map((n) => [n.id, n.kind, n.props.label, n.props.countryCode])).toEqual([
      ["country:germany", "Country", "Germany", "DE"],
    ]);
    expect(added[0].props[DERIVED_FROM]).toBe("countryCode");
    expect(added[0].props.evidenceQuote).toEqual([]);
    // Same properties as a Country of the graph, so the CSV file of the kind has one set of columns.
    const graphCountry = rows.nodes.find((n) => n.id === "country:indonesia")!;
    expect(Object.keys(added[0].props).sort()).toEqual(Object.keys(graphCountry.props).sort());
    expect(graphCountry.props[DERIVED_FROM]).toBeNull();

    const links = rows.edges.slice(seeds.edges.length);
    expect(links.map((e) => e.key)).toEqual(["LOCATED_IN|city:berlin|country:germany"]);
    expect(links[0].props[DERIVED_FROM]).toBe("countryCode");
    expect(links[0].props.evidenceStudy).toEqual([]);
    expect(Object.keys(links[0].props).sort()).toEqual(Object.keys(rows.edges[0].props).sort());
    // Jakarta and Tokyo already have theirs in the graph: nothing is added for them.
    expect(rows.edges.filter((e) => e.source === "city:jakarta" && e.kind === "LOCATED_IN")).toHaveLength(1);
  });

  it("is deterministic: the same graph gives the same rows and hashes", () => {
    const hashes = (rows: ReturnType<typeof neo4jRows>) => [...rows.nodes, ...rows.edges].map((r) => r.props[MARKER]);
    expect(hashes(neo4jRows(seeds))).toEqual(hashes(neo4jRows(structuredClone(seeds))));
  });

  it("links to the graph's own Country of that code whatever its key, and adds no node then", () => {
    const graph = structuredClone(seeds);
    const berlin = graph.nodes.find((n) => n.key === "city:berlin")!;
    (berlin.attributes as { countryCode?: string }).countryCode = "JP";
    const rows = neo4jRows(graph);
    expect(rows.nodes).toHaveLength(graph.nodes.length);
    expect(rows.edges.slice(graph.edges.length).map((e) => e.key)).toEqual(["LOCATED_IN|city:berlin|country:japan"]);
  });
});

describe("countryName", () => {
  it("names every country as the gazetteer does, so a derived key is the key extraction would make", () => {
    const codes = Object.keys(countries.getAlpha2Codes());
    expect(codes.length).toBeGreaterThan(240);
    for (const code of codes) expect(countryName(code), code).toBe(countryOfCode(code)!.name);
    expect(countryName("XX")).toBeUndefined();
  });
});
