// The whole pipeline on parsed studies: facts with evidence, then one merged, laid-out graph.
import { extractStudies } from "../extract/extractStudies.js";
import type { StudyFacts } from "../extract/facts.js";
import type { Study } from "../studies/study.js";
import { buildGraph } from "./buildGraph.js";
import type { KnowledgeGraph } from "./graphFile.js";

export function graphFromStudies(
  studies: Study[],
  onProgress?: (done: number, total: number) => void,
): { graph: KnowledgeGraph; facts: StudyFacts[] } {
  const facts = extractStudies(studies, onProgress);
  return { graph: buildGraph(facts), facts };
}
