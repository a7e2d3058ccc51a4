// The whole pipeline on parsed studies: facts with evidence, then one merged, laid-out graph.
import { extractStudies, type StudyFacts } from "../extract/index.js";
import type { Study } from "../studies/index.js";
import { buildGraph } from "./buildGraph.js";
import type { KnowledgeGraph } from "./graphFile.js";

export function graphFromStudies(
  studies: Study[],
  onProgress?: (done: number, total: number) => void,
): { graph: KnowledgeGraph; facts: StudyFacts[] } {
  const facts = extractStudies(studies, onProgress);
  return { graph: buildGraph(facts), facts };
}
