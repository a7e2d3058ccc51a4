// Extraction benchmark: the seeds, then generated corpora of 1,000 and 10,000 studies, each in its own process
// so peak memory is measured per corpus. Prints studies/s, MB/s, peak memory and the time per phase.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphFromStudies } from "../src/graph/fromStudies.js";
import { serializeGraph } from "../src/graph/graphFile.js";
import { cityIndexByName } from "../src/extract/lexicon/gazetteer.js";
import { listStudyFolder, readStudies } from "../src/studies/readStudyFolder.js";
import { syntheticCorpus } from "../src/studies/syntheticCorpus.js";
import type { Study } from "../src/studies/study.js";

const SEEDS = "graph-data/studies";

/** One run in this process: read, extract and build, serialize. Prints one JSON line for the parent. */
function runOne(dir: string): void {
  const t0 = performance.now();
  cityIndexByName(); // the gazetteer loads once per process; timed apart from extraction
  const t1 = performance.now();
  const files = listStudyFolder(dir).files;
  const results = readStudies(dir, files);
  const studies = results.flatMap((r) => (r.ok ? [r.study] : [])) as Study[];
  const bytes = studies.reduce((n, s) => n + Buffer.byteLength(s.text), 0);
  const t2 = performance.now();
  const { graph } = graphFromStudies(studies);
  const t3 = performance.now();
  const json = serializeGraph(graph);
  const t4 = performance.now();
  console.log(
    JSON.stringify({
      studies: studies.length,
      bytes,
      gazetteerMs: t1 - t0,
      readMs: t2 - t1,
      extractBuildMs: t3 - t2,
      serializeMs: t4 - t3,
      totalMs: t4 - t1,
      nodes: graph.order,
      edges: graph.size,
      jsonBytes: json.length,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

function makeCorpus(count: number): string {
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

function main(): void {
  const only = process.argv.indexOf("--run");
  if (only >= 0) return runOne(process.argv[only + 1]);

  const rows: Array<Record<string, number | string>> = [];
  for (const [name, count] of [
    ["seeds", 0],
    ["1,000", 1000],
    ["10,000", 10000],
  ] as const) {
    const dir = count ? makeCorpus(count) : SEEDS;
    process.stderr.write(`bench-extract: ${name} studies...\n`);
    const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench-extract.ts", "--run", dir], {
      encoding: "utf8",
    });
    if (count) rmSync(dir, { recursive: true, force: true });
    if (child.status !== 0) {
      console.error(`bench-extract: the ${name} run failed:\n${child.stderr}`);
      process.exit(1);
    }
    const r = JSON.parse(child.stdout.trim().split("\n").pop()!);
    rows.push({
      corpus: name,
      studies: r.studies,
      MB: (r.bytes / 1e6).toFixed(2),
      "total s": (r.totalMs / 1000).toFixed(2),
      "studies/s": Math.round(r.studies / (r.totalMs / 1000)),
      "MB/s": (r.bytes / 1e6 / (r.totalMs / 1000)).toFixed(2),
      "read s": (r.readMs / 1000).toFixed(2),
      "extract+build s": (r.extractBuildMs / 1000).toFixed(2),
      "write s": (r.serializeMs / 1000).toFixed(2),
      "gazetteer load s": (r.gazetteerMs / 1000).toFixed(2),
      nodes: r.nodes,
      edges: r.edges,
      "peak RSS MB": Math.round(r.peakRssMb),
    });
  }
  console.log("\nExtraction (read + extract + merge + layout + serialize; gazetteer load shown apart):");
  console.table(rows);
  const [, k1, k10] = rows;
  const ratio = Number(k10["total s"]) / Number(k1["total s"]);
  console.log(`time ratio 10,000 / 1,000 studies: ${ratio.toFixed(2)} (10.00 would be linear)`);
  console.log(
    `target: 10,000 studies under 10 s -> ${Number(k10["total s"]) < 10 ? "met" : "NOT met"} (${k10["total s"]} s)`,
  );
}

main();
