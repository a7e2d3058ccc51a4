// `npm run extract`: reads the studies folder, extracts the graph and writes graph.json (atomically).
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { GRAPH_FILE, runExtract, STUDIES_DIR } from "../src/commands/extract.js";

const HELP = `Usage: npm run extract -- [--in DIR] [--out FILE] [--check] [--quiet]

Reads every .txt and .md study in DIR (default ${STUDIES_DIR}) and writes the knowledge graph to
FILE (default ${GRAPH_FILE}). The same studies always give the same file, byte for byte.

  --in DIR     folder of studies (one abstract per file, optional YAML front matter)
  --out FILE   where to write the graph JSON
  --check      write nothing; exit 1 if FILE is not what the studies give (a stale graph)
  --quiet      print only problems and the totals
  -h, --help   show this help

Exit codes: 0 all studies read; 1 a study could not be read (the others are still in the graph) or --check
found the graph stale; 2 bad arguments or no studies at all.`;

function main(): number {
  let args;
  try {
    args = parseCommandLine({
      in: { type: "string", default: STUDIES_DIR },
      out: { type: "string", default: GRAPH_FILE },
      check: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`extract: ${error.message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  return runExtract(args);
}

process.exitCode = main();
