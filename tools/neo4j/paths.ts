// Where the launcher's sources are and where its build is cached (git-ignored .neo4j/, beside the databases).
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** The Maven project; relative to ROOT. */
export const LAUNCHER_POM = "tools/neo4j/pom.xml";
/** What a build depends on: a change to either rebuilds the launcher. Relative to ROOT. */
export const LAUNCHER_SOURCES = [LAUNCHER_POM, "tools/neo4j/src/main/java/scg/neo4j/Launcher.java"];
export const LAUNCHER_HOME = join(ROOT, ".neo4j/launcher");
