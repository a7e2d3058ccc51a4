// Neo4j push benchmark (part of `npm run bench`): batched UNWIND push vs one statement per element, and new rows
// CREATEd (the push's way) vs MERGEd (the way before), in rows per second, in one run on the same graph.
import { readFileSync, rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseCommandLine, UsageError } from "../../src/cli/args.js";
import {
  connect,
  DEFAULT_BATCH_SIZE,
  pushGraph,
  targetFromEnv,
  type Neo4jTarget,
  type PushSummary,
} from "../../src/export/index.js";
import { ROOT, startNeo4j } from "../../tools/neo4j/index.js";
import { syntheticGraph } from "../support/syntheticGraph.js";
import type { GraphFile } from "../../src/model/index.js";

/** utime + stime of a process from /proc (Linux), in seconds; NaN elsewhere. */
function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks; 100 per second on Linux
  } catch {
    return NaN;
  }
}

let args;
try {
  args = parseCommandLine({
    nodes: { type: "string", default: "100000" },
    edges: { type: "string", default: "300000" },
    sample: { type: "string", default: "2000" },
    "batch-size": { type: "string", default: String(DEFAULT_BATCH_SIZE) },
  });
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(
    `bench-neo4j: ${error.message}\nusage: npx tsx tests/bench/neo4j.ts [--nodes N] [--edges M] [--sample S] [--batch-size B]`,
  );
  process.exit(2);
}
const NODES = Number(args.nodes);
const EDGES = Number(args.edges);
const SAMPLE = Number(args.sample);
const BATCH = Number(args["batch-size"]);

let stopServer = async () => {};
/** CPU seconds the server has used so far (our own server only; NaN for NEO4J_URI's). */
let serverCpu = () => NaN;
let target: Neo4jTarget;
const fromEnv = targetFromEnv();
if (fromEnv) {
  console.log(`bench-neo4j: using ${fromEnv.uri} (NEO4J_URI); it will be wiped.`);
  target = fromEnv;
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
  serverCpu = () => processCpuSeconds(server.process.pid!);
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
  // Warm-up: plans every query of both ways once and lets the JIT settle, so every path is measured warm.
  for (const newRows of ["merge", "create"] as const) {
    await pushGraph(driver, target, syntheticGraph({ nodes: 10_000, edges: 30_000, seed: 3 }), {
      batchSize: BATCH,
      newRows,
    });
    await wipe();
  }

  const measure = async (graph: GraphFile, batchSize: number, newRows: "create" | "merge" = "create") => {
    const server = serverCpu();
    const client = process.cpuUsage();
    const summary = await pushGraph(driver, target, graph, { batchSize, newRows });
    const used = process.cpuUsage(client);
    return { summary, clientCpu: (used.user + used.system) / 1e6, serverCpu: serverCpu() - server };
  };
  // The way before first, then today's, each into an empty database.
  const merged = await measure(big, BATCH, "merge");
  await wipe();
  const batched = await measure(big, BATCH);
  const again = await measure(big, BATCH);
  await wipe();
  const single = await measure(sample, 1);

  const rate = (s: PushSummary) => rows(s) / (s.elapsed / 1000);
  const cpu = (seconds: number) => (Number.isNaN(seconds) ? "n/a" : seconds.toFixed(1));
  const table: string[][] = [
    ["path", "rows", "seconds", "rows/s", "client CPU s", "server CPU s"],
    ...(
      [
        [`batched (UNWIND ${BATCH}), new, MERGE`, merged],
        [`batched (UNWIND ${BATCH}), new, CREATE`, batched],
        [`batched (UNWIND ${BATCH}), unchanged`, again],
        ["one statement per element", single],
      ] as const
    ).map(([name, m]) => [
      name,
      String(rows(m.summary)),
      (m.summary.elapsed / 1000).toFixed(1),
      String(Math.round(rate(m.summary))),
      cpu(m.clientCpu),
      cpu(m.serverCpu),
    ]),
  ];
  console.log(`\nNeo4j push: ${NODES} nodes + ${EDGES} relationships batched; ${SAMPLE}-element sample one by one`);
  console.log(`(${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at the end)\n`);
  for (const [name, ...cells] of table) console.log(`${name.padEnd(34)} ${cells.map((c) => c.padStart(12)).join(" ")}`);
  const ratio = rate(batched.summary) / rate(single.summary);
  const createRatio = rate(batched.summary) / rate(merged.summary);
  console.log(
    `\nbatched / one-by-one: ${ratio.toFixed(1)}x (target >= 20x); ` +
      `batched new: ${Math.round(rate(batched.summary))} rows/s (target >= 20000); ` +
      `new rows CREATE / MERGE: ${createRatio.toFixed(2)}x`,
  );
} finally {
  await driver.close();
  await stopServer();
}
