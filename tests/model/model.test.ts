// The model is the single source: the kinds listed once, the published JSON Schema in step with the zod schema, the
// README naming every kind, one message for an invalid graph file.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  checkGraphFile,
  EDGE_KINDS,
  ENTITY_KINDS,
  FORMAT_VERSION,
  GEO_KINDS,
  GRAPH_JSON_SCHEMA_PATH,
  GRAPH_OPTIONS,
  graphJsonSchemaText,
  isSymmetricEdgeKind,
  keyPrefix,
  NODE_KINDS,
  NodeKey,
  nodeKey,
  PLACE_KINDS,
  prefixOfKey,
  slugify,
  studyKey,
  SYMMETRIC_EDGE_KINDS,
} from "../../src/model/index.js";
import { fold } from "../../src/extract/normalize.js";
import { normalize } from "../../src/viewer/core/search/search.js";

const seed = () => JSON.parse(readFileSync("graph-data/graph.json", "utf8"));

describe("the kinds", () => {
  it("are what the seed graph is made of, with the options and version it was written with", () => {
    const file = seed();
    expect(file.options).toEqual(GRAPH_OPTIONS);
    expect(file.attributes.formatVersion).toBe(FORMAT_VERSION);
    for (const n of file.nodes) expect(NODE_KINDS).toContain(n.attributes.kind);
    for (const e of file.edges) expect(EDGE_KINDS).toContain(e.attributes.kind);
  });

  it("nest: places are geo kinds, geo kinds are entity kinds, symmetric kinds are edge kinds", () => {
    expect(ENTITY_KINDS).toEqual(NODE_KINDS.filter((k) => k !== "Study"));
    for (const k of PLACE_KINDS) expect(GEO_KINDS).toContain(k);
    for (const k of GEO_KINDS) expect(ENTITY_KINDS).toContain(k);
    for (const k of SYMMETRIC_EDGE_KINDS) expect(EDGE_KINDS).toContain(k);
    expect(EDGE_KINDS.filter(isSymmetricEdgeKind)).toEqual([...SYMMETRIC_EDGE_KINDS]);
  });

  it("give the node-key pattern: a key of every kind passes, an unknown kind or a bare name does not", () => {
    for (const kind of NODE_KINDS) expect(NodeKey.safeParse(nodeKey(kind, "Jakarta")).success).toBe(true);
    expect(NodeKey.safeParse("planet:mars").success).toBe(false);
    expect(NodeKey.safeParse("cityx:jakarta").success).toBe(false);
    expect(NodeKey.safeParse("jakarta").success).toBe(false);
    expect(prefixOfKey(nodeKey("City", "Jakarta"))).toBe(keyPrefix("City"));
    expect(prefixOfKey(studyKey("000 abc"))).toBe(keyPrefix("Study"));
    expect(prefixOfKey("jakarta")).toBe("jakarta");
  });
});

describe("folding text", () => {
  it("drops case and accents alike for keys, the lexicons and the search, each then keeping its own last step", () => {
    expect(slugify("Baden-Württemberg")).toBe("baden-wurttemberg");
    expect(fold("Baden–Württemberg")).toBe("baden wurttemberg");
    expect(normalize("  Baden-Württemberg ")).toBe("baden-wurttemberg");
    expect(fold("TÜRKIYE")).toBe(fold("turkiye"));
  });
});

describe("an invalid graph file", () => {
  it("is named, and its issues listed in zod's layout, the first twenty only", () => {
    const file = seed();
    for (const n of file.nodes) n.attributes.kind = "Planet";
    const result = checkGraphFile(file, "broken.json");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toMatch(/^broken\.json: not a valid graph file\.\n✖ /);
    expect(result.message).toContain("→ at nodes[0].attributes.kind");
    expect(result.message.match(/^✖ /gm)).toHaveLength(20);
    expect(result.message).toMatch(/\n… and \d+ more$/);
  });
});

describe("the published JSON Schema", () => {
  it(`is committed up to date: ${GRAPH_JSON_SCHEMA_PATH} is what z.toJSONSchema gives now`, () => {
    const committed = readFileSync(GRAPH_JSON_SCHEMA_PATH, "utf8");
    expect(committed === graphJsonSchemaText(), `${GRAPH_JSON_SCHEMA_PATH} is stale: run \`npm run schema\``).toBe(
      true,
    );
  });

  it("lists every node and edge kind, and keeps the node-key pattern", () => {
    const text = readFileSync(GRAPH_JSON_SCHEMA_PATH, "utf8");
    for (const kind of [...NODE_KINDS, ...EDGE_KINDS]) expect(text).toContain(`"${kind}"`);
    const key = new RegExp(JSON.parse(text).properties.nodes.items.properties.key.pattern);
    for (const n of seed().nodes) expect(n.key).toMatch(key);
    expect("planet:mars").not.toMatch(key);
  });
});

describe("a relation's period", () => {
  it("is described in the published schema as the years its studies cover, not the relation's own duration", () => {
    const schema = JSON.parse(readFileSync(GRAPH_JSON_SCHEMA_PATH, "utf8"));
    const period = schema.properties.edges.items.properties.attributes.properties.period;
    expect(period.description).toMatch(/research periods of the studies/);
    expect(period.description).toMatch(/not the (?:relation|partnership)'s own/);
  });
});

describe("the README", () => {
  const readme = readFileSync("README.md", "utf8");

  it("lists the node kinds, in order, in the table of node attributes", () => {
    const row = /^\| `kind` +\| all +\| (.+?) +\|$/m.exec(readme);
    expect(row?.[1].split(", ")).toEqual([...NODE_KINDS]);
  });

  it.each([...EDGE_KINDS])("has a row for the relation kind %s in the table of edges", (kind) => {
    expect(readme).toMatch(new RegExp(`^\\| \`${kind}\` +\\|`, "m"));
  });
});
