// The one pipeline, study files -> facts with evidence -> one merged, laid-out graph, for the CLIs and the tests.
import { extractStudies, type StudyFacts } from "./extract/index.js";
import type { KnowledgeGraph } from "./model/index.js";
import { buildGraph } from "./graph/index.js";
import { listStudyFolder, readStudies, type FolderListing, type Study } from "./studies/index.js";

/**
 * The steps a progress callback hears about, each counted in studies: reading the files, then extraction's two passes
 * (every study's mentions, then the names learnt from all studies, the relations and the evidence).
 */
export type PipelineStep = "reading studies" | "finding mentions" | "finding relations";

export type PipelineProgress = (step: PipelineStep, done: number, total: number) => void;

export interface StudiesGraph {
  graph: KnowledgeGraph;
  facts: StudyFacts[];
}

export interface FolderGraph extends StudiesGraph {
  /** The study files of the folder, in the order they were read, and the files left out with why. */
  listing: FolderListing;
  /** Study files that could not be read or parsed; the graph holds the others. */
  problems: Array<{ file: string; problem: string }>;
  /** What reading said about studies that were read (a study without a title), by file. */
  readWarnings: Array<{ file: string; warning: string }>;
}

/** The pure core: parsed studies to facts and graph. The same studies in any order give the same graph. */
export function graphOfStudies(studies: Study[], onProgress?: PipelineProgress): StudiesGraph {
  const n = studies.length;
  // Extraction counts its two passes as one run of 2n; each is reported as its own step of n studies.
  const facts = extractStudies(
    studies,
    onProgress &&
      ((done) => (done <= n ? onProgress("finding mentions", done, n) : onProgress("finding relations", done - n, n))),
  );
  return { graph: buildGraph(facts), facts };
}

/**
 * Reads the studies of a folder (in file-name order) and runs the core on those that could be read. Throws
 * `StudyFolderError` when the folder cannot be listed or holds no study files.
 */
export function graphOfFolder(dir: string, onProgress?: PipelineProgress): FolderGraph {
  const listing = listStudyFolder(dir);
  const results = readStudies(
    dir,
    listing.files,
    onProgress && ((done, total) => onProgress("reading studies", done, total)),
  );
  const studies = results.flatMap((r) => (r.ok ? [r.study] : []));
  const problems = results.flatMap((r) => (r.ok ? [] : [{ file: r.file, problem: r.problem }]));
  const readWarnings = studies.flatMap((s) => s.warnings.map((warning) => ({ file: s.file, warning })));
  return { ...graphOfStudies(studies, onProgress), listing, problems, readWarnings };
}
