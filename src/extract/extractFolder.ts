// Reads and extracts the studies of a folder, in file order, with progress.
import { readStudies } from "../studies/readStudyFolder.js";
import { extractStudies } from "./extractStudies.js";
import type { StudyFacts } from "./facts.js";

export interface FolderFacts {
  facts: StudyFacts[];
  problems: Array<{ file: string; problem: string }>;
}

export function extractFolder(
  dir: string,
  files: string[],
  onProgress?: (done: number, total: number) => void,
): FolderFacts {
  // Progress counts three steps a study: reading it, then the two extraction passes.
  const total = files.length * 3;
  const results = readStudies(dir, files, onProgress && ((done) => onProgress(done, total)));
  const studies = results.flatMap((r) => (r.ok ? [r.study] : []));
  return {
    facts: extractStudies(studies, onProgress && ((done) => onProgress(files.length + done, total))),
    problems: results.flatMap((r) => (r.ok ? [] : [{ file: r.file, problem: r.problem }])),
  };
}
