// Neo4j push benchmark (part of `npm run bench`): batched UNWIND push vs one statement per element, rows per second.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "../src/export/args.js";
import { connect, type Neo4jTarget } from "../src/export/connect.js";
import { DEFAULT_BATCH_SIZE, pushGraph, type PushSummary } from "../src/export/push.js";
import { ROOT, startNeo4j } from "../src/export/server.js";
import { syntheticGraph } from "../src/graph/synthetic.js";

const { values } = parseArgs(process.argv.slice(2), ["nodes", "edges", "sample", "batch-size"], []);
const NODES = Number(values.get("nodes") ?? 100_000);
const EDGES = Number(values.get("edges") ?? 300_000);
const SAMPLE = Number(values.get("sample") ?? 2_000);
const BATCH = Number(values.get("batch-size") ?? DEFAULT_BATCH_SIZE);

let stopServer = async () => {};
let target: Neo4jTarget;
if (process.env.NEO4J_URI) {
  console.log(`bench-neo4j: using ${process.env.NEO4J_URI} (NEO4J_URI); it will be wiped.`);
  target = {
    uri: process.env.NEO4J_URI,
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    database: process.env.NEO4J_DATABASE || undefined,
  };
} else {
  // One folder per run: `npm run bench` may run while another benchmark of ours is going.
  const dataDir = join(ROOT, `.neo4j/bench-${process.pid}`);
  const server = await startNeo4j({
    dataDir,
    fresh: true,
    stopWithParent: true,
    log: () => {},
  });
  target = server;
  stopServer = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

const driver = await connect(target);
const wipe = async () => {
  // In chunks, so wiping 400,000 rows never needs one huge transaction.
  for (;;) {
    const r = await driver.executeQuery(
      "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n",
      {},
      { database: target.database },
    );
    if (Number(r.records[0].get("n")) === 0) break;
  }
};

const rows = (s: PushSummary) =>
  s.nodes.created +
  s.nodes.updated +
  s.nodes.unchanged +
  s.relationships.created +
  s.relationships.updated +
  s.relationships.unchanged;

try {
  const big = syntheticGraph({ nodes: NODES, edges: EDGES, seed: 1 });
  const sampleNodes = Math.round(SAMPLE / 4);
  const sample = syntheticGraph({ nodes: sampleNodes, edges: SAMPLE - sampleNodes, seed: 2 });

  await wipe();
  // Warm-up: plans every query once and lets the JIT settle, so both paths are measured warm.
  await pushGraph(driver, target, syntheticGraph({ nodes: 10_000, edges: 30_000, seed: 3 }), { batchSize: BATCH });
  await wipe();

  const batched = await pushGraph(driver, target, big, { batchSize: BATCH });
  const again = await pushGraph(driver, target, big, { batchSize: BATCH });
  await wipe();
  const single = await pushGraph(driver, target, sample, { batchSize: 1 });

  const rate = (s: PushSummary) => rows(s) / (s.elapsed / 1000);
  const table = [
    ["path", "rows", "seconds", "rows/s"],
    [`batched (UNWIND ${BATCH}), new`, rows(batched), batched.elapsed / 1000, rate(batched)],
    [`batched (UNWIND ${BATCH}), unchanged`, rows(again), again.elapsed / 1000, rate(again)],
    ["one statement per element", rows(single), single.elapsed / 1000, rate(single)],
  ];
  console.log(`\nNeo4j push: ${NODES} nodes + ${EDGES} relationships batched; ${SAMPLE}-element sample one by one\n`);
  for (const [name, n, s, r] of table)
    console.log(
      `${String(name).padEnd(34)} ${String(n).padStart(8)} ${typeof s === "number" ? s.toFixed(1).padStart(8) : String(s).padStart(8)} ${typeof r === "number" ? Math.round(r).toString().padStart(8) : String(r).padStart(8)}`,
    );
  const ratio = rate(batched) / rate(single);
  console.log(
    `\nbatched / one-by-one: ${ratio.toFixed(1)}x (target >= 20x); batched new: ${Math.round(rate(batched))} rows/s (target >= 20000)`,
  );
} finally {
  await driver.close();
  await stopServer();
}
