// The Neo4j the tests run against: the project's own server, started once per test file, or NEO4J_URI's if set.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { connect, targetFromEnv, type Neo4jTarget } from "../../src/export/connect.js";
import { ROOT, startNeo4j } from "../../tools/neo4j/index.js";

export interface TestNeo4j {
  target: Neo4jTarget;
  /** Neo4j Browser of our server; with NEO4J_URI, NEO4J_BROWSER_URL's (undefined if unset). */
  browserUrl: string | undefined;
  driver: Driver;
  /** Deletes everything in the test database: the tests own it (with NEO4J_URI, use a throw-away database). */
  wipe: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Never skips: a Neo4j that cannot start fails the suite (in CI and everywhere else), with the reason in the error.
 * NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) points the tests at a running server instead; they wipe it.
 * `importCsv`: a folder of `export:csv` files that our own server imports before it starts (ignored with NEO4J_URI).
 */
export async function startTestNeo4j({ importCsv }: { importCsv?: string } = {}): Promise<TestNeo4j> {
  let target: Neo4jTarget;
  let browserUrl = process.env.NEO4J_BROWSER_URL || undefined;
  let stopServer = async () => {};
  const fromEnv = targetFromEnv();
  if (fromEnv) {
    target = fromEnv;
  } else {
    const dataDir = join(ROOT, `.neo4j/test-${process.pid}`);
    const server = await startNeo4j({
      dataDir,
      fresh: true,
      stopWithParent: true,
      password: "test-password-1",
      heap: "1g",
      pagecache: 256 * 1024 * 1024,
      log: () => {},
      importCsv,
    });
    target = server;
    browserUrl = server.browserUrl;
    stopServer = async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const driver = await connect(target);
  const wipe = async () => {
    await driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: target.database });
  };
  return {
    target,
    browserUrl,
    driver,
    wipe,
    stop: async () => {
      await driver.close();
      await stopServer();
    },
  };
}
