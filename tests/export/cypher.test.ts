// Cypher text without a server: escaping, float literals, names, and the shape of the exported script.
import { describe, expect, it } from "vitest";
import { int } from "neo4j-driver";
import {
  constraintStatements,
  cypherFloat,
  cypherName,
  cypherScript,
  cypherString,
  cypherValue,
  edgeCreateStatement,
  edgeMergeStatement,
  nodeCreateStatement,
  nodeMergeStatement,
  splitCypherScript,
} from "../../src/export/cypher.js";
import { readGraphFile } from "../../src/graph/graphFile.js";
import { syntheticGraph } from "../support/syntheticGraph.js";
import { HOSTILE_STRINGS, hostileGraph } from "./hostileGraph.js";

describe("cypherString", () => {
  it("escapes quotes and backslashes so an injection stays inside the string", () => {
    expect(cypherString("'}) DETACH DELETE n //")).toBe("'\\'}) DETACH DELETE n //'");
    expect(cypherString(`a\\'b"c`)).toBe(`'a\\\\\\'b"c'`);
    expect(cypherString("\\u0041")).toBe("'\\\\u0041'");
  });

  it("writes newlines, tabs and other controls as escapes, so a statement stays on one line", () => {
    expect(cypherString("a\nb\r\nc\td")).toBe("'a\\nb\\r\\nc\\td'");
    expect(cypherString("\u0000\u0007\u2028\u2029")).toBe("'\\u0000\\u0007\\u2028\\u2029'");
  });

  it("keeps emoji, right-to-left text and backticks as they are, and escapes a lone surrogate", () => {
    expect(cypherString("🤝 مدينة `x`")).toBe("'🤝 مدينة `x`'");
    expect(cypherString("a\ud800b")).toBe("'a\\ud800b'");
  });
});

describe("names and numbers", () => {
  it("quotes a name that is not a plain identifier, doubling its backticks", () => {
    expect(cypherName("SISTER_CITY_OF")).toBe("SISTER_CITY_OF");
    expect(cypherName("my `label` x")).toBe("`my ``label`` x`");
  });

  it("writes floats so they read back as the same FLOAT, and integers as INTEGER", () => {
    expect(cypherFloat(1)).toBe("1.0");
    expect(cypherFloat(-0)).toBe("-0.0");
    expect(cypherFloat(1e21)).toBe("1e21");
    expect(cypherFloat(1e-7)).toBe("1e-7");
    expect(Number(cypherFloat(1 / 3))).toBe(1 / 3);
    expect(cypherValue([int(3), 2.5, null, "x"])).toBe("[3, 2.5, null, 'x']");
    expect(cypherValue({ "odd key": true })).toBe("{`odd key`: true}");
  });
});

describe("statements", () => {
  it("declares one uniqueness constraint on id per label, the common label first", () => {
    const statements = constraintStatements();
    expect(statements).toHaveLength(11);
    expect(statements[0]).toBe(
      "CREATE CONSTRAINT scg_scgentity_id IF NOT EXISTS FOR (n:ScgEntity) REQUIRE n.id IS UNIQUE",
    );
    expect(statements.some((s) => s.includes("FOR (n:City) REQUIRE n.id IS UNIQUE"))).toBe(true);
  });

  it("accepts only the model's kinds as labels and relationship types", () => {
    expect(() => nodeMergeStatement("City) DETACH DELETE (n", "$rows", true)).toThrow(/unknown node kind/);
    expect(() => edgeMergeStatement("KNOWS]->() DELETE r //", "$rows", true)).toThrow(/unknown edge kind/);
    expect(nodeMergeStatement("City", "$rows", true)).toContain("MERGE (n:ScgEntity:City {id: row.id})");
  });

  it("creates the rows the push found absent without a MERGE, and only of the model's kinds", () => {
    expect(() => nodeCreateStatement("City) DETACH DELETE (n")).toThrow(/unknown node kind/);
    expect(() => edgeCreateStatement("KNOWS]->() DELETE r //")).toThrow(/unknown edge kind/);
    const node = nodeCreateStatement("City");
    expect(node).toContain("CREATE (n:ScgEntity:City {id: row.id}) SET n += row.props");
    const edge = edgeCreateStatement("SISTER_CITY_OF");
    // End nodes by the common label's id, which its uniqueness constraint indexes.
    expect(edge).toContain("MATCH (a:ScgEntity {id: row.source}) MATCH (b:ScgEntity {id: row.target})");
    expect(edge).toContain("CREATE (a)-[r:SISTER_CITY_OF {key: row.key}]->(b) SET r += row.props");
    for (const statement of [node, edge]) {
      expect(statement).not.toContain("MERGE");
      expect(statement).toMatch(/RETURN 0 AS updated, count\(\*\) AS created$/);
    }
  });
});

describe("the script", () => {
  it("has constraints first, then one MERGE statement per line, and no raw line break inside a statement", () => {
    const script = [...cypherScript(hostileGraph(), { batchSize: 1 })].join("");
    const statements = splitCypherScript(script);
    expect(statements.slice(0, 11)).toEqual(constraintStatements());
    expect(statements.slice(11).every((s) => s.startsWith("UNWIND [") && s.includes(" MERGE "))).toBe(true);
    // The graph's 4 nodes and 2 edges, and the Country and LOCATED_IN derived from the city's countryCode.
    expect(statements).toHaveLength(11 + 5 + 3);
    expect(script).not.toMatch(/[\r\u2028\u2029]/);
    for (const text of HOSTILE_STRINGS) expect(script).toContain(cypherString(text));
  });

  it("writes a relation's period as the years studied, and drops the names older pushes gave it", () => {
    const script = [...cypherScript(readGraphFile("graph-data/graph.json"))].join("");
    const berlin = script.split("\n").find((line) => line.includes("SISTER_CITY_OF|city:berlin|city:jakarta"))!;
    expect(berlin).toMatch(/periodStudiedFrom: 2017\b[^}]*periodStudiedTo: 2023\b/);
    expect(berlin).not.toMatch(/[{,] ?periodFrom:/);
    expect(edgeMergeStatement("SISTER_CITY_OF", "$rows", false)).toMatch(/REMOVE r\.periodFrom, r\.periodTo/);
  });

  it("batches rows per kind", () => {
    const graph = syntheticGraph({ nodes: 100, edges: 150, seed: 2 });
    const statements = splitCypherScript([...cypherScript(graph, { batchSize: 1_000 })].join(""));
    const kinds = new Set(graph.nodes.map((n) => n.attributes.kind)).size;
    const types = new Set(graph.edges.map((e) => e.attributes.kind)).size;
    expect(statements).toHaveLength(11 + kinds + types);
  });
});
