// Scoring the seeds' graph against small gold files: what counts as found, missed and spurious, and the CLI around it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatReport, parseGold, scoreGraph, type Gold } from "../../src/eval";
import { foldForGold } from "../../src/eval/fold.js";
import type { KnowledgeGraph } from "../../src/model/index.js";
import { graphOfFolder } from "../../src/pipeline";

const SEEDS = "graph-data/studies";
let graph: KnowledgeGraph;

beforeAll(() => {
  // The same steps as scripts/eval.ts (and scripts/extract.ts).
  const seeds = graphOfFolder(SEEDS);
  expect(seeds.problems).toEqual([]);
  graph = seeds.graph;
});

const gold = (partial: Partial<Gold>): Gold =>
  parseGold({ precisionKinds: [], entities: [], relations: [], ...partial }, "test");

describe("foldForGold", () => {
  it("folds case, accents, dashes and punctuation to one spacing", () => {
    expect(foldForGold("  Baden–Württemberg, ")).toBe("baden wurttemberg");
    expect(foldForGold("DU\u0308SSELDORF")).toBe("dusseldorf");
    expect(foldForGold("Kota  Makassar.")).toBe("kota makassar");
  });
});

describe("scoreGraph on the seeds", () => {
  it("finds a gold entity the graph has and lists one it lacks as missed", () => {
    const report = scoreGraph(
      graph,
      gold({
        entities: [
          { kind: "City", names: ["Berlin"] },
          { kind: "City", names: ["Surabaya", "Kota Surabaya"] },
        ],
      }),
    );
    const city = report.entities.perKind.find((s) => s.kind === "City")!;
    expect(city).toMatchObject({ gold: 2, found: 1, recall: 0.5 });
    expect(report.missedEntities).toEqual([{ kind: "City", names: ["Surabaya", "Kota Surabaya"] }]);
  });

  it("matches a name to a node's aliases after folding case, accents, dashes and punctuation", () => {
    // Jakarta is labelled "Jakarta"; "DKI Jakarta" is one of its aliases, as "Jepang" is of Japan.
    expect(graph.getNodeAttribute("city:jakarta", "aliases")).toContain("DKI Jakarta");
    expect(graph.getNodeAttribute("country:japan", "aliases")).toContain("Jepang");
    const report = scoreGraph(
      graph,
      gold({
        entities: [
          { kind: "City", names: ["dki–JAKARTA,"] },
          { kind: "Country", names: ["Jépang"] },
        ],
      }),
    );
    expect(report.entities.found).toBe(2);
  });

  it("matches a name only to a node of the gold entry's kind", () => {
    // Smart Change is a project; as an organization it is not found.
    const report = scoreGraph(graph, gold({ entities: [{ kind: "Organization", names: ["Smart Change"] }] }));
    expect(report.entities.found).toBe(0);
  });

  it("finds a twinning whichever way round the gold writes it, a directed relation only one way", () => {
    const report = scoreGraph(
      graph,
      gold({
        relations: [
          { kind: "SISTER_CITY_OF", a: ["Jakarta"], b: ["Berlin"] },
          { kind: "SISTER_CITY_OF", a: ["Berlin"], b: ["DKI Jakarta"] },
          { kind: "LOCATED_IN", a: ["Jakarta"], b: ["Indonesia"] },
          { kind: "LOCATED_IN", a: ["Indonesia"], b: ["Jakarta"] },
        ],
      }),
    );
    expect(report.relations.perKind.map((s) => [s.kind, s.found, s.gold])).toEqual([
      ["SISTER_CITY_OF", 2, 2],
      ["LOCATED_IN", 1, 2],
    ]);
    expect(report.relations.recall).toBe(0.75);
    expect(report.missedRelations).toEqual([{ kind: "LOCATED_IN", a: ["Indonesia"], b: ["Jakarta"] }]);
  });

  it("names a study node by its file stem with @study:", () => {
    const report = scoreGraph(
      graph,
      gold({
        entities: [
          { kind: "Study", names: ["@study:000_44789724b3adc80f"] },
          { kind: "Study", names: ["@study:999_not_a_seed"] },
        ],
        relations: [{ kind: "AUTHORED", a: ["Rizki Fitrayansyah"], b: ["@study:002_d43d9dfe6668f96b"] }],
      }),
    );
    expect(report.entities.found).toBe(1);
    expect(report.missedEntities).toEqual([{ kind: "Study", names: ["@study:999_not_a_seed"] }]);
    expect(report.relations.found).toBe(1);
  });

  it("counts a node of a precision kind that the gold lacks as spurious, lowering precision and F1", () => {
    const twoCities = [
      { kind: "City" as const, names: ["Jakarta"] },
      { kind: "City" as const, names: ["Berlin"] },
    ];
    const partial = scoreGraph(graph, gold({ precisionKinds: ["City"], entities: twoCities }));
    const complete = scoreGraph(
      graph,
      gold({ precisionKinds: ["City"], entities: [...twoCities, { kind: "City", names: ["Tokyo"] }] }),
    );
    expect(partial.spuriousNodes).toEqual([{ key: "city:tokyo", kind: "City", label: "Tokyo" }]);
    expect(partial.entities.precision).toBeCloseTo(2 / 3);
    expect(partial.entities.f1).toBeCloseTo(0.8);
    expect(complete.spuriousNodes).toEqual([]);
    expect(complete.entities.precision).toBe(1);
    expect(complete.entities.f1).toBe(1);
  });

  it("gives no precision for a kind the gold does not list completely", () => {
    const report = scoreGraph(graph, gold({ entities: [{ kind: "City", names: ["Berlin"] }] }));
    expect(report.entities.perKind[0]).toMatchObject({ kind: "City", precision: null, f1: null });
    expect(report.spuriousNodes).toEqual([]);
  });

  it("judges every twinning of the graph: one not in the gold is spurious, with its evidence", () => {
    const report = scoreGraph(graph, gold({ relations: [{ kind: "SISTER_CITY_OF", a: ["Berlin"], b: ["Jakarta"] }] }));
    expect(report.twinning).toMatchObject({ edges: 2, matched: 1, precision: 0.5 });
    expect(report.twinning.spurious).toHaveLength(1);
    expect(report.twinning.spurious[0]).toMatchObject({ source: "city:jakarta", target: "city:tokyo" });
    expect(report.twinning.spurious[0].quote).toMatch(/JAKARTA-TOKYO/);
  });

  it("checks that every evidence quote is the study's text at its offsets", () => {
    const report = scoreGraph(graph, gold({}));
    expect(report.evidence.items).toBeGreaterThan(100);
    expect(report.evidence.share).toBe(1);

    const tampered = graph.copy();
    const [first, ...rest] = tampered.getNodeAttribute("city:tokyo", "evidence");
    tampered.setNodeAttribute("city:tokyo", "evidence", [
      { ...first, start: first.start + 1, end: first.end + 1 },
      ...rest,
    ]);
    const after = scoreGraph(tampered, gold({})).evidence;
    expect(after.verbatim).toBe(report.evidence.items - 1);
    expect(after.broken).toEqual([expect.objectContaining({ on: "city:tokyo", study: first.study })]);
  });
});

describe("parseGold", () => {
  it("names the file and the path at fault", () => {
    const bad = { precisionKinds: [], entities: [{ kind: "City" }, { kind: "Town", names: ["x"] }], relations: [] };
    expect(() => parseGold(bad, "devset/gold.json")).toThrow(/devset\/gold\.json[\s\S]*entities\[1\]\.kind/);
    expect(() => parseGold(bad, "devset/gold.json")).toThrow(/entities\[0\]\.names/);
  });

  it("refuses an @study: name on an entity that is not a study", () => {
    const bad = { precisionKinds: [], entities: [{ kind: "City", names: ["@study:000"] }], relations: [] };
    expect(() => parseGold(bad, "g.json")).toThrow(/entities\[0\]\.names\[0\]/);
  });

  it("ignores keys it does not know", () => {
    const parsed = parseGold(
      {
        annotator: "Dewi",
        precisionKinds: ["City"],
        entities: [{ kind: "City", names: ["Jakarta"], note: "capital" }],
        relations: [],
      },
      "g.json",
    );
    expect(parsed.entities[0].names).toEqual(["Jakarta"]);
  });
});

describe("formatReport", () => {
  it("prints the per-kind tables, the headline figures and what was missed", () => {
    const text = formatReport(
      scoreGraph(
        graph,
        gold({
          precisionKinds: ["City"],
          entities: [{ kind: "City", names: ["Surabaya"] }],
          relations: [{ kind: "SISTER_CITY_OF", a: ["Jakarta"], b: ["Berlin"] }],
        }),
      ),
    );
    expect(text).toMatch(/^Entities\s+gold\s+found\s+recall\s+nodes\s+precision\s+F1$/m);
    expect(text).toMatch(/^City\s+1\s+0\s+0\.0%\s+3\s+0\.0%\s+0\.0%$/m);
    expect(text).toMatch(/^SISTER_CITY_OF\s+1\s+1\s+100\.0%\s+2$/m);
    expect(text).toMatch(/^twinning precision\s+50\.0% \(1 of 2/m);
    expect(text).toMatch(/^evidence verbatim\s+100\.0%/m);
    expect(text).toMatch(/^Missed entities \(1\)\n {2}City {2}Surabaya$/m);
    expect(text).toMatch(/^Spurious nodes \(3\)$/m);
  });
});

describe("npm run eval", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "scg-eval-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/eval.ts", "--in", SEEDS, ...args], {
      encoding: "utf8",
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it("scores the seeds against a gold file and prints the tables", () => {
    const file = join(dir, "gold.json");
    writeFileSync(
      file,
      JSON.stringify({
        precisionKinds: ["City"],
        entities: [{ kind: "City", names: ["Jakarta"] }],
        relations: [{ kind: "SISTER_CITY_OF", a: ["Berlin"], b: ["Jakarta"] }],
      }),
    );
    const r = run("--gold", file);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^City\s+1\s+1\s+100\.0%\s+3\s+33\.3%\s+50\.0%$/m);
    expect(r.out).toContain("twinning precision");

    const json = run("--gold", file, "--json");
    expect(json.code, json.err).toBe(0);
    expect(JSON.parse(json.out).relations).toMatchObject({ gold: 1, found: 1, recall: 1 });
  });

  it("exits 2 and names the file for a gold file that is not valid", () => {
    const file = join(dir, "bad.json");
    writeFileSync(
      file,
      JSON.stringify({ precisionKinds: [], entities: [], relations: [{ kind: "TWINNED", a: ["x"] }] }),
    );
    const r = run("--gold", file);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`error: ${file} is not a valid gold file`);
    expect(r.err).toMatch(/relations\[0\]\.kind/);
    expect(r.out).toBe("");
  });

  it("exits 2 for a gold file that is missing or not JSON", () => {
    writeFileSync(join(dir, "broken.json"), "{");
    expect(run("--gold", join(dir, "broken.json"))).toMatchObject({
      code: 2,
      err: expect.stringMatching(/is not JSON/),
    });
    expect(run("--gold", join(dir, "none.json"))).toMatchObject({ code: 2, err: expect.stringMatching(/ENOENT/) });
  });
});
