// Starts the project's local Neo4j 5 server (the Java launcher beside this file, built once with Maven and cached in
// .neo4j/launcher).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { importArguments, type Neo4jTarget } from "../../src/export/index.js";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LAUNCHER_SOURCES = ["tools/neo4j/pom.xml", "tools/neo4j/src/main/java/scg/neo4j/Launcher.java"];
const LAUNCHER_HOME = join(ROOT, ".neo4j/launcher");
export const DEFAULT_PASSWORD = "sister-city-graph";

export interface StartOptions {
  /** Where the database lives; kept between starts unless `fresh`. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) takes a free one. */
  port?: number;
  /** Password of user `neo4j`, at least 8 characters. */
  password?: string;
  /** Delete `dataDir` first. */
  fresh?: boolean;
  /** Java heap, e.g. "2g". */
  heap?: string;
  /** Page cache in bytes. */
  pagecache?: number;
  /** Stop the server when this Node process ends, even if it crashes (tests, benchmarks). */
  stopWithParent?: boolean;
  /** Lines from Maven and from the launcher; defaults to stderr. */
  log?: (line: string) => void;
  /** How long to wait for Bolt, in milliseconds. */
  timeout?: number;
  /** A folder written by `npm run export:csv`: imported with neo4j-admin into database neo4j before the start. */
  importCsv?: string;
}

export interface RunningNeo4j extends Neo4jTarget {
  database: string;
  dataDir: string;
  process: ChildProcess;
  /** Stops the server and waits for it to exit. */
  stop: () => Promise<void>;
}

export class Neo4jStartError extends Error {
  override name = "Neo4jStartError";
}

function launcherStamp(): string {
  const hash = createHash("sha256");
  for (const file of LAUNCHER_SOURCES) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest("hex");
}

function requireTool(command: string, install: string) {
  const probe = spawnSync(command, ["-version"], { stdio: "ignore" });
  if (probe.error)
    throw new Neo4jStartError(`neo4j: \`${command}\` is not installed; it is needed to run Neo4j. Install ${install}.`);
}

/**
 * Builds the launcher with Maven when its sources changed since the last build (or never were built), and returns
 * the java classpath. The first build downloads Neo4j from Maven Central (about 200 MB): Maven prints each file.
 */
export function buildLauncher(log: (line: string) => void = (l) => process.stderr.write(l + "\n")): string {
  const stampFile = join(LAUNCHER_HOME, "stamp");
  const classpathFile = join(LAUNCHER_HOME, "classpath.txt");
  const classes = join(LAUNCHER_HOME, "target/classes");
  const stamp = launcherStamp();
  const fresh =
    existsSync(stampFile) &&
    readFileSync(stampFile, "utf8") === stamp &&
    existsSync(classpathFile) &&
    readFileSync(classpathFile, "utf8")
      .split(":")
      .every((jar) => existsSync(jar));
  if (!fresh) {
    requireTool("mvn", "Maven (Debian: apt-get install maven)");
    log("neo4j: building the launcher with Maven (the first time downloads Neo4j 5 from Maven Central)...");
    const build = spawnSync("mvn", ["-B", "-f", join(ROOT, "tools/neo4j/pom.xml"), "compile"], {
      stdio: ["ignore", 2, 2], // Maven's progress goes to stderr: stdout is for results
    });
    if (build.status !== 0)
      throw new Neo4jStartError(
        `neo4j: the Maven build of tools/neo4j failed (exit ${build.status}); see its output above.`,
      );
    mkdirSync(LAUNCHER_HOME, { recursive: true });
    writeFileSync(stampFile, stamp);
  }
  return `${classes}:${readFileSync(classpathFile, "utf8").trim()}`;
}

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

/** Starts Neo4j and resolves once Bolt accepts connections. */
export async function startNeo4j(options: StartOptions): Promise<RunningNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + "\n"));
  const password = options.password ?? DEFAULT_PASSWORD;
  requireTool("java", "Java 17 (Debian: apt-get install openjdk-17-jdk-headless)");
  const classpath = buildLauncher(log);
  if (options.fresh) rmSync(options.dataDir, { recursive: true, force: true });
  mkdirSync(options.dataDir, { recursive: true });
  if (options.importCsv) importCsv(classpath, options.dataDir, options.importCsv, log);

  const args = [
    `-Xmx${options.heap ?? "2g"}`,
    "-XX:+UseParallelGC",
    // As Neo4j's own start script does: without these the page cache and Bolt fall back to slower code paths.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-XX:+DisableExplicitGC",
    "-cp",
    classpath,
    "scg.neo4j.Launcher",
    "--data",
    options.dataDir,
    "--port",
    String(options.port ?? 0),
    "--password",
    password,
    "--pagecache",
    String(options.pagecache ?? 1024 * 1024 * 1024),
  ];
  if (options.stopWithParent) args.push("--stop-on-stdin-close");
  const child = spawn("java", args, { stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const stderrTail: string[] = [];
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => {
    for (const line of chunk.split("\n").filter(Boolean)) {
      stderrTail.push(line);
      if (stderrTail.length > 30) stderrTail.shift();
    }
  });

  const uri = await new Promise<string>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      fail(
        new Neo4jStartError(`neo4j: no Bolt after ${(options.timeout ?? 180_000) / 1000} s.\n${stderrTail.join("\n")}`),
      );
    }, options.timeout ?? 180_000);
    let buffered = "";
    child.stdout!.setEncoding("utf8").on("data", (chunk: string) => {
      buffered += chunk;
      let newline: number;
      while ((newline = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
        log(line);
        const match = /^scg-neo4j: ready (bolt:\/\/\S+)/.exec(line);
        if (match) {
          clearTimeout(timer);
          ready(match[1]);
        }
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Neo4jStartError(`neo4j: the server stopped while starting (exit ${code}).\n${stderrTail.join("\n")}`));
    });
  });

  // Keep our end of stdin open without holding the event loop: the launcher stops when it closes.
  (child.stdin as unknown as { unref?: () => void }).unref?.();
  child.unref();
  (child.stdout as unknown as { unref?: () => void }).unref?.();
  (child.stderr as unknown as { unref?: () => void }).unref?.();

  return {
    uri,
    user: "neo4j",
    password,
    database: "neo4j",
    dataDir: options.dataDir,
    process: child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
