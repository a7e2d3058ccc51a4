// Generates large, valid graphs of a given size for benchmarks (viewer, Neo4j): seeded, so the same every run.
import { EDGE_KINDS, NODE_KINDS, type GraphFile, type NodeKind } from "../../src/model/index.js";

/** mulberry32: a tiny seeded PRNG; Math.random would make benchmark inputs differ between runs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  nodes: number;
  edges: number;
  seed?: number;
}

const SENTENCE =
  "Kerja sama sister city antara Kota Alpha dan Kota Beta didanai oleh Uni Eropa pada periode 2019-2023.";

export function syntheticGraph({ nodes, edges, seed = 1 }: SyntheticOptions): GraphFile {
  const random = seededRandom(seed);
  const studyCount = Math.max(1, Math.round(nodes / 50));
  const text = Array.from({ length: 4 }, () => SENTENCE).join(" ");
  const evidence = (i: number) => {
    const study = `study:s${i % studyCount}`;
    const start = (SENTENCE.length + 1) * (i % 4);
    return [{ study, quote: SENTENCE, start, end: start + SENTENCE.length }];
  };
  const entityKinds = NODE_KINDS.filter((k) => k !== "Study") as Exclude<NodeKind, "Study">[];
  const out: GraphFile = {
    attributes: { name: `synthetic ${nodes} nodes ${edges} edges`, formatVersion: 1 },
    options: { type: "directed", multi: true, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
  for (let i = 0; i < studyCount; i++) {
    out.nodes.push({
      key: `study:s${i}`,
      attributes: {
        kind: "Study",
        label: `Study ${i}`,
        aliases: [],
        evidence: [],
        x: random() * 1000,
        y: random() * 1000,
        file: `s${i}.txt`,
        title: `Study ${i}`,
        authors: [`Author ${i}`],
        period: { from: 2000 + (i % 20), to: 2003 + (i % 20) },
        language: "id",
        text,
      },
    });
  }
  for (let i = studyCount; i < nodes; i++) {
    const kind = entityKinds[i % entityKinds.length];
    const geo = kind === "City" || kind === "Country" || kind === "Province";
    out.nodes.push({
      key: `${kind.toLowerCase()}:n${i}`,
      attributes: {
        kind,
        label: `${kind} ${i}`,
        aliases: [`${kind} ${i}`],
        evidence: evidence(i),
        x: random() * 1000,
        y: random() * 1000,
        ...(geo ? { lat: random() * 140 - 70, lon: random() * 360 - 180 } : {}),
      },
    });
  }
  const seen = new Set<string>();
  while (out.edges.length < edges) {
    const s = out.nodes[Math.floor(random() * nodes)].key;
    const t = out.nodes[Math.floor(random() * nodes)].key;
    const kind = EDGE_KINDS[Math.floor(random() * EDGE_KINDS.length)];
    const key = `${kind}|${s}|${t}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    out.edges.push({ key, source: s, target: t, attributes: { kind, evidence: evidence(out.edges.length) } });
  }
  return out;
}
