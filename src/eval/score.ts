// Scores an extracted graph against a gold file: recall, precision and F1 per kind, twinnings, verbatim evidence.
import {
  EDGE_KINDS,
  NODE_KINDS,
  SYMMETRIC_EDGE_KINDS,
  studyKey,
  type EdgeKind,
  type Evidence,
  type NodeKind,
} from "../model/index.js";
import type { KnowledgeGraph } from "../model/index.js";
import { foldForGold } from "./fold.js";
import { STUDY_NAME_PREFIX, type Gold, type GoldEntity, type GoldRelation } from "./gold.js";

/** A share, or null when there is nothing to divide by (no gold entry, no node of a kind). */
export type Ratio = number | null;

interface EntityKindScore {
  kind: NodeKind;
  /** Gold entries of this kind, and how many of them a node of the graph matches. */
  gold: number;
  found: number;
  recall: Ratio;
  /** Whether the gold lists every node of this kind; only then are nodes, matched, precision and F1 given. */
  precisionKind: boolean;
  nodes: number;
  matched: number;
  precision: Ratio;
  f1: Ratio;
}

interface RelationKindScore {
  kind: EdgeKind;
  gold: number;
  found: number;
  recall: Ratio;
  /** Edges of this kind in the graph, for scale. */
  edges: number;
}

export interface EdgeRef {
  key: string;
  source: string;
  target: string;
  /** The first evidence of the edge. */
  study: string;
  quote: string;
}

export interface NodeRef {
  key: string;
  kind: NodeKind;
  label: string;
}

export interface EvalReport {
  entities: {
    perKind: EntityKindScore[];
    /** Micro figures: recall over all gold entities, precision over the precision kinds' nodes. */
    gold: number;
    found: number;
    recall: Ratio;
    nodes: number;
    matched: number;
    precision: Ratio;
    f1: Ratio;
  };
  relations: { perKind: RelationKindScore[]; gold: number; found: number; recall: Ratio };
  twinning: { edges: number; matched: number; precision: Ratio; spurious: EdgeRef[] };
  evidence: {
    items: number;
    verbatim: number;
    share: Ratio;
    /** Evidence whose quote is not the study's text at its offsets: where it is attached, and the study. */
    broken: Array<{ on: string; study: string; start: number; end: number }>;
  };
  missedEntities: GoldEntity[];
  missedRelations: GoldRelation[];
  /** Nodes of a precision kind that no gold entry of their kind names. */
  spuriousNodes: NodeRef[];
}

const SYMMETRIC: ReadonlySet<EdgeKind> = new Set(SYMMETRIC_EDGE_KINDS);

export function scoreGraph(graph: KnowledgeGraph, gold: Gold): EvalReport {
  const index = indexNodes(graph);
  const matching = (names: string[]) => nodesNamed(index, names);

  // Entities: recall per gold entry, precision per node of the precision kinds.
  const precisionKinds = new Set(gold.precisionKinds);
  const matchedNodes = new Set<string>();
  const missedEntities: GoldEntity[] = [];
  const foundByKind = new Map<NodeKind, number>();
  for (const entity of gold.entities) {
    const nodes = [...matching(entity.names)].filter((key) => graph.getNodeAttribute(key, "kind") === entity.kind);
    for (const key of nodes) matchedNodes.add(key);
    if (nodes.length) foundByKind.set(entity.kind, (foundByKind.get(entity.kind) ?? 0) + 1);
    else missedEntities.push(entity);
  }
  const spuriousNodes: NodeRef[] = [];
  const nodesByKind = new Map<NodeKind, number>();
  graph.forEachNode((key, a) => {
    nodesByKind.set(a.kind, (nodesByKind.get(a.kind) ?? 0) + 1);
    if (precisionKinds.has(a.kind) && !matchedNodes.has(key)) spuriousNodes.push({ key, kind: a.kind, label: a.label });
  });
  const perKind: EntityKindScore[] = NODE_KINDS.flatMap((kind) => {
    const goldCount = gold.entities.filter((e) => e.kind === kind).length;
    const precisionKind = precisionKinds.has(kind);
    if (!goldCount && !precisionKind) return [];
    const found = foundByKind.get(kind) ?? 0;
    const nodes = nodesByKind.get(kind) ?? 0;
    const matched = precisionKind ? nodes - spuriousNodes.filter((n) => n.kind === kind).length : 0;
    const recall = ratio(found, goldCount);
    const precision = precisionKind ? ratio(matched, nodes) : null;
    return [
      { kind, gold: goldCount, found, recall, precisionKind, nodes, matched, precision, f1: f1(precision, recall) },
    ];
  });
  const sum = (f: (s: EntityKindScore) => number) => perKind.reduce((n, s) => n + f(s), 0);
  const entityGold = sum((s) => s.gold);
  const entityFound = sum((s) => s.found);
  const entityNodes = sum((s) => (s.precisionKind ? s.nodes : 0));
  const entityMatched = sum((s) => s.matched);
  const entityRecall = ratio(entityFound, entityGold);
  const entityPrecision = ratio(entityMatched, entityNodes);

  // Relations: a gold relation is found when an edge of its kind joins a node named by `a` to one named by `b`.
  const matchedEdges = new Set<string>();
  const missedRelations: GoldRelation[] = [];
  const relationFound = new Map<EdgeKind, number>();
  for (const relation of gold.relations) {
    const edges = edgesBetween(graph, relation.kind, matching(relation.a), matching(relation.b));
    for (const key of edges) matchedEdges.add(key);
    if (edges.length) relationFound.set(relation.kind, (relationFound.get(relation.kind) ?? 0) + 1);
    else missedRelations.push(relation);
  }
  const edgesByKind = new Map<EdgeKind, number>();
  graph.forEachEdge((_, a) => edgesByKind.set(a.kind, (edgesByKind.get(a.kind) ?? 0) + 1));
  const relationPerKind: RelationKindScore[] = EDGE_KINDS.flatMap((kind) => {
    const goldCount = gold.relations.filter((r) => r.kind === kind).length;
    if (!goldCount) return [];
    const found = relationFound.get(kind) ?? 0;
    return [{ kind, gold: goldCount, found, recall: ratio(found, goldCount), edges: edgesByKind.get(kind) ?? 0 }];
  });
  const relationGold = gold.relations.length;
  const relationFoundAll = relationPerKind.reduce((n, s) => n + s.found, 0);

  // Twinning precision: every SISTER_CITY_OF edge is judged, whether or not the gold lists twinnings at all.
  const spuriousTwinnings: EdgeRef[] = [];
  let twinnings = 0;
  graph.forEachEdge((key, a, source, target) => {
    if (a.kind !== "SISTER_CITY_OF") return;
    twinnings++;
    if (!matchedEdges.has(key))
      spuriousTwinnings.push({ key, source, target, study: a.evidence[0].study, quote: a.evidence[0].quote });
  });

  return {
    entities: {
      perKind,
      gold: entityGold,
      found: entityFound,
      recall: entityRecall,
      nodes: entityNodes,
      matched: entityMatched,
      precision: entityPrecision,
      f1: f1(entityPrecision, entityRecall),
    },
    relations: {
      perKind: relationPerKind,
      gold: relationGold,
      found: relationFoundAll,
      recall: ratio(relationFoundAll, relationGold),
    },
    twinning: {
      edges: twinnings,
      matched: twinnings - spuriousTwinnings.length,
      precision: ratio(twinnings - spuriousTwinnings.length, twinnings),
      spurious: spuriousTwinnings,
    },
    evidence: checkEvidence(graph),
    missedEntities,
    missedRelations,
    spuriousNodes,
  };
}

interface NodeIndex {
  byName: Map<string, string[]>;
  keys: Set<string>;
}

/** Every node under the folded form of its label and of each alias. */
function indexNodes(graph: KnowledgeGraph): NodeIndex {
  const byName = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    for (const name of new Set([a.label, ...a.aliases].map(foldForGold))) {
      if (!name) continue;
      const keys = byName.get(name);
      if (keys) keys.push(key);
      else byName.set(name, [key]);
    }
  });
  return { byName, keys: new Set(graph.nodes()) };
}

/** The nodes, of any kind, that one of the alternative names names. */
function nodesNamed(index: NodeIndex, names: string[]): Set<string> {
  const found = new Set<string>();
  for (const name of names) {
    if (name.startsWith(STUDY_NAME_PREFIX)) {
      const key = studyKey(name.slice(STUDY_NAME_PREFIX.length));
      if (index.keys.has(key)) found.add(key);
    } else for (const key of index.byName.get(foldForGold(name)) ?? []) found.add(key);
  }
  return found;
}

/** The edges of `kind` from a node of `from` to a node of `to`; either way round for the symmetric kinds. */
function edgesBetween(graph: KnowledgeGraph, kind: EdgeKind, from: Set<string>, to: Set<string>): string[] {
  const edges = new Set<string>();
  const add = (source: string, target: string) => {
    // outEdges, not edges: graphology's edges(a, b) also returns the edges from b to a.
    for (const key of graph.outEdges(source, target)) if (graph.getEdgeAttribute(key, "kind") === kind) edges.add(key);
  };
  for (const source of from)
    for (const target of to) {
      if (source === target) continue;
      add(source, target);
      if (SYMMETRIC.has(kind)) add(target, source);
    }
  return [...edges];
}

/** Every evidence item of nodes and edges: is its quote the study's text at its offsets? */
function checkEvidence(graph: KnowledgeGraph): EvalReport["evidence"] {
  const texts = new Map<string, string>();
  graph.forEachNode((key, a) => {
    if (a.kind === "Study") texts.set(key, a.text);
  });
  let items = 0;
  const broken: EvalReport["evidence"]["broken"] = [];
  const check = (on: string, evidence: Evidence[]) => {
    for (const ev of evidence) {
      items++;
      if (texts.get(ev.study)?.slice(ev.start, ev.end) !== ev.quote)
        broken.push({ on, study: ev.study, start: ev.start, end: ev.end });
    }
  };
  graph.forEachNode((key, a) => check(key, a.evidence));
  graph.forEachEdge((key, a) => check(key, a.evidence));
  return { items, verbatim: items - broken.length, share: ratio(items - broken.length, items), broken };
}

function ratio(part: number, whole: number): Ratio {
  return whole ? part / whole : null;
}

function f1(precision: Ratio, recall: Ratio): Ratio {
  if (precision === null || recall === null) return null;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}
