// Folds the facts of all studies into one graph: one node per real thing, one edge per relation, all evidence kept.
import Graph from "graphology";
import type { EdgeAttributes, Evidence, GraphAttributes, NodeAttributes } from "../model/index.js";
import { edgeKey, FORMAT_VERSION, GRAPH_OPTIONS, isSymmetricEdgeKind } from "../model/index.js";
import type { StudyFacts } from "../extract/index.js";
import type { KnowledgeGraph } from "../model/index.js";
import { layoutGraph } from "./layout.js";

export function buildGraph(all: StudyFacts[]): KnowledgeGraph {
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>(GRAPH_OPTIONS);
  graph.replaceAttributes({ name: "sister-city-graph", formatVersion: FORMAT_VERSION });
  const studies = [...all].sort((a, b) => cmp(a.study.key, b.study.key));

  for (const { study } of studies) {
    const { key, ...info } = study;
    graph.addNode(key, { kind: "Study", label: study.title, aliases: [], evidence: [], x: 0, y: 0, ...info });
  }

  // Attributes are changed in place while building: no events are listened to yet, and these are the hot loops. The
  // maps hold what the graph holds, to look each key up once.
  const entityNodes = new Map<string, NodeAttributes>();
  for (const { entities } of studies)
    for (const e of entities) {
      const a = entityNodes.get(e.key);
      if (a) {
        a.aliases.push(e.alias);
        a.evidence.push(e.evidence);
      } else {
        const attributes: NodeAttributes = {
          kind: e.kind,
          label: e.label,
          aliases: [e.alias],
          evidence: [e.evidence],
          x: 0,
          y: 0,
          ...(e.geo ?? {}),
        };
        graph.addNode(e.key, attributes);
        entityNodes.set(e.key, attributes);
      }
    }

  const edges = new Map<string, EdgeAttributes>();
  for (const { relations } of studies)
    for (const r of relations) {
      let [source, target] = [r.source, r.target];
      if (isSymmetricEdgeKind(r.kind) && target < source) [source, target] = [target, source];
      const key = edgeKey(r.kind, source, target);
      const a = edges.get(key);
      if (a) {
        a.evidence.push(r.evidence);
        if (r.period)
          a.period = a.period
            ? { from: Math.min(a.period.from, r.period.from), to: Math.max(a.period.to, r.period.to) }
            : r.period;
        if (r.since !== undefined) a.since = Math.min(a.since ?? r.since, r.since);
        // One sentence that states it is enough for a relation to be no longer inferred.
        if (!r.inferred) delete a.inferred;
      } else {
        const attributes: EdgeAttributes = {
          kind: r.kind,
          evidence: [r.evidence],
          ...(r.period ? { period: r.period } : {}),
          ...(r.since !== undefined ? { since: r.since } : {}),
          ...(r.inferred ? { inferred: true as const } : {}),
        };
        graph.addDirectedEdgeWithKey(key, source, target, attributes);
        edges.set(key, attributes);
      }
    }

  graph.forEachNode((_, a) => {
    a.aliases = distinctAliases(a.aliases);
    a.evidence = distinctEvidence(a.evidence);
  });
  graph.forEachEdge((_, a) => {
    a.evidence = distinctEvidence(a.evidence);
  });
  layoutGraph(graph);
  return graph;
}

/** Every surface form once, case-insensitively, preferring the form not typed in capitals. */
function distinctAliases(aliases: string[]): string[] {
  const byFold = new Map<string, string>();
  // A repeated form changes nothing below, so each is sorted once: a node is named thousands of times, in few forms.
  for (const a of [...new Set(aliases)].sort()) {
    const f = a.toLowerCase();
    const seen = byFold.get(f);
    if (!seen || (seen === seen.toUpperCase() && a !== a.toUpperCase())) byFold.set(f, a);
  }
  return [...byFold.values()].sort((a, b) => cmp(a.toLowerCase(), b.toLowerCase()) || cmp(a, b));
}

function distinctEvidence(evidence: Evidence[]): Evidence[] {
  // Usually already in order, each sentence once (studies are merged in order, mentions come in reading order): then
  // there is nothing to remove or move.
  if (isStrictlyIncreasing(evidence)) return evidence;
  const seen = new Map<string, Evidence>();
  for (const e of evidence) {
    const k = `${e.study}|${e.start}|${e.mention?.start ?? ""}`;
    if (!seen.has(k)) seen.set(k, e);
  }
  return [...seen.values()].sort(compareEvidence);
}

/** Strictly increasing evidence has no two items equal in order, so none with the same de-duplication key either. */
function isStrictlyIncreasing(evidence: Evidence[]): boolean {
  for (let i = 1; i < evidence.length; i++) {
    const a = evidence[i - 1];
    const b = evidence[i];
    // compareEvidence(a, b) < 0, with the study keys (mostly the same string) compared once.
    if (a.study !== b.study) {
      if (a.study > b.study) return false;
    } else if (a.start !== b.start) {
      if (a.start > b.start) return false;
    } else if ((a.mention?.start ?? 0) >= (b.mention?.start ?? 0)) return false;
  }
  return true;
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return cmp(a.study, b.study) || a.start - b.start || (a.mention?.start ?? 0) - (b.mention?.start ?? 0);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
