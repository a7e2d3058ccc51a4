// The viewer's core: pure functions over the dataset, tested on a graph built from the seed studies' real text.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { computeHighlight } from "../../src/viewer/core/appearance/highlight.js";
import { nodeSize } from "../../src/viewer/core/appearance/palette.js";
import {
  mentionsInQuote,
  paragraphs,
  relationsByKind,
  segmentText,
  sourcesByStudy,
} from "../../src/viewer/core/evidence/evidence.js";
import { flattenAttributes, toGexf, toGraphml, toJson } from "../../src/export/formats/index.js";
import { NO_FILTERS, computeVisibility } from "../../src/viewer/core/filters/filters.js";
import { indexDataset, parseDataset } from "../../src/viewer/core/graph/dataset.js";
import { buildDisplayGraph, parallelCurvature, shortLabel } from "../../src/viewer/core/graph/display.js";
import { detectLang, edgeKindName, nodeKindName, t } from "../../src/viewer/core/i18n/messages.js";
import { createProjection, outlineRings, projectPoint, worldBBox } from "../../src/viewer/core/map/projection.js";
import { buildSearchIndex, normalize, suggest } from "../../src/viewer/core/search/search.js";
import { NONE, Store, initialState } from "../../src/viewer/core/state/state.js";
import { queryToState, stateToQuery } from "../../src/viewer/core/url/url.js";
import { syntheticGraph } from "../../src/graph/synthetic.js";
import { EDGE_KINDS, NODE_KINDS } from "../../src/model/index.js";
import { STUDY_A, STUDY_B, STUDY_C, seedFixture } from "./fixtures.js";

const dataset = indexDataset(seedFixture());
const { graph } = dataset;

describe("dataset", () => {
  it("indexes studies, their years and every mention", () => {
    expect(dataset.studies.map((s) => s.key)).toEqual([STUDY_A, STUDY_B, STUDY_C]);
    expect(dataset.years).toEqual({ min: 2017, max: 2023 });
    const berlinInA = dataset.mentionsByStudy.get(STUDY_A)!.filter((m) => m.node === "city:berlin");
    const text = (graph.getNodeAttributes(STUDY_A) as { text: string }).text;
    expect(berlinInA.map((m) => text.slice(m.start, m.end))).toEqual(["Berlin"]);
  });

  it("rejects a file that breaks the schema, saying where", () => {
    const file = seedFixture();
    (file.nodes[0].attributes as { kind: string }).kind = "Planet";
    const result = parseDataset(file, "graph.json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^graph\.json: not a valid graph file\.\n[\s\S]*nodes/);
  });
});

describe("search", () => {
  const index = buildSearchIndex(dataset);
  it("ignores case and accents", () => expect(normalize("  Bérlin  KOTA ")).toBe("berlin kota"));
  it("suggests by label prefix, exact names first", () => {
    expect(suggest(index, "berl")[0]).toMatchObject({ node: "city:berlin", label: "Berlin" });
    expect(suggest(index, "Tokyo")[0].node).toBe("city:tokyo");
  });
  it("finds a node by an alias in the other language and says which alias matched", () => {
    expect(suggest(index, "jepang")[0]).toEqual({
      node: "country:japan",
      kind: "Country",
      label: "Japan",
      via: "Jepang",
    });
    expect(suggest(index, "DKI")[0]).toMatchObject({ node: "city:jakarta", via: "DKI Jakarta" });
  });
  it("suggests nothing for an empty query or an unknown name", () => {
    expect(suggest(index, "  ")).toEqual([]);
    expect(suggest(index, "Surabaya")).toEqual([]);
  });
  it("finds a word inside a longer name and lists each node once", () => {
    const hits = suggest(index, "jakarta");
    expect(hits[0].node).toBe("city:jakarta");
    expect(new Set(hits.map((h) => h.node)).size).toBe(hits.length);
    expect(hits.map((h) => h.node)).toContain(STUDY_A); // "Paradiplomasi Jakarta dan Berlin …"
  });
});

describe("filters", () => {
  it("shows everything without filters, with counts per kind", () => {
    const v = computeVisibility(dataset, NO_FILTERS);
    expect(v.nodes.size).toBe(graph.order);
    expect(v.edges.size).toBe(graph.size);
    expect(v.nodeCounts.City).toEqual({ visible: 3, total: 3 });
    expect(v.edgeCounts.SISTER_CITY_OF).toEqual({ visible: 2, total: 2 });
  });
  it("hides a node kind and the relations that touch it", () => {
    const v = computeVisibility(dataset, { ...NO_FILTERS, hiddenNodeKinds: new Set(["Country"]) });
    expect(v.nodes.has("country:japan")).toBe(false);
    expect(v.edges.has("LOCATED_IN|city:tokyo|country:japan")).toBe(false);
    expect(v.nodeCounts.Country).toEqual({ visible: 0, total: 2 });
  });
  it("hides a relation kind only", () => {
    const v = computeVisibility(dataset, { ...NO_FILTERS, hiddenEdgeKinds: new Set(["SISTER_CITY_OF"]) });
    expect(v.edges.has("SISTER_CITY_OF|city:berlin|city:jakarta")).toBe(false);
    expect(v.nodes.has("city:berlin")).toBe(true);
  });
  it("keeps a relation while one of its studies is shown", () => {
    const one = computeVisibility(dataset, { ...NO_FILTERS, hiddenStudies: new Set([STUDY_A]) });
    expect(one.edges.has("SISTER_CITY_OF|city:berlin|city:jakarta")).toBe(true); // study C still says so
    expect(one.nodes.has(STUDY_A)).toBe(false);
    const both = computeVisibility(dataset, { ...NO_FILTERS, hiddenStudies: new Set([STUDY_A, STUDY_C]) });
    expect(both.nodes.has("city:berlin")).toBe(false);
    expect(both.edges.has("SISTER_CITY_OF|city:jakarta|city:tokyo")).toBe(true);
  });
  it("keeps the studies whose period overlaps the chosen years", () => {
    const v = computeVisibility(dataset, { ...NO_FILTERS, period: { from: 2021, to: 2023 } });
    expect([...v.activeStudies].sort()).toEqual([STUDY_A, STUDY_B]);
    const early = computeVisibility(dataset, { ...NO_FILTERS, period: { from: 2010, to: 2016 } });
    expect(early.activeStudies.size).toBe(0);
    expect(early.edges.size).toBe(0);
  });
});

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
});

describe("URL state", () => {
  it("round-trips selection, filters, view and language", () => {
    const state = {
      selection: { type: "node", key: "city:berlin" } as const,
      filters: {
        hiddenNodeKinds: new Set(["Concept", "City"] as const),
        hiddenEdgeKinds: new Set(["MENTIONS"] as const),
        hiddenStudies: new Set([STUDY_B]),
        period: { from: 2018, to: 2020 },
      },
      mode: "map" as const,
      lang: "id" as const,
    };
    const query = stateToQuery(state);
    expect(query).toBe(
      `?node=city:berlin&hideKinds=City,Concept&hideRelations=MENTIONS&hideStudies=${STUDY_B}&from=2018&to=2020&view=map&lang=id`,
    );
    expect(queryToState(query, dataset, "en")).toEqual(state);
  });
  it("leaves the browser's own language out of the address", () => {
    const state = { selection: NONE, filters: NO_FILTERS, mode: "graph" as const, lang: "id" as const };
    expect(stateToQuery(state, "id")).toBe("");
    expect(stateToQuery(state, "en")).toBe("?lang=id");
  });
  it("drops what the dataset does not know, so an old link still opens", () => {
    const s = queryToState("?node=city:atlantis&hideKinds=Planet,City&from=2020&to=2001&lang=fr", dataset, "en");
    expect(s.selection).toEqual(NONE);
    expect([...s.filters.hiddenNodeKinds]).toEqual(["City"]);
    expect(s.filters.period).toBeNull();
    expect(s.lang).toBe("en");
  });
  it("opens a relation by its key", () => {
    const key = "SISTER_CITY_OF|city:jakarta|city:tokyo";
    expect(queryToState(`?edge=${encodeURIComponent(key)}`, dataset, "en").selection).toEqual({ type: "edge", key });
  });
});

describe("drawn graph", () => {
  it("keeps the stored layout, sizes by degree and colours by kind", () => {
    const display = buildDisplayGraph(graph, "graph");
    expect(display.order).toBe(graph.order);
    expect(display.getNodeAttributes("city:jakarta")).toMatchObject({ x: 0, y: 0, color: "#e15759" });
    expect(display.getNodeAttribute("city:jakarta", "size")).toBeGreaterThan(
      display.getNodeAttribute("country:japan", "size"),
    );
  });
  it("curves parallel relations apart and leaves single ones straight", () => {
    const display = buildDisplayGraph(graph, "graph");
    const a = display.getEdgeAttributes("SISTER_CITY_OF|city:berlin|city:jakarta");
    const b = display.getEdgeAttributes("COOPERATES_WITH|city:berlin|city:jakarta");
    expect([a.type, b.type]).toEqual(["curved", "curved"]);
    expect(Math.sign(a.curvature)).toBe(-Math.sign(b.curvature));
    expect(display.getEdgeAttribute("LOCATED_IN|city:tokyo|country:japan", "type")).toBe("line");
    expect(parallelCurvature(0, 1)).toBe(0);
  });
  it("places only places on the map, west to east and north up", () => {
    const display = buildDisplayGraph(graph, "map", createProjection());
    expect(display.hasNode(STUDY_A)).toBe(false);
    const x = (k: string) => display.getNodeAttribute(k, "x");
    const y = (k: string) => display.getNodeAttribute(k, "y");
    expect(x("city:berlin")).toBeLessThan(x("city:jakarta"));
    expect(x("city:jakarta")).toBeLessThan(x("city:tokyo"));
    expect(y("city:berlin")).toBeGreaterThan(y("city:jakarta"));
    expect(display.getEdgeAttribute("SISTER_CITY_OF|city:jakarta|city:tokyo", "type")).toBe("curved");
  });
  it("projects the bundled world outline inside the world's box", async () => {
    const projection = createProjection();
    const land = JSON.parse(
      readFileSync(resolve(import.meta.dirname, "../../node_modules/world-atlas/land-110m.json"), "utf8"),
    );
    const rings = outlineRings(land, "land", projection);
    const box = worldBBox(projection);
    expect(rings.length).toBeGreaterThan(50);
    for (const ring of rings) for (const p of ring) expect(p.x >= box.x[0] - 1e-6 && p.x <= box.x[1] + 1e-6).toBe(true);
    expect(projectPoint(projection, 0, 0)).toEqual({ x: 0, y: -0 });
    expect(() => outlineRings(land, "countries", projection)).toThrow(/viewer\/map: .*"countries"/);
  });
  it("draws the nodes of big graphs smaller", () => {
    expect(nodeSize(4, 47)).toBe(nodeSize(4));
    expect(nodeSize(4, 5000)).toBeCloseTo(nodeSize(4) * 0.35);
    expect(nodeSize(100)).toBe(24);
  });
  it("shortens long canvas labels only", () => {
    expect(shortLabel("Berlin")).toBe("Berlin");
    expect(shortLabel("x".repeat(60))).toHaveLength(42);
  });
});

describe("highlight and store", () => {
  const visible = computeVisibility(dataset, NO_FILTERS).edges;
  it("highlights a hovered node and its neighbours", () => {
    const h = computeHighlight(graph, { hoveredNode: "city:tokyo", hoveredEdge: null, selection: NONE }, visible)!;
    expect([...h.nodes].sort()).toEqual(["city:jakarta", "city:tokyo", "country:japan", STUDY_B]);
  });
  it("highlights a selected relation and its two ends, and nothing when nothing is chosen", () => {
    const edge = "SISTER_CITY_OF|city:jakarta|city:tokyo";
    const h = computeHighlight(
      graph,
      { hoveredNode: null, hoveredEdge: null, selection: { type: "edge", key: edge } },
      visible,
    )!;
    expect([...h.nodes].sort()).toEqual(["city:jakarta", "city:tokyo"]);
    expect(computeHighlight(graph, { hoveredNode: null, hoveredEdge: null, selection: NONE }, visible)).toBeNull();
  });
  it("does not fade everything for a node the map does not draw", () => {
    const s = { hoveredNode: null, hoveredEdge: null, selection: { type: "node", key: STUDY_A } as const };
    expect(computeHighlight(graph, s, visible, (n) => n.startsWith("city:"))).toBeNull();
  });
  it("notifies subscribers only on real changes", () => {
    const store = new Store(initialState("en"));
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.lang));
    store.update({ lang: "en" });
    store.update({ lang: "id" });
    expect(seen).toEqual(["id"]);
  });
});

describe("exports", () => {
  it("flattens evidence and periods into Gephi columns", () => {
    const flat = flattenAttributes(graph.getEdgeAttributes("SISTER_CITY_OF|city:berlin|city:jakarta") as never);
    expect(flat).toMatchObject({ kind: "SISTER_CITY_OF", evidenceCount: 2, studies: `${STUDY_A}; ${STUDY_C}` });
    expect(String(flat.quotes)).toContain("Kota Kembar bersama Berlin");
  });
  it("writes GEXF, GraphML and JSON that keep every node and relation", () => {
    const gexf = toGexf(graph);
    expect(gexf).toMatch(/^<\?xml[\s\S]*<gexf/);
    expect(gexf.match(/<node /g)).toHaveLength(graph.order);
    const graphml = toGraphml(graph);
    expect(graphml.match(/<node /g)).toHaveLength(graph.order);
    expect(graphml.match(/<edge /g)).toHaveLength(graph.size);
    expect(graphml).toContain('<key id="n_label" for="node" attr.name="label" attr.type="string"/>');
    expect(parseDataset(JSON.parse(toJson(graph))).ok).toBe(true);
  });
  it("escapes markup in GraphML values", () => {
    const file = seedFixture({ inject: "<img src=x onerror=alert(1)>" });
    const out = toGraphml(indexDataset(file).graph);
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("language", () => {
  it("has every message and kind name in both languages", () => {
    for (const kind of NODE_KINDS) expect(nodeKindName("id", kind)).toBeTruthy();
    for (const kind of EDGE_KINDS) expect(edgeKindName("id", kind)).not.toBe(edgeKindName("en", kind) + "x");
    expect(t("id", "shown", { nodes: 1, totalNodes: 2, edges: 3, totalEdges: 4 })).toBe(
      "1 dari 2 simpul, 3 dari 4 relasi ditampilkan",
    );
    expect(nodeKindName("id", "City")).toBe("Kota");
  });
  it("defaults to Indonesian for Indonesian browsers and English otherwise", () => {
    expect(detectLang(["id-ID", "en"])).toBe("id");
    expect(detectLang(["de-DE", "en-US"])).toBe("en");
    expect(detectLang(["fr"])).toBe("en");
  });
});

describe("boundaries", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const viewerFiles = files(resolve(import.meta.dirname, "../../src/viewer")).filter((f) => f.endsWith(".ts"));
  it("never parses strings as HTML", () => {
    for (const f of viewerFiles)
      expect(readFileSync(f, "utf8"), f).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/,
      );
  });
  it("imports from the rest of src/ only the model and the export formats, and the core never imports views", () => {
    const src = resolve(import.meta.dirname, "../../src");
    const allowed = ["model", "export/formats", "viewer"].map((dir) => join(src, dir) + sep);
    for (const f of viewerFiles) {
      const text = readFileSync(f, "utf8");
      for (const [, path] of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]*)"/g)) {
        const target = resolve(dirname(f), path);
        expect(
          allowed.some((dir) => target.startsWith(dir)),
          `${f} imports ${path}`,
        ).toBe(true);
      }
      if (f.includes("/core/")) expect(text, f).not.toMatch(/from "[./]*\/views\//);
    }
  });
  it("bundles export formats that import no node: module and nothing from src/ but the model", () => {
    const formats = resolve(import.meta.dirname, "../../src/export/formats");
    const model = resolve(import.meta.dirname, "../../src/model") + sep;
    for (const f of files(formats).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(f, "utf8");
      expect(text, f).not.toMatch(/(?:from|import)\s*\(?\s*"node:/);
      for (const [, path] of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]*)"/g)) {
        const target = resolve(dirname(f), path);
        expect(target.startsWith(formats + sep) || target.startsWith(model), `${f} imports ${path}`).toBe(true);
      }
    }
  });
  it("handles a 5,000-node graph's visibility and search quickly", () => {
    const big = indexDataset(syntheticGraph({ nodes: 5000, edges: 20000 }));
    const t0 = performance.now();
    computeVisibility(big, { ...NO_FILTERS, hiddenNodeKinds: new Set(["City"]) });
    suggest(buildSearchIndex(big), "city 12");
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
