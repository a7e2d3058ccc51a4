// The dataset: the graph file validated and loaded into graphology, plus the indexes every panel reads.
import Graph from "graphology";
import {
  checkGraphFile,
  describeIssues,
  expandGraph,
  PageStructure,
  TextPart,
  type Evidence,
  type GraphFile,
  type KnowledgeGraph,
  type NodeAttributes,
  type Period,
  type StudyNodeAttributes,
} from "../../../model/index.js";

/** A highlighted span of a study's text that names a node. */
export interface NodeSpan {
  start: number;
  end: number;
  node: string;
}

export interface StudySummary {
  key: string;
  title: string;
  authors: string[];
  period?: Period;
}

export interface Dataset {
  graph: KnowledgeGraph;
  /** Studies in key order. */
  studies: StudySummary[];
  /** Every node mention per study, sorted by start then longest first. */
  mentionsByStudy: Map<string, NodeSpan[]>;
  /** The years the studies' periods cover, for the period slider; null when no study has a period. */
  years: { min: number; max: number } | null;
  /**
   * When the page loaded the structure only: the parts (`graph.texts.<n>.json`) still to load and each study's text
   * length. Until `fillStudyTexts` has them, study texts and evidence quotes are empty. Null once they are in.
   */
  pendingTexts: { parts: string[]; lengths: Map<string, number> } | null;
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; message: string };

/** Validates the graph file (same schema as the build) and indexes it. `source` names it in errors. */
export function parseDataset(data: unknown, source = "graph.json"): DatasetResult {
  const checked = checkGraphFile(data, source);
  return checked.ok ? { ok: true, dataset: indexDataset(checked.file) } : checked;
}

/** Validates the page's structure file (the graph without the studies' texts) and indexes it; texts come later. */
export function parsePageStructure(data: unknown, source = "graph.page.json"): DatasetResult {
  const checked = PageStructure.safeParse(data);
  if (!checked.success)
    return { ok: false, message: `${source}: not a valid graph file.\n${describeIssues(checked.error)}` };
  const { graph, textParts } = checked.data;
  const lengths = new Map<string, number>();
  for (const { key, attributes: a } of graph.nodes)
    if (a.kind === "Study") lengths.set(key, a.textLength ?? a.text.length);
  return { ok: true, dataset: { ...indexDataset(expandGraph(graph)), pendingTexts: { parts: textParts, lengths } } };
}

/**
 * Puts the studies' texts, and the quotes they give every evidence, into the graph. `parts` are the parsed text
 * files; it says which study or part is wrong, or returns null when every study has its text.
 */
export function fillStudyTexts(dataset: Dataset, parts: Array<{ name: string; data: unknown }>): string | null {
  const texts = new Map<string, string>();
  for (const { name, data } of parts) {
    const part = TextPart.safeParse(data);
    if (!part.success) return `${name}: not a part of the studies' texts.\n${describeIssues(part.error)}`;
    for (const [study, text] of Object.entries(part.data)) texts.set(study, text);
  }
  const { graph, pendingTexts } = dataset;
  if (!pendingTexts) return null;
  for (const [key, length] of pendingTexts.lengths) {
    const text = texts.get(key);
    if (text === undefined) return `${pendingTexts.parts.join(", ")}: no text for ${key}.`;
    if (text.length !== length)
      return `the text of ${key} is ${text.length} characters long, not ${length} as graph.page.json says.`;
  }
  for (const key of pendingTexts.lengths.keys())
    (graph.getNodeAttributes(key) as StudyNodeAttributes).text = texts.get(key)!;
  const quote = (e: Evidence) => (e.quote = texts.get(e.study)!.slice(e.start, e.end));
  graph.forEachNode((_, a) => a.evidence.forEach(quote));
  graph.forEachEdge((_, a) => a.evidence.forEach(quote));
  dataset.pendingTexts = null;
  return null;
}

export function indexDataset(file: GraphFile): Dataset {
  const graph = Graph.from(file as never) as KnowledgeGraph;
  const studies: StudySummary[] = [];
  const mentionsByStudy = new Map<string, NodeSpan[]>();
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "Study") {
      const s = attrs as StudyNodeAttributes;
      studies.push({ key, title: s.title || s.label, authors: s.authors, period: s.period });
      if (s.period) {
        min = Math.min(min, s.period.from);
        max = Math.max(max, s.period.to);
      }
    }
    for (const ev of attrs.evidence) addMention(mentionsByStudy, ev, key);
  });
  for (const list of mentionsByStudy.values()) list.sort((a, b) => a.start - b.start || b.end - a.end);
  studies.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { graph, studies, mentionsByStudy, years: min <= max ? { min, max } : null, pendingTexts: null };
}

function addMention(index: Map<string, NodeSpan[]>, ev: Evidence, node: string): void {
  if (!ev.mention || ev.mention.end <= ev.mention.start) return;
  let list = index.get(ev.study);
  if (!list) index.set(ev.study, (list = []));
  if (!list.some((m) => m.start === ev.mention!.start && m.end === ev.mention!.end && m.node === node))
    list.push({ start: ev.mention.start, end: ev.mention.end, node });
}

export function isPlace(attrs: NodeAttributes): attrs is NodeAttributes & { lat: number; lon: number } {
  return attrs.kind !== "Study" && typeof attrs.lat === "number" && typeof attrs.lon === "number";
}
