// The whole pipeline on parsed studies: facts with evidence, then one merged, laid-out graph.
import { extractStudies } from "../extract/extractStudies.js";
import type { StudyFacts } from "../extract/facts.js";
import type { Study } from "../studies/study.js";
import { buildGraph } from "./buildGraph.js";
import type { KnowledgeGraph } from "./graphFile.js";

export function graphFromStudies(studies: Study[]): { graph: KnowledgeGraph; facts: StudyFacts[] } {
  const facts = extractStudies(studies);
  return { graph: buildGraph(facts), facts };
}
