// Graph file nodes and edges to Neo4j properties and back, without a server.
import { describe, expect, it } from "vitest";
import { isInt } from "neo4j-driver";
import { MARKER, edgeFromProperties, edgeRow, nodeFromProperties, nodeRow } from "../../src/export/properties.js";
import { readGraphFile } from "../../src/graph/graphFile.js";
import type { GraphFile } from "../../src/model/index.js";
import { syntheticGraph } from "../support/syntheticGraph.js";
import { hostileGraph } from "./hostileGraph.js";

type SerializedNode = GraphFile["nodes"][number];

// The seeds' graph too: every attribute extraction writes (a relation's `since`, places' coordinates) must survive.
const graphs = {
  hostile: hostileGraph(),
  synthetic: syntheticGraph({ nodes: 200, edges: 400, seed: 4 }),
  seeds: readGraphFile("graph-data/graph.json"),
};

/** The studies' texts, which the verbatim quotes are read back from (the stored ones are as a reader sees them). */
const studyTexts = (graph: GraphFile) =>
  new Map(graph.nodes.flatMap((n) => (n.attributes.kind === "Study" ? [[n.key, n.attributes.text] as const] : [])));

describe("properties", () => {
  for (const [name, graph] of Object.entries(graphs))
    it(`rebuild the ${name} graph's nodes and edges exactly`, () => {
      const texts = studyTexts(graph);
      for (const node of graph.nodes) {
        const row = nodeRow(node);
        expect(nodeFromProperties({ id: row.id, ...row.props }, texts)).toEqual(node);
      }
      for (const edge of graph.edges) {
        const row = edgeRow(edge);
        const props = { key: row.key, ...row.props };
        expect(edgeFromProperties(row.kind, row.source, row.target, props, texts)).toEqual(edge);
      }
    });

  it("are flat: no value is a map, so Neo4j can store every one", () => {
    for (const node of graphs.hostile.nodes)
      for (const value of Object.values(nodeRow(node).props))
        expect(value === null || Array.isArray(value) || typeof value !== "object" || isInt(value)).toBe(true);
  });

  it("store offsets and years as integers and coordinates as floats", () => {
    const city = nodeRow(graphs.hostile.nodes[1]).props;
    expect(isInt((city.evidenceStart as unknown[])[0])).toBe(true);
    expect(isInt(city.geonameId)).toBe(true);
    expect(typeof city.x).toBe("number");
    expect(city.evidenceMentionStart).toHaveLength(2);
  });

  it("carry the hashes earlier pushes stored (a push of an unchanged graph must find them equal)", () => {
    // Astral characters, offsets beyond 2^32, an integer beyond 2^53 and a negative one, markdown in the quotes.
    const city: SerializedNode = {
      key: "city:far",
      attributes: {
        kind: "City",
        label: "Far",
        aliases: ["Far", "FAR"],
        x: 1,
        y: -0.5,
        geonameId: 2 ** 40 + 3,
        countryCode: "ID",
        lat: -6.2,
        lon: 106.8,
        evidence: [
          {
            study: "study:a",
            quote: "Far \ud83e\udd1d away",
            start: 2 ** 33,
            end: 2 ** 33 + 12,
            mention: { start: 2 ** 33, end: 2 ** 33 + 3 },
          },
        ],
      },
    };
    const huge = structuredClone(city);
    if (huge.attributes.kind !== "Study") huge.attributes.geonameId = 2 ** 60;
    huge.attributes.evidence[0].start = -(2 ** 55);
    const study: SerializedNode = {
      key: "study:a",
      attributes: {
        kind: "Study",
        label: "A",
        aliases: [],
        evidence: [],
        x: 0,
        y: 0,
        file: "a.md",
        title: "A",
        authors: ["X"],
        year: -300,
        period: { from: 2019, to: 2023 },
        language: "id",
        text: "**Far** away",
      },
    };
    const edge: GraphFile["edges"][number] = {
      key: "SISTER_CITY_OF|city:far|city:near",
      source: "city:far",
      target: "city:near",
      attributes: {
        kind: "SISTER_CITY_OF",
        since: 1994,
        period: { from: 2017, to: 2023 },
        evidence: [{ study: "study:a", quote: "_Far_ and near", start: 0, end: 14 }],
      },
    };
    expect([nodeRow(huge), nodeRow(city), nodeRow(study), edgeRow(edge)].map((r) => r.props[MARKER])).toEqual([
      "k8GvaD-l05NYz4yUnWhwYx",
      "kIE5lnuTacap8wIg8LZEYt",
      "jA22FqOIpve0xRi4CoJqKn",
      "O10Vx0mxPFWHsdhrOkezDK",
    ]);
  });

  it("carry a hash that changes with any attribute and only then", () => {
    const node = graphs.hostile.nodes[1];
    const hash = nodeRow(node).props[MARKER];
    expect(nodeRow(structuredClone(node)).props[MARKER]).toBe(hash);
    const changed = structuredClone(node);
    changed.attributes.aliases = [...changed.attributes.aliases, "one more"];
    expect(nodeRow(changed).props[MARKER]).not.toBe(hash);
    const moved = structuredClone(node);
    moved.attributes.evidence[0].mention = undefined;
    delete moved.attributes.evidence[0].mention;
    expect(nodeRow(moved).props[MARKER]).not.toBe(hash);
  });

  it("keep a relation inferred from the gazetteer marked, and drop the mark when it goes", () => {
    const edge = structuredClone(graphs.seeds.edges.find((e) => e.attributes.kind === "LOCATED_IN")!);
    edge.attributes.inferred = true;
    const row = edgeRow(edge);
    expect(row.props.inferred).toBe(true);
    const props = { key: row.key, ...row.props };
    expect(edgeFromProperties(row.kind, row.source, row.target, props, studyTexts(graphs.seeds))).toEqual(edge);
    delete edge.attributes.inferred;
    expect(edgeRow(edge).props.inferred).toBeNull(); // null removes the property on update
  });

  it("name a relation's period for what it is, the years its studies cover; a study keeps its own period", () => {
    const edge = graphs.seeds.edges.find((e) => e.key === "SISTER_CITY_OF|city:berlin|city:jakarta")!;
    const props = edgeRow(edge).props;
    expect([props.periodStudiedFrom, props.periodStudiedTo].map(Number)).toEqual([2017, 2023]);
    expect(props).not.toHaveProperty("periodFrom");
    expect(props).not.toHaveProperty("periodTo");
    const study = graphs.seeds.nodes.find((n) => n.key === "study:002_d43d9dfe6668f96b")!;
    expect([nodeRow(study).props.periodFrom, nodeRow(study).props.periodTo].map(Number)).toEqual([2017, 2020]);
  });
});
