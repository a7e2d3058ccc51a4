// Sources of a node or relation grouped per study, relations grouped per kind, and texts cut into highlighted segments.
import { EDGE_KINDS, frontMatterLength, readerRuns, type EdgeKind, type Evidence } from "../../../model/index.js";
import type { Dataset, NodeSpan, StudySummary } from "../graph/dataset.js";
import type { Lang } from "../i18n/messages.js";
import { labelOf } from "../i18n/names.js";

export interface StudySources {
  study: StudySummary;
  evidence: Evidence[];
}

/** Groups evidence by study, in the dataset's study order, each study's sentences in text order without repeats. */
export function sourcesByStudy(dataset: Dataset, evidence: readonly Evidence[]): StudySources[] {
  const byStudy = new Map<string, Evidence[]>();
  for (const ev of evidence) {
    const list = byStudy.get(ev.study) ?? [];
    if (!list.some((e) => e.start === ev.start && e.end === ev.end && sameSpan(e.mention, ev.mention))) list.push(ev);
    byStudy.set(ev.study, list);
  }
  const out: StudySources[] = [];
  for (const study of dataset.studies) {
    const list = byStudy.get(study.key);
    if (list) out.push({ study, evidence: list.sort((a, b) => a.start - b.start) });
  }
  return out;
}

function sameSpan(a?: { start: number; end: number }, b?: { start: number; end: number }): boolean {
  return a?.start === b?.start && a?.end === b?.end;
}

export interface Relation {
  edge: string;
  kind: EdgeKind;
  other: string;
  /** "out" when the node is the relation's source ("Berlin LOCATED_IN Germany" seen from Berlin). */
  direction: "out" | "in";
}

/**
 * A node's relations grouped by kind (in EDGE_KINDS order), each group sorted by the other node's label as the reader
 * sees it, in their language.
 */
export function relationsByKind(
  dataset: Dataset,
  node: string,
  visibleEdges?: ReadonlySet<string>,
  lang: Lang = "en",
): [EdgeKind, Relation[]][] {
  const { graph } = dataset;
  const groups = new Map<EdgeKind, Relation[]>();
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    if (visibleEdges && !visibleEdges.has(edge)) return;
    const rel: Relation = {
      edge,
      kind: attrs.kind,
      other: source === node ? target : source,
      direction: source === node ? "out" : "in",
    };
    const list = groups.get(attrs.kind) ?? [];
    list.push(rel);
    groups.set(attrs.kind, list);
  });
  const label = (key: string) => labelOf(graph, key, lang);
  return EDGE_KINDS.filter((k) => groups.has(k)).map((k) => [
    k,
    groups.get(k)!.sort((a, b) => label(a.other).localeCompare(label(b.other)) || (a.edge < b.edge ? -1 : 1)),
  ]);
}

export interface Segment {
  text: string;
  /** The node this span names, when it is a mention. */
  node?: string;
}

/**
 * Cuts `text`, which starts at absolute offset `base` in its study, into plain and mention segments. Mentions that
 * overlap an earlier one, or fall outside the text, are skipped, so each character appears exactly once.
 */
export function segmentText(text: string, base: number, mentions: readonly NodeSpan[]): Segment[] {
  const end = base + text.length;
  const sorted = mentions
    .filter((m) => m.start >= base && m.end <= end && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = base;
  for (const m of sorted) {
    if (m.start < cursor) continue;
    if (m.start > cursor) segments.push({ text: text.slice(cursor - base, m.start - base) });
    segments.push({ text: text.slice(m.start - base, m.end - base), node: m.node });
    cursor = m.end;
  }
  if (cursor < end) segments.push({ text: text.slice(cursor - base) });
  return segments;
}

/** A piece of text as a reader sees it, with the emphasis markdown gave it. */
export interface ReaderPiece {
  text: string;
  strong?: true;
  em?: true;
  code?: true;
}

export interface ReaderSegment {
  pieces: ReaderPiece[];
  node?: string;
}

/**
 * `segmentText` as a reader sees it: markdown markers left out, emphasis kept as styles. The markup is read over the
 * whole `text` (a sentence, a paragraph), so emphasis across a mention's edge stays whole; a segment that held only
 * markers is dropped.
 */
export function readerSegments(text: string, base: number, mentions: readonly NodeSpan[]): ReaderSegment[] {
  const runs = readerRuns(text);
  const out: ReaderSegment[] = [];
  let at = 0;
  let r = 0;
  for (const segment of segmentText(text, base, mentions)) {
    const end = at + segment.text.length;
    const pieces: ReaderPiece[] = [];
    while (r < runs.length && runs[r].end <= at) r++;
    for (let k = r; k < runs.length && runs[k].start < end; k++) {
      const { start, end: runEnd, ...style } = runs[k];
      pieces.push({ text: text.slice(Math.max(start, at), Math.min(runEnd, end)), ...style });
    }
    if (pieces.length) out.push({ pieces, ...(segment.node ? { node: segment.node } : {}) });
    at = end;
  }
  return out;
}

/**
 * The mentions to highlight in one evidence sentence: the focused node's own mention (from the evidence itself,
 * when it is one node's) and every other mention the study has inside that sentence.
 */
export function mentionsInQuote(dataset: Dataset, ev: Evidence, focus: string[]): NodeSpan[] {
  const all = dataset.mentionsByStudy.get(ev.study) ?? [];
  const inside = all.filter((m) => m.start >= ev.start && m.end <= ev.end);
  const own: NodeSpan[] = [];
  if (ev.mention && focus.length === 1) own.push({ start: ev.mention.start, end: ev.mention.end, node: focus[0] });
  for (const m of inside) if (focus.includes(m.node)) own.push(m);
  const ownStarts = new Set(own.map((m) => `${m.start}:${m.end}`));
  return [...own, ...inside.filter((m) => !ownStarts.has(`${m.start}:${m.end}`))];
}

/**
 * Splits a study's text into paragraphs (blank-line separated) with their absolute offsets, from `from` on: by default
 * after its front matter, whose title and authors the panel's header already shows.
 */
export function paragraphs(text: string, from = frontMatterLength(text)): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const re = /\n\s*\n/g;
  re.lastIndex = from;
  let start = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m.index > start) out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, text: text.slice(start) });
  return out;
}
