// Fills a database from `npm run export:csv` files with Neo4j's own bulk importer, before the server starts.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { importArguments } from "../../src/export/index.js";
import { Neo4jStartError } from "./errors.js";

/**
 * Runs Neo4j's own `neo4j-admin database import full` (from the launcher's classpath) on the CSV files of `csvDir`,
 * replacing database neo4j in `dataDir`. The server must not be running on `dataDir`.
 */
export function importCsv(classpath: string, dataDir: string, csvDir: string, log: (line: string) => void): void {
  let names: string[];
  try {
    names = readdirSync(csvDir).sort();
  } catch {
    throw new Neo4jStartError(`neo4j: cannot read ${csvDir}; write it with \`npm run export:csv\` first.`);
  }
  const files = [
    ...names.filter((n) => /^nodes-.*\.csv$/.test(n)).map((name) => ({ name, kind: "nodes" as const })),
    ...names.filter((n) => /^relationships.*\.csv$/.test(n)).map((name) => ({ name, kind: "relationships" as const })),
  ];
  if (!files.some((f) => f.kind === "nodes"))
    throw new Neo4jStartError(`neo4j: ${csvDir} has no nodes-*.csv; write it with \`npm run export:csv\`.`);
  const conf = join(dataDir, "conf");
  mkdirSync(conf, { recursive: true });
  if (!existsSync(join(conf, "neo4j.conf"))) writeFileSync(join(conf, "neo4j.conf"), "");
  log(`neo4j: importing ${files.length} CSV files from ${csvDir} with neo4j-admin...`);
  const run = spawnSync("java", ["-Xmx1g", "-cp", classpath, "org.neo4j.cli.AdminTool", ...importArguments(files)], {
    cwd: csvDir,
    env: { ...process.env, NEO4J_HOME: resolve(dataDir), NEO4J_CONF: resolve(conf) },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout ?? ""}${run.stderr ?? ""}`.trim().split("\n");
  if (run.status !== 0)
    throw new Neo4jStartError(`neo4j: the CSV import failed (exit ${run.status}):\n${output.slice(-25).join("\n")}`);
  for (const line of output.filter((l) => /IMPORT DONE|^\s+\d+ (nodes|relationships|properties)/.test(l))) log(line);
}
