// `npm run export:csv [-- --out DIR] [--graph FILE]`: node and relationship CSV files for neo4j-admin import.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, UsageError } from "../src/export/args.js";
import { csvFiles, importCommand } from "../src/export/csv.js";
import { readGraphFile } from "../src/graph/graphFile.js";
import { writeFileAtomic } from "../src/graph/writeFileAtomic.js";

const USAGE = "usage: npm run export:csv [-- --out graph-data/csv] [--graph graph-data/graph.json]";

try {
  const { values, flags } = parseArgs(process.argv.slice(2), ["out", "graph"], ["help"]);
  if (flags.has("help")) {
    console.log(USAGE);
    process.exit(0);
  }
  const graph = readGraphFile(values.get("graph") ?? "graph-data/graph.json");
  const out = values.get("out") ?? "graph-data/csv";
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
