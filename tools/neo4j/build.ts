// Builds the Java launcher with Maven, once per change of its sources, and returns the classpath to start it with.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Neo4jStartError, requireTool } from "./errors.js";
import { LAUNCHER_HOME, LAUNCHER_POM, LAUNCHER_SOURCES, ROOT } from "./paths.js";

/** A hash of the launcher's sources: the cached build is reused while it matches. */
function launcherStamp(): string {
  const hash = createHash("sha256");
  for (const file of LAUNCHER_SOURCES) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest("hex");
}

/**
 * Builds the launcher with Maven when its sources changed since the last build (or never were built), and returns
 * the java classpath. The first build downloads Neo4j from Maven Central (about 200 MB): Maven prints each file.
 */
export function buildLauncher(log: (line: string) => void = (l) => process.stderr.write(l + "\n")): string {
  // Test files start servers in parallel: one builds, the others wait for it and find the build fresh.
  const unlock = lockBuild();
  try {
    return buildIfStale(log);
  } finally {
    unlock();
  }
}

/** A lock folder beside the build; one older than the longest build (a killed run's) is taken over. */
function lockBuild(): () => void {
  const lock = join(LAUNCHER_HOME, "build.lock");
  mkdirSync(LAUNCHER_HOME, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > 30 * 60_000) rmSync(lock, { recursive: true, force: true });
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500); // a synchronous half-second sleep
    }
  }
}

function buildIfStale(log: (line: string) => void): string {
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
    const build = spawnSync("mvn", ["-B", "-f", join(ROOT, LAUNCHER_POM), "compile"], {
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
