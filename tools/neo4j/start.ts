// Starts the project's local Neo4j 5 server (the Java launcher beside this file) and stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import type { Neo4jTarget } from "../../src/export/index.js";
import { buildLauncher } from "./build.js";
import { Neo4jStartError, requireTool } from "./errors.js";
import { importCsv } from "./importCsv.js";

export const DEFAULT_PASSWORD = "sister-city-graph";

export interface StartOptions {
  /** Where the database lives; kept between starts unless `fresh`. */
  dataDir: string;
  /** Bolt port on 127.0.0.1; 0 (the default) takes a free one. */
  port?: number;
  /** HTTP port on 127.0.0.1 (Neo4j Browser at /browser/); 0 (the default) takes a free one. */
  httpPort?: number;
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
  /** Neo4j Browser: `http://127.0.0.1:PORT/browser/`; log in there with `uri`, `user` and `password`. */
  browserUrl: string;
  process: ChildProcess;
  /** Stops the server and waits for it to exit. */
  stop: () => Promise<void>;
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
    "--http-port",
    String(options.httpPort ?? 0),
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

  let browserUrl = "";
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
        browserUrl = /^scg-neo4j: browser (http:\/\/\S+)/.exec(line)?.[1] ?? browserUrl;
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
    browserUrl,
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
