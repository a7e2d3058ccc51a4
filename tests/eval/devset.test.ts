// The development set of real studies, retold: the extractor must not fall below the level it has reached on it.
// The floors live beside the gold (tests/fixtures/devset/floors.json); raise them when extraction improves.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseGold, scoreGraph, type EvalReport } from "../../src/eval/index";
import { graphOfFolder } from "../../src/pipeline";

const DIR = "tests/fixtures/devset/studies";
const GOLD = "tests/fixtures/devset/gold.json";
const floors = JSON.parse(readFileSync("tests/fixtures/devset/floors.json", "utf8")) as {
  entityF1: number;
  entityPrecision: number;
  relationRecall: number;
  twinningPrecision: number;
  recall: Record<string, number>;
};

let report: EvalReport;
let problems: Array<{ file: string; problem: string }>;

beforeAll(() => {
  const folder = graphOfFolder(DIR);
  problems = folder.problems;
  report = scoreGraph(folder.graph, parseGold(JSON.parse(readFileSync(GOLD, "utf8")), GOLD));
});

const recallOf = (kind: string) =>
  report.entities.perKind.find((k) => k.kind === kind)?.recall ??
  report.relations.perKind.find((k) => k.kind === kind)?.recall ??
  0;

describe("the development set", () => {
  it("reads every study", () => {
    expect(problems).toEqual([]);
  });

  it("keeps every evidence verbatim", () => {
    expect(report.evidence.broken).toEqual([]);
  });

  it("keeps entity F1 and precision, relation recall and twinning precision at their floors", () => {
    expect(report.entities.f1).toBeGreaterThanOrEqual(floors.entityF1);
    expect(report.entities.precision).toBeGreaterThanOrEqual(floors.entityPrecision);
    expect(report.relations.recall).toBeGreaterThanOrEqual(floors.relationRecall);
    expect(report.twinning.precision ?? 1).toBeGreaterThanOrEqual(floors.twinningPrecision);
  });

  it.each(Object.keys(floors.recall))("keeps %s recall at its floor", (kind) => {
    expect(recallOf(kind)).toBeGreaterThanOrEqual(floors.recall[kind]);
  });
});
