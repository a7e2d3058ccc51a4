// Between the graph in memory (every evidence with its quote) and the file (evidence as references to the sentences
// each study keeps once): `compactGraph` before writing, `expandGraph` after reading. Each undoes the other.
import { edgeKey } from "./ids.js";
import type { Evidence, GraphFile, StudyNodeAttributes } from "./schema.js";
import type { EvidenceRef, StoredEvidence, StoredGraphFile, StoredNodeAttributes } from "./storedGraph.js";

/** Per study: its cited spans, and for each span's start and end its quote as first seen (then its index). */
type Sentences = { spans: [number, number][]; index: Map<number, Map<number, number | string>> };

/** The stored form of a graph. Throws when an evidence does not quote its study (the file could not keep it). */
export function compactGraph(file: GraphFile): StoredGraphFile {
  const texts = new Map<string, string>();
  for (const n of file.nodes) if (n.attributes.kind === "Study") texts.set(n.key, n.attributes.text);
  const sentences = citedSentences(file, texts);
  const refs = (evidence: Evidence[], owner: string): StoredEvidence => {
    const out: StoredEvidence = {};
    for (const e of evidence) {
      const index = sentences.get(e.study)!.index.get(e.start)!.get(e.end) as number;
      const ref: EvidenceRef = e.mention ? [index, e.mention.start - e.start, e.mention.end - e.start] : [index];
      if (ref.length === 3 && (ref[1] < 0 || ref[2] > e.end - e.start))
        throw new Error(`${owner}: a mention at ${e.mention!.start}-${e.mention!.end} lies outside its quote.`);
      (out[e.study] ??= []).push(ref);
    }
    return out;
  };
  return {
    attributes: file.attributes,
    options: file.options,
    nodes: file.nodes.map((n) => {
      const evidence = refs(n.attributes.evidence, n.key);
      const attributes: StoredNodeAttributes =
        n.attributes.kind === "Study"
          ? { ...n.attributes, evidence, sentences: sentences.get(n.key)?.spans ?? [] }
          : { ...n.attributes, evidence };
      return { key: n.key, attributes };
    }),
    edges: file.edges.map(({ key, source, target, attributes }) => ({
      ...(key === edgeKey(attributes.kind, source, target) ? {} : { key }),
      source,
      target,
      attributes: { ...attributes, evidence: refs(attributes.evidence, key) },
    })),
  };
}

/** Every sentence each study's evidence quotes, once, in text order, checked against the study's text. */
function citedSentences(file: GraphFile, texts: Map<string, string>): Map<string, Sentences> {
  const byStudy = new Map<string, Sentences>();
  const cite = (e: Evidence, owner: string) => {
    let s = byStudy.get(e.study);
    if (!s) byStudy.set(e.study, (s = { spans: [], index: new Map() }));
    let ends = s.index.get(e.start);
    if (!ends) s.index.set(e.start, (ends = new Map()));
    // A sentence's quote is checked against the text once; its other citations against that quote, which is most
    // often the very same string (a comparison of one pointer).
    const seen = ends.get(e.end) as string | undefined;
    const text = texts.get(e.study);
    if (text === undefined) throw new Error(`${owner}: evidence names ${e.study}, which is not a study of the graph.`);
    if (seen !== undefined ? seen !== e.quote : text.slice(e.start, e.end) !== e.quote)
      throw new Error(`${owner}: the quote at ${e.start}-${e.end} of ${e.study} is not what its text says there.`);
    if (seen !== undefined) return;
    ends.set(e.end, e.quote);
    s.spans.push([e.start, e.end]);
  };
  for (const n of file.nodes) for (const e of n.attributes.evidence) cite(e, n.key);
  for (const e of file.edges) for (const ev of e.attributes.evidence) cite(ev, e.key);
  for (const s of byStudy.values()) {
    s.spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    s.spans.forEach(([start, end], i) => s.index.get(start)!.set(end, i));
  }
  return byStudy;
}

/** The graph in memory: keys of edges filled in, every evidence with its quote cut from its study's text. */
export function expandGraph(stored: StoredGraphFile): GraphFile {
  // One string per cited sentence, shared by all its citations.
  const studies = new Map<string, { quotes: string[]; sentences: [number, number][] }>();
  for (const n of stored.nodes)
    if (n.attributes.kind === "Study") {
      const { text, sentences } = n.attributes;
      studies.set(n.key, { sentences, quotes: sentences.map(([start, end]) => text.slice(start, end)) });
    }
  const expand = (evidence: StoredEvidence): Evidence[] => {
    const out: Evidence[] = [];
    for (const study in evidence) {
      const { quotes, sentences } = studies.get(study)!;
      for (const ref of evidence[study]!) {
        const [start, end] = sentences[ref[0]]!;
        const e: Evidence = { study, quote: quotes[ref[0]]!, start, end };
        if (ref.length === 3) e.mention = { start: start + ref[1], end: start + ref[2] };
        out.push(e);
      }
    }
    return out;
  };
  return {
    attributes: stored.attributes,
    options: stored.options,
    nodes: stored.nodes.map(({ key, attributes }) => {
      if (attributes.kind !== "Study")
        return { key, attributes: { ...attributes, evidence: expand(attributes.evidence) } };
      const { sentences: _, textLength: __, ...study } = attributes;
      return { key, attributes: { ...study, evidence: expand(study.evidence) } satisfies StudyNodeAttributes };
    }),
    edges: stored.edges.map(({ key, source, target, attributes }) => ({
      key: key ?? edgeKey(attributes.kind, source, target),
      source,
      target,
      attributes: { ...attributes, evidence: expand(attributes.evidence) },
    })),
  };
}
