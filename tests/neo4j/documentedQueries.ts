// The Cypher queries docs/neo4j.md gives researchers, read from the page so that the tests run what it documents.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../tools/neo4j/index.js";

/** The first ```cypher block after the heading that contains `heading`; fails if there is none. */
export function documentedQuery(heading: string): string {
  const page = readFileSync(join(ROOT, "docs/neo4j.md"), "utf8");
  const at = page.split("\n").findIndex((line) => line.startsWith("#") && line.includes(heading));
  if (at < 0) throw new Error(`docs/neo4j.md has no heading with "${heading}"`);
  const rest = page
    .split("\n")
    .slice(at + 1)
    .join("\n");
  const block = /```cypher\n([\s\S]*?)\n```/.exec(rest);
  if (!block) throw new Error(`docs/neo4j.md has no cypher block after "${heading}"`);
  return block[1];
}
