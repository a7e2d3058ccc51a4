// `npm run eval`: extracts the studies of a folder (as `npm run extract` does, writing nothing) and scores the graph.
import { readFileSync } from "node:fs";
import { parseCommandLine, UsageError } from "../src/cli/args.js";
import { formatReport, GoldFileError, parseGold, scoreGraph, type Gold } from "../src/eval/index.js";
import { graphOfFolder } from "../src/pipeline.js";
import { StudyFolderError } from "../src/studies/index.js";

const HELP = `Usage: npm run eval -- [--gold FILE] [--in DIR] [--json] [--details]

Extracts the graph of the studies in DIR (default tests/fixtures/devset/studies), as \`npm run extract\` does but
writing nothing, and scores it against the gold FILE (default tests/fixtures/devset/gold.json): recall, precision
and F1 per node kind, recall per relation kind, twinning precision, the share of evidence found verbatim, and
the entities and relations missed and the nodes and twinnings the gold does not have.

  --gold FILE  the gold file (format: README, "Measuring extraction")
  --in DIR     folder of studies
  --json       print the report as JSON
  --details    list every missed and spurious item, with the evidence of spurious twinnings
  -h, --help   show this help

Exit codes: 0 scored; 1 a study could not be read (the others are still scored); 2 bad arguments, a bad gold
file or no studies.`;

function main(): number {
  let args;
  try {
    args = parseCommandLine({
      gold: { type: "string", default: "tests/fixtures/devset/gold.json" },
      in: { type: "string", default: "tests/fixtures/devset/studies" },
      json: { type: "boolean", default: false },
      details: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    });
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`eval: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (args.help) {
    console.log(HELP);
    return 0;
  }

  let gold: Gold;
  try {
    gold = readGold(args.gold);
  } catch (error) {
    if (error instanceof GoldFileError) {
      console.error(`error: ${error.message}`);
      return 2;
    }
    throw error;
  }

  let result;
  try {
    result = graphOfFolder(args.in);
  } catch (error) {
    if (error instanceof StudyFolderError) {
      console.error(`eval: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { listing, problems, facts, graph } = result;
  for (const s of listing.skipped) console.error(`warning: ${args.in}/${s.file} ${s.problem}`);
  for (const p of problems) console.error(`error: ${args.in}/${p.file} ${p.problem}`);
  if (!facts.length) {
    console.error(`eval: none of the ${listing.files.length} studies could be read; nothing to score.`);
    return 1;
  }

  const report = scoreGraph(graph, gold);
  if (args.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`${args.gold} against ${facts.length} studies of ${args.in}\n`);
    process.stdout.write(formatReport(report, { details: args.details }));
  }
  return problems.length ? 1 : 0;
}

/** Reads and validates the gold file; every problem is a GoldFileError naming the file. */
function readGold(file: string): Gold {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new GoldFileError(`${file} cannot be read (${code}); pass a gold file with --gold`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new GoldFileError(`${file} is not JSON (${(error as Error).message})`);
  }
  return parseGold(json, file);
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(
    `eval: unexpected failure: ${(error as Error).message}\nPlease report it with the gold file and studies.`,
  );
  process.exitCode = 1;
}
