// The dataset: the graph file validated and loaded into graphology, plus the indexes every panel reads.
import Graph from "graphology";
import {
  checkGraphFile,
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
}

export type DatasetResult = { ok: true; dataset: Dataset } | { ok: false; message: string };

/** Validates the graph file (same schema as the build) and indexes it. `source` names it in errors. */
export function parseDataset(data: unknown, source = "graph.json"): DatasetResult {
  const checked = checkGraphFile(data, source);
  return checked.ok ? { ok: true, dataset: indexDataset(checked.file) } : checked;
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
  return { graph, studies, mentionsByStudy, years: min <= max ? { min, max } : null };
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
