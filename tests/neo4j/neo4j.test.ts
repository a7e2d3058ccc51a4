// The push, the Cypher script and their errors against a real Neo4j 5 (one server for the whole file, tests in order).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isInt } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGraphFile } from "../../src/graph/graphFile.js";
import { syntheticGraph } from "../support/syntheticGraph.js";
import { compactGraph, graphFileText, readerText, type GraphFile } from "../../src/model/index.js";
import { connect, Neo4jConnectionError } from "../../src/export/connect.js";
import { csvFiles } from "../../src/export/csv.js";
import { cypherScript, splitCypherScript } from "../../src/export/cypher.js";
import { neo4jRows } from "../../src/export/neo4jModel.js";
import { EVIDENCE_QUERY, pullGraph } from "../../src/export/pull.js";
import { pushGraph, type PushSummary } from "../../src/export/push.js";
import { ROOT } from "../../tools/neo4j/index.js";
import { hostileGraph } from "../export/hostileGraph.js";
import { documentedQuery } from "./documentedQueries.js";
import { startTestNeo4j, type TestNeo4j } from "./server.js";

/** What the server imports from CSV before it starts: hostile strings and a synthetic graph in one. */
const csvGraph: GraphFile = (() => {
  const hostile = hostileGraph();
  const synthetic = syntheticGraph({ nodes: 150, edges: 400, seed: 5 });
  return { ...hostile, nodes: [...hostile.nodes, ...synthetic.nodes], edges: [...hostile.edges, ...synthetic.edges] };
})();
const csvDir = mkdtempSync(join(tmpdir(), "scg-csv-"));

let neo: TestNeo4j;
beforeAll(async () => {
  for (const file of csvFiles(csvGraph)) writeFileSync(join(csvDir, file.name), file.content);
  neo = await startTestNeo4j({ importCsv: csvDir });
  // A fresh machine's first start builds the launcher and downloads Neo4j from Maven Central (200 MB): allow for it.
}, 30 * 60_000);
afterAll(async () => {
  await neo?.stop();
  rmSync(csvDir, { recursive: true, force: true });
});

const db = () => ({ database: neo.target.database });

/** Everything in the database, order-free and type-exact (INTEGER and FLOAT differ), for comparing two loads. */
async function snapshot(): Promise<string[]> {
  const tag = (_k: string, v: unknown) => (isInt(v) ? { int: String(v) } : v);
  const nodes = await neo.driver.executeQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props", {}, db());
  const rels = await neo.driver.executeQuery(
    "MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props",
    {},
    db(),
  );
  const sortKeys = (o: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(o).sort(([x], [y]) => (x < y ? -1 : 1)));
  return [
    ...nodes.records.map((r) =>
      JSON.stringify({ labels: [...r.get("labels")].sort(), props: sortKeys(r.get("props")) }, tag),
    ),
    ...rels.records.map((r) =>
      JSON.stringify({ type: r.get("type"), a: r.get("a"), b: r.get("b"), props: sortKeys(r.get("props")) }, tag),
    ),
  ].sort();
}

/** Places (City, Province) with a countryCode, and those of them without a LOCATED_IN to a Country of that code. */
async function placesWithoutCountry(): Promise<{ places: number; without: number }> {
  const result = await neo.driver.executeQuery(
    `MATCH (p:ScgEntity) WHERE (p:City OR p:Province) AND p.countryCode IS NOT NULL
     RETURN count(p) AS places,
            count(CASE WHEN NOT EXISTS {
              MATCH (p)-[:LOCATED_IN]->(c:Country) WHERE c.countryCode = p.countryCode
            } THEN p END) AS without`,
    {},
    db(),
  );
  const r = result.records[0];
  return { places: Number(r.get("places")), without: Number(r.get("without")) };
}

async function count(query: string): Promise<number> {
  const result = await neo.driver.executeQuery(query, {}, db());
  return Number(result.records[0].get(0));
}

async function runScript(graph: GraphFile, batchSize?: number) {
  for (const statement of splitCypherScript([...cypherScript(graph, { batchSize })].join(""))) {
    const session = neo.driver.session(db());
    try {
      await session.run(statement);
    } finally {
      await session.close();
    }
  }
}

const sortByKey = <T extends { key: string }>(items: T[]) => [...items].sort((a, b) => (a.key < b.key ? -1 : 1));
const push = (graph: GraphFile, options = {}) => pushGraph(neo.driver, neo.target, graph, options);

describe("the CSV export", () => {
  it.skipIf(!!process.env.NEO4J_URI)("imported with neo4j-admin, gives back the graph exactly", async () => {
    const pulled = await pullGraph(neo.driver, neo.target);
    expect(sortByKey(pulled.nodes)).toEqual(sortByKey(csvGraph.nodes));
    expect(sortByKey(pulled.edges)).toEqual(sortByKey(csvGraph.edges));
    // The places' countries too: the hostile city has only a countryCode.
    expect(await placesWithoutCountry()).toEqual({ places: 1, without: 0 });
    // Same hashes as the push: a push of the same graph finds nothing to do.
    const rows = neo4jRows(csvGraph);
    const summary = await push(csvGraph);
    expect(summary.nodes).toMatchObject({ created: 0, updated: 0, unchanged: rows.nodes.length });
    expect(summary.relationships).toMatchObject({ created: 0, updated: 0, unchanged: rows.edges.length });
    // And the same properties, value and type: the import leaves empty lists out, which verify reads as empty.
    const verified = await push(csvGraph, { verify: true });
    expect(verified.nodes.unchanged).toBe(rows.nodes.length);
    expect(verified.relationships.unchanged).toBe(rows.edges.length);
  });
});

describe("push", () => {
  const graph = syntheticGraph({ nodes: 600, edges: 1_800, seed: 7 });

  it("gives counts per label and relationship type equal to the graph's", async () => {
    await neo.wipe();
    const summary = await push(graph, { batchSize: 250 });
    expect(summary.nodes).toEqual({ created: 600, updated: 0, unchanged: 0, deleted: 0 });
    expect(summary.relationships).toEqual({ created: 1_800, updated: 0, unchanged: 0, deleted: 0 });

    const expectedLabels: Record<string, number> = { ScgEntity: graph.nodes.length };
    for (const n of graph.nodes) expectedLabels[n.attributes.kind] = (expectedLabels[n.attributes.kind] ?? 0) + 1;
    const labels = await neo.driver.executeQuery(
      "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n",
      {},
      db(),
    );
    expect(Object.fromEntries(labels.records.map((r) => [r.get("label"), Number(r.get("n"))]))).toEqual(expectedLabels);

    const expectedTypes: Record<string, number> = {};
    for (const e of graph.edges) expectedTypes[e.attributes.kind] = (expectedTypes[e.attributes.kind] ?? 0) + 1;
    const types = await neo.driver.executeQuery("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n", {}, db());
    expect(Object.fromEntries(types.records.map((r) => [r.get("type"), Number(r.get("n"))]))).toEqual(expectedTypes);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    const summary = await push(graph, { batchSize: 500 });
    expect(summary.nodes).toEqual({ created: 0, updated: 0, unchanged: 600, deleted: 0 });
    expect(summary.relationships).toEqual({ created: 0, updated: 0, unchanged: 1_800, deleted: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it("updates a changed node in place and drops an attribute the graph no longer has", async () => {
    const changed = structuredClone(graph);
    const city = changed.nodes.find((n) => n.attributes.kind === "City" && "lat" in n.attributes)!;
    city.attributes.label = "Renamed";
    delete (city.attributes as { lat?: number }).lat;
    const summary = await push(changed);
    expect(summary.nodes).toMatchObject({ created: 0, updated: 1, unchanged: 599 });
    const row = await neo.driver.executeQuery(
      "MATCH (n:City {id: $id}) RETURN n.label AS label, n.lat AS lat, n.lon AS lon",
      { id: city.key },
      db(),
    );
    expect(row.records[0].get("label")).toBe("Renamed");
    expect(row.records[0].get("lat")).toBeNull();
    expect(typeof row.records[0].get("lon")).toBe("number");
  });

  it("CREATEs new rows beside MERGEd changed ones: the same database and counts as MERGE for all", async () => {
    // An earlier push of part of the graph, then the whole graph with one node and one relationship changed: new
    // nodes, new relationships (some between new nodes, some to stored ones) and changed rows in one push.
    const part = structuredClone(graph);
    part.nodes = part.nodes.slice(0, 400);
    const kept = new Set(part.nodes.map((n) => n.key));
    part.edges = part.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    const whole = structuredClone(graph);
    const city = whole.nodes.slice(0, 400).find((n) => n.attributes.kind === "City")!;
    city.attributes.label = "Renamed";
    const edge = whole.edges.find((e) => e.key === part.edges[0].key)!;
    edge.attributes.evidence = [];

    const results: { summary: PushSummary; snapshot: string[] }[] = [];
    for (const newRows of ["merge", "create"] as const) {
      await neo.wipe();
      await push(part, { newRows });
      results.push({ summary: await push(whole, { newRows, batchSize: 100 }), snapshot: await snapshot() });
    }
    const [merged, created] = results;
    const newEdges = graph.edges.length - part.edges.length;
    expect(created.summary.nodes).toEqual({ created: 200, updated: 1, unchanged: 399, deleted: 0 });
    expect(created.summary.relationships).toEqual({
      created: newEdges,
      updated: 1,
      unchanged: part.edges.length - 1,
      deleted: 0,
    });
    expect(created.summary.nodes).toEqual(merged.summary.nodes);
    expect(created.summary.relationships).toEqual(merged.summary.relationships);
    expect(created.snapshot).toEqual(merged.snapshot);
    expect(await push(whole)).toMatchObject({
      nodes: { created: 0, updated: 0, unchanged: 600 },
      relationships: { created: 0, updated: 0, unchanged: graph.edges.length },
    });
  });

  it("takes over a node and a relationship whose hash was removed by hand, without a duplicate or an error", async () => {
    await neo.wipe();
    await push(graph);
    const [edge] = graph.edges;
    await neo.driver.executeQuery(
      `MATCH (n:ScgEntity {id: $id}) REMOVE n.scgHash
       WITH 1 AS one MATCH ()-[r {key: $key}]->() REMOVE r.scgHash`,
      { id: graph.nodes[0].key, key: edge.key },
      db(),
    );
    const summary = await push(graph);
    // MERGE finds them and writes them again: counted as created, since they carried no hash.
    expect(summary.nodes).toMatchObject({ created: 1, updated: 0, unchanged: 599 });
    expect(summary.relationships).toMatchObject({ created: 1, updated: 0, unchanged: 1_799 });
    expect(await count("MATCH ()-[r]->() RETURN count(r)")).toBe(1_800);
    expect(await count("MATCH (n) RETURN count(n)")).toBe(600);
  });

  it("reads back exactly the graph it wrote", async () => {
    await neo.wipe();
    await push(graph);
    const pulled = await pullGraph(neo.driver, neo.target);
    expect(sortByKey(pulled.nodes)).toEqual(sortByKey(graph.nodes));
    expect(sortByKey(pulled.edges)).toEqual(sortByKey(graph.edges));
  });
});

describe("the exported Cypher script", () => {
  it("run statement by statement gives the same graph as a push, and running it twice changes nothing", async () => {
    // Small enough that two statement-by-statement runs stay well inside the time limit on a slow machine.
    const graph = syntheticGraph({ nodes: 100, edges: 300, seed: 11 });
    await neo.wipe();
    await push(graph);
    const pushed = await snapshot();

    await neo.wipe();
    await runScript(graph);
    expect(await snapshot()).toEqual(pushed);
    await runScript(graph);
    expect(await snapshot()).toEqual(pushed);
    // Same hashes as the push: a push after the script finds nothing to do.
    const summary = await push(graph);
    expect(summary.nodes.unchanged + summary.relationships.unchanged).toBe(400);
    // Two runs of a script of a few hundred statements: minutes on a busy 2-core machine, and a timeout here would
    // leave statements running into the next test.
  }, 240_000);
});

describe("hostile strings", () => {
  it("round-trip exactly through the push", async () => {
    const graph = hostileGraph();
    await neo.wipe();
    await push(graph);
    const pulled = await pullGraph(neo.driver, neo.target);
    expect(sortByKey(pulled.nodes)).toEqual(sortByKey(graph.nodes));
    expect(sortByKey(pulled.edges)).toEqual(sortByKey(graph.edges));
    // The graph's nodes and the Country the Neo4j model adds for the city that only has a countryCode.
    expect(await count("MATCH (n) RETURN count(n)")).toBe(graph.nodes.length + 1);
  });

  it("round-trip exactly through the Cypher script, which deletes nothing", async () => {
    const graph = hostileGraph();
    await neo.wipe();
    await neo.driver.executeQuery("CREATE (:Canary {name: 'still here'})", {}, db());
    await runScript(graph, 1);
    const pulled = await pullGraph(neo.driver, neo.target);
    expect(sortByKey(pulled.nodes)).toEqual(sortByKey(graph.nodes));
    expect(sortByKey(pulled.edges)).toEqual(sortByKey(graph.edges));
    expect(await count("MATCH (c:Canary {name: 'still here'}) RETURN count(c)")).toBe(1);
  });
});

/** The committed seed graph. The tests on it always run: a missing file fails them, it never skips them. */
function readSeedGraph(): GraphFile {
  const path = join(ROOT, "graph-data/graph.json");
  expect(existsSync(path), "graph-data/graph.json is missing: restore it from git or run `npm run extract`").toBe(true);
  return readGraphFile(path);
}

describe("the seed graph", () => {
  it("answers the evidence query with the seed sentence", async () => {
    const graph = readSeedGraph();
    await neo.wipe();
    await push(graph);
    const cities = await neo.driver.executeQuery("MATCH (c:City) RETURN c.id AS id ORDER BY id", {}, db());
    expect(cities.records.map((r) => r.get("id"))).toEqual(
      expect.arrayContaining(["city:berlin", "city:jakarta", "city:tokyo"]),
    );

    // Both directions answer: the pair is stored once, source key < target key.
    for (const [a, b] of [
      ["city:jakarta", "city:berlin"],
      ["city:berlin", "city:jakarta"],
    ]) {
      const result = await neo.driver.executeQuery(EVIDENCE_QUERY, { a, b }, db());
      const sentences = result.records.map((r) => r.get("sentence") as string);
      expect(sentences).toContain(
        "Kerjasama sistercity antara DKI Jakarta dan Berlin sendiri sudah berlangsung dari tahun 1994.",
      );
      // Every sentence is the study text between its offsets, as a reader sees it (the file has "*sistercity*").
      const studies = new Map(graph.nodes.map((n) => [n.key, n.attributes]));
      for (const r of result.records) {
        const study = studies.get(r.get("study")) as { text: string; title: string };
        expect(readerText(study.text.slice(Number(r.get("start")), Number(r.get("end"))))).toBe(r.get("sentence"));
        expect(r.get("title")).toBe(study.title);
      }
    }
  });
});

describe("a relation's period", () => {
  it("is stored as the years studied, and a push drops the names an older push gave it", async () => {
    const graph = readSeedGraph();
    await neo.wipe();
    await push(graph);
    const key = "SISTER_CITY_OF|city:berlin|city:jakarta";
    const read = async () =>
      (
        await neo.driver.executeQuery("MATCH ()-[r {key: $key}]->() RETURN properties(r) AS p", { key }, db())
      ).records[0].get("p");
    const props = await read();
    expect([props.periodStudiedFrom, props.periodStudiedTo].map(Number)).toEqual([2017, 2023]);
    expect(props).not.toHaveProperty("periodFrom");
    // A database pushed before the rename: the old names, and a hash that no longer matches.
    await neo.driver.executeQuery(
      "MATCH ()-[r {key: $key}]->() SET r.periodFrom = 2017, r.periodTo = 2023, r.scgHash = 'old'",
      { key },
      db(),
    );
    await push(graph);
    const after = await read();
    expect(after).not.toHaveProperty("periodFrom");
    expect(after).not.toHaveProperty("periodTo");
    expect(Number(after.periodStudiedFrom)).toBe(2017);
  });
});

describe("places and their countries", () => {
  it("after a push of the seeds, every place with a countryCode is LOCATED_IN a Country; a second push creates nothing", async () => {
    const graph = readSeedGraph();
    await neo.wipe();
    await push(graph);
    const { places, without } = await placesWithoutCountry();
    expect(places).toBeGreaterThanOrEqual(3);
    expect(without).toBe(0);
    // Berlin has only countryCode DE in the graph: Germany and the relationship are derived, without evidence.
    const berlin = await neo.driver.executeQuery(
      `MATCH (:City {id: 'city:berlin'})-[r:LOCATED_IN]->(c:Country)
       RETURN c.id AS id, c.label AS label, c.derivedFrom AS node, r.derivedFrom AS rel, r.evidenceQuote AS quotes`,
      {},
      db(),
    );
    expect(berlin.records.map((r) => r.toObject())).toEqual([
      { id: "country:germany", label: "Germany", node: "countryCode", rel: "countryCode", quotes: [] },
    ]);
    // Jakarta's LOCATED_IN comes from the graph, with its evidence, and is not marked.
    const jakarta = await neo.driver.executeQuery(
      "MATCH (:City {id: 'city:jakarta'})-[r:LOCATED_IN]->(c:Country) RETURN c.id AS id, r.derivedFrom AS rel",
      {},
      db(),
    );
    expect(jakarta.records.map((r) => r.toObject())).toEqual([{ id: "country:indonesia", rel: null }]);

    const before = await snapshot();
    const again = await push(graph);
    expect(again.nodes).toMatchObject({ created: 0, updated: 0 });
    expect(again.relationships).toMatchObject({ created: 0, updated: 0 });
    expect(await snapshot()).toEqual(before);
    // Pulled back, it is the graph file: what was derived stays out.
    const pulled = await pullGraph(neo.driver, neo.target);
    expect(sortByKey(pulled.nodes)).toEqual(sortByKey(graph.nodes));
    expect(sortByKey(pulled.edges)).toEqual(sortByKey(graph.edges));
  });

  it("the Cypher script of the seeds, read back, gives every place its Country, the same as the push", async () => {
    const graph = readSeedGraph();
    await neo.wipe();
    await push(graph);
    const pushed = await snapshot();
    await neo.wipe();
    await runScript(graph);
    expect(await placesWithoutCountry()).toMatchObject({ without: 0 });
    expect(
      await count(
        "MATCH (:City {id: 'city:berlin'})-[:LOCATED_IN]->(:Country {id: 'country:germany'}) RETURN count(*)",
      ),
    ).toBe(1);
    expect(await snapshot()).toEqual(pushed);
  }, 120_000);

  it("the documented partners query finds a place's partners whatever their kind, with their countries", async () => {
    // The seeds and a sister province: a province-to-city twinning is a SISTER_CITY_OF too.
    const graph = readSeedGraph();
    const evidence = graph.edges.find((e) => e.attributes.kind === "SISTER_CITY_OF")!.attributes.evidence;
    graph.nodes.push({
      key: "province:gyeonggi",
      attributes: {
        kind: "Province",
        label: "Gyeonggi",
        aliases: [],
        evidence: [],
        x: 0,
        y: 0,
        countryCode: "KR",
      },
    });
    graph.edges.push({
      key: "SISTER_CITY_OF|city:jakarta|province:gyeonggi",
      source: "city:jakarta",
      target: "province:gyeonggi",
      attributes: { kind: "SISTER_CITY_OF", evidence },
    });
    await neo.wipe();
    await push(graph);
    const result = await neo.driver.executeQuery(documentedQuery("all partners of a place"), {}, db());
    const partners = result.records.map((r) => [
      r.get("partner"),
      r.get("kind"),
      r.get("relation"),
      r.get("countries"),
    ]);
    expect(partners).toEqual(
      expect.arrayContaining([
        ["city:berlin", "City", "SISTER_CITY_OF", ["Germany"]],
        ["city:tokyo", "City", "SISTER_CITY_OF", ["Japan"]],
        ["province:gyeonggi", "Province", "SISTER_CITY_OF", ["South Korea"]],
      ]),
    );
  });
});

describe("npm run neo4j -- --evidence", () => {
  it("prints the seed sentence", async () => {
    await neo.wipe();
    await push(readSeedGraph());
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        join(ROOT, "scripts/neo4j.ts"),
        "--uri",
        neo.target.uri,
        "--user",
        neo.target.user,
        "--password",
        neo.target.password,
        "--evidence",
        "city:berlin,city:jakarta",
      ],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, NEO4J_DATABASE: neo.target.database ?? "" } },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "sentence: Kerjasama sistercity antara DKI Jakarta dan Berlin sendiri sudah berlangsung dari tahun 1994.",
    );
    expect(run.stdout).toMatch(/^study: study:002_d43d9dfe6668f96b$/m);
  });
});

describe("--replace", () => {
  it("removes what an earlier push wrote and the graph no longer has, and leaves foreign data alone", async () => {
    const graph = syntheticGraph({ nodes: 200, edges: 500, seed: 3 });
    await neo.wipe();
    await push(graph);
    const [first, second] = graph.edges.slice(0, 2);
    // Foreign data: its own nodes, a node of ours it points at, and its own relationship between two of our nodes.
    await neo.driver.executeQuery(
      `CREATE (:Person {name: 'foreign person'})-[:KNOWS]->(:Corpus {id: 'city:foreign'})
       WITH 1 AS one MATCH (a:ScgEntity {id: $a}), (b:ScgEntity {id: $b})
       CREATE (:Corpus {name: 'other corpus'})-[:SAME_AS]->(a), (a)-[:FOREIGN_LINK {note: 'mine'}]->(b)`,
      { a: first.source, b: first.target },
      db(),
    );

    // The new graph lacks one relationship and one node (with the relationships that touch it).
    const gone = graph.nodes.find(
      (n) => n.attributes.kind !== "Study" && ![first.source, first.target].includes(n.key),
    )!;
    const smaller = structuredClone(graph);
    smaller.nodes = smaller.nodes.filter((n) => n.key !== gone.key);
    smaller.edges = smaller.edges.filter((e) => e.key !== second.key && e.source !== gone.key && e.target !== gone.key);
    const goneEdges = graph.edges.length - smaller.edges.length;

    const summary = await push(smaller, { replace: true });
    expect(summary.nodes).toEqual({ created: 0, updated: 0, unchanged: smaller.nodes.length, deleted: 1 });
    expect(summary.relationships).toEqual({
      created: 0,
      updated: 0,
      unchanged: smaller.edges.length,
      deleted: goneEdges,
    });

    const pulled = await pullGraph(neo.driver, neo.target);
    expect(sortByKey(pulled.nodes)).toEqual(sortByKey(smaller.nodes));
    expect(sortByKey(pulled.edges)).toEqual(sortByKey(smaller.edges));

    expect(
      await count("MATCH (:Person {name: 'foreign person'})-[:KNOWS]->(:Corpus {id: 'city:foreign'}) RETURN count(*)"),
    ).toBe(1);
    expect(await count("MATCH (:Corpus {name: 'other corpus'})-[:SAME_AS]->(:ScgEntity) RETURN count(*)")).toBe(1);
    expect(await count("MATCH (:ScgEntity)-[r:FOREIGN_LINK {note: 'mine'}]->(:ScgEntity) RETURN count(r)")).toBe(1);
  });
});

describe("--verify and --replace", () => {
  const edited = {
    label: "MATCH (n:City {id: 'city:berlin'}) RETURN n.label AS v",
    x: "MATCH (n:City {id: 'city:jakarta'}) RETURN n.x AS v",
    starts:
      "MATCH ()-[r:SISTER_CITY_OF {key: 'SISTER_CITY_OF|city:berlin|city:jakarta'}]->() RETURN r.evidenceStart AS v",
  };
  const read = async (query: string) => (await neo.driver.executeQuery(query, {}, db())).records[0].get("v");
  /** Edits made in the database by hand: a label, a FLOAT turned INTEGER, offsets shifted; and a foreign property. */
  const editInDatabase = () =>
    neo.driver.executeQuery(
      `MATCH (b:City {id: 'city:berlin'}) SET b.label = 'Berlin (edited)', b.note = 'added by hand'
       WITH 1 AS one MATCH (j:City {id: 'city:jakarta'}) SET j.x = toInteger(j.x)
       WITH 1 AS one MATCH ()-[r:SISTER_CITY_OF {key: 'SISTER_CITY_OF|city:berlin|city:jakarta'}]->()
       SET r.evidenceStart = [s IN r.evidenceStart | s + 1]`,
      {},
      db(),
    );

  it("repair properties edited in the database; a plain push does not look", async () => {
    const graph = readSeedGraph();
    const rows = neo4jRows(graph);
    const [nodes, edges] = [rows.nodes.length, rows.edges.length];
    await neo.wipe();
    await push(graph);
    const original = { label: await read(edited.label), x: await read(edited.x), starts: await read(edited.starts) };
    expect(original.label).toBe("Berlin");
    await editInDatabase();
    expect(await read(edited.label)).toBe("Berlin (edited)");

    // The cheap path compares stored hashes only, which the edits left alone: it reports everything unchanged.
    const plain = await push(graph);
    expect(plain.nodes).toEqual({ created: 0, updated: 0, unchanged: nodes, deleted: 0 });
    expect(plain.relationships).toEqual({ created: 0, updated: 0, unchanged: edges, deleted: 0 });
    expect(await read(edited.label)).toBe("Berlin (edited)");

    const verified = await push(graph, { verify: true });
    expect(verified.nodes).toEqual({ created: 0, updated: 2, unchanged: nodes - 2, deleted: 0 });
    expect(verified.relationships).toEqual({ created: 0, updated: 1, unchanged: edges - 1, deleted: 0 });
    expect(await read(edited.label)).toBe("Berlin");
    expect(await read(edited.x)).toBe(original.x);
    expect(typeof (await read(edited.x))).toBe("number"); // a FLOAT again, not an INTEGER
    expect(await read(edited.starts)).toEqual(original.starts);
    const pulled = await pullGraph(neo.driver, neo.target);
    expect(sortByKey(pulled.nodes)).toEqual(sortByKey(graph.nodes));
    expect(sortByKey(pulled.edges)).toEqual(sortByKey(graph.edges));
    // Properties the project does not write are someone else's, and stay.
    expect(await read("MATCH (n:City {id: 'city:berlin'}) RETURN n.note AS v")).toBe("added by hand");

    // Verified again: nothing left to repair.
    const again = await push(graph, { verify: true });
    expect(again.nodes.unchanged + again.relationships.unchanged).toBe(nodes + edges);

    // --replace verifies too.
    await editInDatabase();
    const replaced = await push(graph, { replace: true });
    expect(replaced.nodes).toEqual({ created: 0, updated: 2, unchanged: nodes - 2, deleted: 0 });
    expect(replaced.relationships).toEqual({ created: 0, updated: 1, unchanged: edges - 1, deleted: 0 });
    expect(await read(edited.label)).toBe("Berlin");
    expect(await read(edited.starts)).toEqual(original.starts);
  });
});

describe("errors", () => {
  const closedPort = async () => {
    const server = createServer();
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
    const port = (server.address() as { port: number }).port;
    await new Promise((done) => server.close(done));
    return port;
  };

  it("a wrong password is reported as such", async () => {
    const attempt = connect({ ...neo.target, password: "not-the-password" });
    await expect(attempt).rejects.toBeInstanceOf(Neo4jConnectionError);
    await expect(attempt).rejects.toThrow(/refused user "neo4j": wrong user name or password/);
  });

  it("a closed port is reported as unreachable", async () => {
    const uri = `bolt://127.0.0.1:${await closedPort()}`;
    await expect(connect({ ...neo.target, uri })).rejects.toThrow(/cannot reach Neo4j at .*ECONNREFUSED/);
  });

  it("a missing database is reported by name", async () => {
    await expect(connect({ ...neo.target, database: "nosuchdb" })).rejects.toThrow(/has no database "nosuchdb"/);
  });

  it("the push command exits non-zero with one clear line and no stack trace", async () => {
    const dir = mkdtempSync(join(tmpdir(), "scg-push-"));
    try {
      const graphPath = join(dir, "graph.json");
      writeFileSync(graphPath, graphFileText(compactGraph(hostileGraph())));
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "scripts/push.ts"), "--graph", graphPath, ...args], {
          cwd: ROOT,
          encoding: "utf8",
          env: { ...process.env, NEO4J_URI: "", NEO4J_PASSWORD: "" },
        });
      const wrong = run("--uri", neo.target.uri, "--user", neo.target.user, "--password", "not-the-password");
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toMatch(/^push: .* wrong user name or password/m);
      expect(wrong.stderr).not.toMatch(/^\s+at /m);

      const closed = run("--uri", `bolt://127.0.0.1:${await closedPort()}`, "--password", "x");
      expect(closed.status).toBe(1);
      expect(closed.stderr).toMatch(/^push: cannot reach Neo4j/m);
      expect(closed.stderr).not.toMatch(/^\s+at /m);

      const ok = run("--uri", neo.target.uri, "--user", neo.target.user, "--password", neo.target.password);
      expect(ok.status).toBe(0);
      expect(ok.stdout).toMatch(/nodes\s+\d+ created, \d+ updated, \d+ unchanged/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
