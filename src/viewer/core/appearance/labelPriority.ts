// Which canvas labels come first, and what a study says on the canvas: places, partnerships and actors before the
// studies, the people and the vocabulary (theories, methods, concepts).
import {
  isSymmetricEdgeKind,
  type KnowledgeGraph,
  type NodeKind,
  type StudyNodeAttributes,
} from "../../../model/index.js";

/** What a label's rank depends on: the node's kind, its relations, and how many of them are partnerships. */
export interface LabelRank {
  kind: NodeKind;
  degree: number;
  /** Sister-city and cooperation relations (the symmetric kinds): a place in one is what the corpus is about. */
  partnerships: number;
}

const KIND_TIER: Record<NodeKind, number> = {
  City: 4,
  Province: 4,
  Country: 4,
  Organization: 3,
  Project: 3,
  Study: 2,
  Person: 1,
  Theory: 0,
  Method: 0,
  Concept: 0,
};

/**
 * Higher is labelled first. The kind decides, then whether the node is in a partnership, then its degree: a
 * concept named by every study never takes the place of a city's label.
 */
export function labelPriority({ kind, degree, partnerships }: LabelRank): number {
  return KIND_TIER[kind] * 10_000 + (partnerships > 0 ? 5_000 : 0) + Math.min(degree, 4_999);
}

/** Places, partnership programmes, actors and studies: labels worth covering a neighbour's disc for. */
export function isImportantLabel(priority: number): boolean {
  return priority >= KIND_TIER.Study * 10_000;
}

export function labelRank(graph: KnowledgeGraph, node: string): LabelRank {
  let partnerships = 0;
  graph.forEachEdge(node, (_edge, attrs) => {
    if (isSymmetricEdgeKind(attrs.kind)) partnerships++;
  });
  return { kind: graph.getNodeAttribute(node, "kind"), degree: graph.degree(node), partnerships };
}

/** Longest canvas label of a study; the panel and the search keep the whole title. */
const STUDY_LABEL_MAX = 28;

/**
 * A study on the canvas: its first author's family name and its year (or period), as a citation reads; without
 * an author, the first words of its title.
 */
export function studyLabel(study: Pick<StudyNodeAttributes, "title" | "authors" | "year" | "period">): string {
  const names = study.authors.map(familyName).filter(Boolean);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(" & ");
  const when =
    study.year ??
    (study.period &&
      (study.period.from === study.period.to ? study.period.from : `${study.period.from}–${study.period.to}`));
  if (who) return cutWords([who, when].filter(Boolean).join(" "), STUDY_LABEL_MAX);
  return cutWords(study.title, 24);
}

/** "Rizki Fitrayansyah" -> "Fitrayansyah"; "Fitrayansyah, R." -> "Fitrayansyah". */
function familyName(author: string): string {
  const name = author.trim();
  if (name.includes(",")) return name.split(",")[0].trim();
  return name.split(/\s+/).pop() ?? "";
}

/** Whole words up to `max` characters, an ellipsis when cut; one word too long is cut inside. */
function cutWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim().replace(/…$/, "");
  if (clean.length <= max && !text.trim().endsWith("…")) return clean;
  let out = "";
  for (const word of clean.split(" ")) {
    const next = out ? `${out} ${word}` : word;
    if (next.length > max - 1) break;
    out = next;
  }
  return `${(out || clean.slice(0, max - 1)).replace(/[\s,;:.–-]+$/, "")}…`;
}
