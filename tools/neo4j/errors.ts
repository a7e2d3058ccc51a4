// Why the local Neo4j cannot start: a missing tool, a failed build or import, a server that does not answer.
import { spawnSync } from "node:child_process";

export class Neo4jStartError extends Error {
  override name = "Neo4jStartError";
}

/** Fails with how to install `command` when it is not on the PATH. */
export function requireTool(command: string, install: string) {
  const probe = spawnSync(command, ["-version"], { stdio: "ignore" });
  if (probe.error)
    throw new Neo4jStartError(`neo4j: \`${command}\` is not installed; it is needed to run Neo4j. Install ${install}.`);
}
