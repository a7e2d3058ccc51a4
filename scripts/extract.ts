// `npm run extract`: reads the studies folder, extracts the graph and writes graph.json (atomically).
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractFolder } from "../src/extract/extractFolder.js";
import { buildGraph } from "../src/graph/buildGraph.js";
import { serializeGraph } from "../src/graph/graphFile.js";
import { writeFileAtomic } from "../src/graph/writeFileAtomic.js";
import { listStudyFolder, StudyFolderError } from "../src/studies/readStudyFolder.js";

const HELP = `Usage: npm run extract -- [--in DIR] [--out FILE] [--check] [--quiet]

Reads every .txt and .md study in DIR (default graph-data/studies) and writes the knowledge graph to
FILE (default graph-data/graph.json). The same studies always give the same file, byte for byte.

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
    args = parseArgs({
      options: {
        in: { type: "string", default: "graph-data/studies" },
        out: { type: "string", default: "graph-data/graph.json" },
        check: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`extract: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }
  const started = performance.now();
  let listing;
  try {
    listing = listStudyFolder(args.in!);
  } catch (error) {
    if (error instanceof StudyFolderError) {
      console.error(`extract: ${error.message}`);
      return 2;
    }
    throw error;
  }
  for (const s of listing.skipped) console.error(`warning: ${args.in}/${s.file} ${s.problem}`);

  const many = listing.files.length > 50;
  const { facts, problems } = extractFolder(
    args.in!,
    listing.files,
    many ? progress("reading and extracting", listing.files.length * 3) : undefined,
  );
  for (const p of problems) console.error(`error: ${args.in}/${p.file} ${p.problem}`);
  const failed = problems.length;
  if (!facts.length) {
    console.error(`extract: none of the ${listing.files.length} studies could be read; nothing written.`);
    return 1;
  }
  if (many) process.stderr.write(`building the graph and its layout...\n`);
  const graph = buildGraph(facts);
  const json = serializeGraph(graph);
  const verbose = !args.quiet && facts.length <= 100;
  for (const f of facts) {
    if (verbose)
      console.log(
        `  ${f.study.file.padEnd(32)} ${String(new Set(f.entities.map((e) => e.key)).size).padStart(4)} entities ${String(f.relations.length).padStart(5)} relations  ${f.warnings.length} warnings`,
      );
    for (const w of f.warnings) console.error(`warning: ${args.in}/${f.study.file}: ${w}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const totals = `${facts.length} studies -> ${graph.order} nodes, ${graph.size} edges in ${seconds} s`;

  if (args.check) {
    let current = "";
    try {
      current = readFileSync(args.out!, "utf8");
    } catch {
      /* a missing file is stale */
    }
    if (current !== json) {
      console.error(`extract: ${args.out} is stale against ${args.in}; run \`npm run extract\` and commit the result.`);
      return 1;
    }
    console.log(`${args.out} is up to date (${totals}).`);
    return failed ? 1 : 0;
  }
  writeFileAtomic(args.out!, json);
  console.log(`wrote ${args.out}: ${totals}${failed ? `; ${failed} studies failed (see above)` : ""}`);
  return failed ? 1 : 0;
}

/** A progress bar on a terminal; a line every 10% otherwise, so CI logs stay short. */
function progress(what: string, total: number) {
  let lastShown = -1;
  return (done: number) => {
    const pct = Math.floor((done / total) * 100);
    if (process.stderr.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(`\r${what} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}`);
      if (done === total) process.stderr.write("\n");
    } else if (pct >= lastShown + 10 || done === total) {
      lastShown = pct;
      process.stderr.write(`${what}: ${done}/${total} (${pct}%)\n`);
    }
  };
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(
    `extract: unexpected failure: ${(error as Error).message}\nPlease report it with the study that caused it.`,
  );
  process.exitCode = 1;
}
