// Extraction benchmark: the seeds, then generated corpora of 1,000 and 10,000 studies, each in its own process
// so peak memory is measured per corpus. Prints studies/s, MB/s, peak memory and the time per phase.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { cityIndexByName } from "../../src/extract/index.js";
import { serializeGraph } from "../../src/graph/index.js";
import type { GraphFile } from "../../src/model/index.js";
import { parseCommandLine } from "../../src/cli/args.js";
import { graphOfFolder } from "../../src/pipeline.js";
import { formatV1, makeCorpus } from "../support/benchCorpus.js";

const SEEDS = "graph-data/studies";

/** One run in this process, the way `npm run extract` does it. Prints one JSON line for the parent. */
function runOne(dir: string): void {
  const t0 = performance.now();
  cityIndexByName(); // the gazetteer loads once per process; timed apart
  const t1 = performance.now();
  let t2 = NaN;
  const { facts, graph } = graphOfFolder(dir, (step, done, total) => {
    if (step === "finding relations" && done === total) t2 = performance.now(); // what is left is merge and layout
  });
  const t3 = performance.now();
  const bytes = facts.reduce((n, f) => n + Buffer.byteLength(f.study.text), 0);
  const json = serializeGraph(graph);
  const t4 = performance.now();
  const v1 = formatV1(graph.export() as GraphFile);
  const t5 = performance.now();
  console.log(
    JSON.stringify({
      studies: facts.length,
      bytes,
      gazetteerMs: t1 - t0,
      extractMs: t2 - t1,
      buildMs: t3 - t2,
      serializeMs: t4 - t3,
      totalMs: t4 - t1,
      nodes: graph.order,
      edges: graph.size,
      jsonBytes: Buffer.byteLength(json),
      v1Bytes: Buffer.byteLength(v1),
      v1Ms: t5 - t4,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

function main(): void {
  // --run DIR: one corpus in this process (the parent below spawns one per corpus).
  const { run } = parseCommandLine({ run: { type: "string" } });
  if (run !== undefined) return runOne(run);

  const runs: Array<[string, number]> = [
    ["seeds", 0],
    ["1,000", 1000],
    ["10,000", 10000],
  ];
  const rows: Array<Record<string, number | string>> = [];
  const totals = new Map<number, number>();
  for (const [name, count] of runs) {
    const dir = count ? makeCorpus(count) : SEEDS;
    process.stderr.write(`bench-extract: ${name} studies...\n`);
    try {
      const child = spawnSync(process.execPath, ["--import", "tsx", import.meta.filename, "--run", dir], {
        encoding: "utf8",
      });
      if (child.status !== 0) {
        console.error(`bench-extract: the ${name} run failed:\n${child.stderr}`);
        process.exit(1);
      }
      const r = JSON.parse(child.stdout.trim().split("\n").pop()!);
      totals.set(count, r.totalMs / 1000);
      rows.push({
        corpus: name,
        studies: r.studies,
        MB: (r.bytes / 1e6).toFixed(2),
        "total s": (r.totalMs / 1000).toFixed(2),
        "studies/s": Math.round(r.studies / (r.totalMs / 1000)),
        "MB/s": (r.bytes / 1e6 / (r.totalMs / 1000)).toFixed(2),
        "read+extract s": (r.extractMs / 1000).toFixed(2),
        "merge+layout s": (r.buildMs / 1000).toFixed(2),
        "write s": (r.serializeMs / 1000).toFixed(2),
        "v1 write s": (r.v1Ms / 1000).toFixed(2),
        "gazetteer s": (r.gazetteerMs / 1000).toFixed(2),
        nodes: r.nodes,
        edges: r.edges,
        "graph.json MB": (r.jsonBytes / 1e6).toFixed(1),
        "v1 MB": (r.v1Bytes / 1e6).toFixed(1),
        "v1/v2 size": (r.v1Bytes / r.jsonBytes).toFixed(2),
        "peak RSS MB": Math.round(r.peakRssMb),
      });
    } finally {
      if (count) rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log("\nExtraction, as `npm run extract` runs it (gazetteer load shown apart):");
  console.table(rows);
  const big = rows.at(-1)!;
  console.log(
    `graph.json for 10,000 studies: ${big["graph.json MB"]} MB in format 2, ${big["v1 MB"]} MB as format 1 wrote it ` +
      `(${big["v1/v2 size"]}x); text ${big.MB} MB; target <= 60 MB -> ${Number(big["graph.json MB"]) <= 60 ? "met" : "NOT met"}`,
  );
  const rate = Number(big.MB) / Number(big["read+extract s"]);
  console.log(
    `read+extract, 10,000 studies: ${rate.toFixed(2)} MB/s (target >= 5 MB/s -> ${rate >= 5 ? "met" : "NOT met"})`,
  );
  const k1 = totals.get(1000)!;
  const k10 = totals.get(10000)!;
  console.log(`time ratio 10,000 / 1,000 studies: ${(k10 / k1).toFixed(2)} (10.00 is linear)`);
  console.log(`target: 10,000 studies under 10 s -> ${k10 < 10 ? "met" : "NOT met"} (${k10.toFixed(2)} s)`);
}

main();
