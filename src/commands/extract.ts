// The extract command around the pipeline, shared by `npm run extract` and `npm start`: progress, problems, graph.json.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { progressReporter } from "../cli/progress.js";
import { serializeGraph, writeFileAtomic } from "../graph/index.js";
import { graphOfFolder, type FolderGraph } from "../pipeline.js";
import { StudyFolderError } from "../studies/index.js";

/** Where the studies are and where their graph goes, relative to the project's root. */
export const STUDIES_DIR = "graph-data/studies";
export const GRAPH_FILE = "graph-data/graph.json";

export interface ExtractOptions {
  /** The folder of studies; messages name files by this path. */
  in: string;
  /** Where the graph JSON goes. */
  out: string;
  /** Writes nothing; the graph is stale (exit 1) unless `out` already holds exactly what the studies give. */
  check?: boolean;
  /** Prints only problems and the totals. */
  quiet?: boolean;
}

/**
 * Reads the studies, builds the graph and writes it atomically (or checks it), printing per-file problems and totals.
 * Returns the exit code rather than exiting, so `npm start` can run it in its own process: 0 all studies read; 1 a
 * study could not be read (the others are still written), the graph is stale, or an unexpected failure (printed, not
 * thrown); 2 no studies at all.
 */
export function runExtract(options: ExtractOptions): number {
  try {
    return extract(options);
  } catch (error) {
    console.error(
      `extract: unexpected failure: ${(error as Error).message}\nPlease report it with the study that caused it.`,
    );
    return 1;
  }
}

function extract({ in: dir, out, check = false, quiet = false }: ExtractOptions): number {
  const started = performance.now();
  let result: FolderGraph;
  try {
    result = graphOfFolderWithProgress(dir, quiet);
  } catch (error) {
    if (error instanceof StudyFolderError) {
      console.error(`extract: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const { listing, problems, readWarnings, facts, graph } = result;
  // A graph kept beside its studies (`--in corpus --out corpus/graph.json`) is no stray file to warn about.
  for (const s of listing.skipped)
    if (resolve(dir, s.file) !== resolve(out)) console.error(`warning: ${dir}/${s.file} ${s.problem}`);
  for (const p of problems) console.error(`error: ${dir}/${p.file} ${p.problem}`);
  const failed = problems.length;
  if (!facts.length) {
    console.error(`extract: none of the ${listing.files.length} studies could be read; nothing written.`);
    return 1;
  }
  const json = serializeGraph(graph);
  const verbose = !quiet && facts.length <= 100;
  const warningsOnReading = new Map<string, string[]>();
  for (const w of readWarnings) warningsOnReading.set(w.file, [...(warningsOnReading.get(w.file) ?? []), w.warning]);
  // A warning's example (the front matter to add) is printed once; a corpus of bare abstracts would repeat it per file.
  const examplesShown = new Set<string>();
  const once = (w: string) => {
    const [first, ...rest] = w.split("\n");
    const example = rest.join("\n");
    if (!example || !examplesShown.has(example)) return (examplesShown.add(example), w);
    return `${first} (as shown above)`;
  };
  for (const f of facts) {
    const warnings = [...(warningsOnReading.get(f.study.file) ?? []), ...f.warnings];
    if (verbose)
      console.log(
        `  ${f.study.file.padEnd(32)} ${String(new Set(f.entities.map((e) => e.key)).size).padStart(4)} entities ${String(f.relations.length).padStart(5)} relations  ${warnings.length} warnings`,
      );
    for (const w of warnings) console.error(`warning: ${dir}/${f.study.file}: ${once(w)}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const totals = `${facts.length} studies -> ${graph.order} nodes, ${graph.size} edges in ${seconds} s`;

  if (check) {
    if (readOrEmpty(out) !== json) {
      console.error(`extract: ${out} is stale against ${dir}; run \`npm run extract\` and commit the result.`);
      return 1;
    }
    console.log(`${out} is up to date (${totals}).`);
    return failed ? 1 : 0;
  }
  writeFileAtomic(out, json);
  console.log(`wrote ${out}: ${totals}${failed ? `; ${failed} studies failed (see above)` : ""}`);
  return failed ? 1 : 0;
}

function graphOfFolderWithProgress(dir: string, quiet: boolean): FolderGraph {
  const progress = progressReporter("", { quiet, unit: "studies" });
  let many = false;
  return graphOfFolder(dir, (step, done, total) => {
    // A few studies take a moment: no progress for them.
    if (step === "reading studies" && done === 1) many = total > 50;
    if (!many) return;
    progress(step, done, total);
    if (step === "finding relations" && done === total && !quiet)
      process.stderr.write("building the graph and its layout...\n");
  });
}

/** A missing or unreadable file holds nothing, so it is stale. */
function readOrEmpty(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}
