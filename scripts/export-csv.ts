// `npm run export:csv [-- --out DIR] [--graph FILE]`: node and relationship CSV files for neo4j-admin import.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { csvFiles, importCommand } from "../src/export/csv.js";
import { readGraphFile } from "../src/graph/graphFile.js";
import { writeFileAtomic } from "../src/graph/writeFileAtomic.js";

const USAGE = "usage: npm run export:csv [-- --out graph-data/csv] [--graph graph-data/graph.json]";

try {
  const args = parseCommandLine({
    out: { type: "string", default: "graph-data/csv" },
    graph: { type: "string", default: "graph-data/graph.json" },
    help: { type: "boolean", short: "h", default: false },
  });
  if (args.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const graph = readGraphFile(args.graph);
  const out = args.out;
  const files = csvFiles(graph);
  // Files of kinds the graph no longer has would be imported too: start from an empty folder.
  rmSync(out, { recursive: true, force: true });
  for (const file of files) writeFileAtomic(join(out, file.name), file.content);
  const command = importCommand(files);
  writeFileAtomic(join(out, "import-command.txt"), command + "\n");
  console.log(
    `export:csv: ${files.length} files in ${out} (${graph.nodes.length} nodes, ${graph.edges.length} relationships)`,
  );
  console.log(`Import into a stopped Neo4j, from ${out}:\n${command}`);
} catch (error) {
  const usage = error instanceof UsageError;
  console.error(`export:csv: ${(error as Error).message}${usage ? `\n${USAGE}` : ""}`);
  process.exit(usage ? 2 : 1);
}
