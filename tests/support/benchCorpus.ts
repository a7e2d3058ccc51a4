// What the benchmarks share: a generated corpus of studies written to a folder, and a graph written the way format
// version 1 wrote it, to set beside today's format in one run.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cityIndexByName } from "../../src/extract/index.js";
import { graphFileText, type GraphFile, type StoredGraphFile } from "../../src/model/index.js";
import { syntheticCorpus } from "./syntheticCorpus.js";

const SEEDS = resolve(import.meta.dirname, "../../graph-data/studies");

/** `count` studies retold from the seeds with other city pairs, in a new temporary folder. */
export function makeCorpus(count: number): string {
  const dir = mkdtempSync(join(tmpdir(), `scg-bench-${count}-`));
  const sources = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), "utf8"));
  const cities = [...cityIndexByName().values()].map((l) => l[0]);
  const big = (cc: (c: string) => boolean) =>
    [
      ...new Set(
        cities
          .filter((c) => cc(c.countryCode) && c.population >= 300_000 && /^[A-Z][a-z]+$/.test(c.name))
          .map((c) => c.name),
      ),
    ].sort();
  const corpus = syntheticCorpus(
    sources,
    count,
    big((c) => c === "ID"),
    big((c) => c !== "ID"),
  );
  for (const f of corpus) writeFileSync(join(dir, f.file), f.text);
  return dir;
}

/**
 * The file as format version 1 wrote it (every evidence with its quote, every edge with its key), laid out the same
 * way. Sorts `file` in place.
 */
export function formatV1(file: GraphFile): string {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  file.nodes.sort((a, b) => cmp(a.key, b.key));
  file.edges.sort((a, b) => cmp(a.key, b.key));
  return graphFileText({ ...file, attributes: { ...file.attributes, formatVersion: 1 } } as unknown as StoredGraphFile);
}
