// Builds the Java launcher with Maven, once per change of its sources, and returns the classpath to start it with.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
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
