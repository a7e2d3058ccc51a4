// `npm run schema`: writes the graph file's JSON Schema (graph-data/graph.schema.json) from the zod schema.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { writeFileAtomic } from "../src/graph/index.js";
import { GRAPH_JSON_SCHEMA_PATH, graphJsonSchemaText } from "../src/model/index.js";

const HELP = `Usage: npm run schema -- [--check]

Writes ${GRAPH_JSON_SCHEMA_PATH}, the JSON Schema of graph.json, generated from src/model/schema.ts.

  --check      write nothing; exit 1 if the file is not what the schema gives now (a stale schema)
  -h, --help   show this help`;

function main(): number {
  let args;
  try {
    args = parseArgs({
      options: { check: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`schema: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const text = graphJsonSchemaText();
  if (args.check) {
    let committed = "";
    try {
      committed = readFileSync(GRAPH_JSON_SCHEMA_PATH, "utf8");
    } catch {
      // A missing file is stale like any other.
    }
    if (committed === text) {
      console.log(`${GRAPH_JSON_SCHEMA_PATH} is up to date.`);
      return 0;
    }
    console.error(`${GRAPH_JSON_SCHEMA_PATH} is stale: run \`npm run schema\` and commit it.`);
    return 1;
  }
  writeFileAtomic(GRAPH_JSON_SCHEMA_PATH, text);
  console.log(`wrote ${GRAPH_JSON_SCHEMA_PATH}`);
  return 0;
}

process.exitCode = main();
