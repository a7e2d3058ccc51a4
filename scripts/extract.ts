// `npm run extract`: reads the studies folder, extracts the graph and writes graph.json (atomically).
import { readFileSync } from "node:fs";
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { progressReporter } from "../src/cli/progress.js";
import { serializeGraph, writeFileAtomic } from "../src/graph/index.js";
import { graphOfFolder } from "../src/pipeline.js";
import { StudyFolderError } from "../src/studies/index.js";

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
    args = parseCommandLine({
      in: { type: "string", default: "graph-data/studies" },
      out: { type: "string", default: "graph-data/graph.json" },
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
  const started = performance.now();
  const progress = progressReporter("", { quiet: args.quiet, unit: "studies" });
  let many = false;
  let result;
  try {
    result = graphOfFolder(args.in, (step, done, total) => {
      // A few studies take a moment: no progress for them.
      if (step === "reading studies" && done === 1) many = total > 50;
      if (!many) return;
      progress(step, done, total);
      if (step === "finding relations" && done === total && !args.quiet)
        process.stderr.write("building the graph and its layout...\n");
    });
  } catch (error) {
    if (error instanceof StudyFolderError) {
      console.error(`extract: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { listing, problems, facts, graph } = result;
  for (const s of listing.skipped) console.error(`warning: ${args.in}/${s.file} ${s.problem}`);
  for (const p of problems) console.error(`error: ${args.in}/${p.file} ${p.problem}`);
  const failed = problems.length;
  if (!facts.length) {
    console.error(`extract: none of the ${listing.files.length} studies could be read; nothing written.`);
    return 1;
  }
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
      current = readFileSync(args.out, "utf8");
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
  writeFileAtomic(args.out, json);
  console.log(`wrote ${args.out}: ${totals}${failed ? `; ${failed} studies failed (see above)` : ""}`);
  return failed ? 1 : 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(
    `extract: unexpected failure: ${(error as Error).message}\nPlease report it with the study that caused it.`,
  );
  process.exitCode = 1;
}
