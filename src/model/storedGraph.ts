// The graph file as written (format version 2): each study's text and the sentences evidence cites are kept once, in
// the study's node; an evidence is a reference to one of them. The single source of truth for graph.json.
import { z } from "zod";
import { FORMAT_VERSION } from "./kinds.js";
import { keyPrefix } from "./ids.js";
import { checkEdgeEnds, checkNodeKeys } from "./nodeKeys.js";
import { EdgeAttributes, EntityNodeAttributes, GraphOptions, NodeKey, StudyNodeAttributes } from "./schema.js";

const Offset = z.number().int().nonnegative();

/** A sentence of a study: `[start, end]` in the study's text, in UTF-16 code units as String.prototype.slice counts. */
const SentenceSpan = z.tuple([Offset, Offset]).refine(([start, end]) => end > start, {
  message: "a sentence must end after it starts",
});

/**
 * One citation of a study: `[sentence]`, the index of the sentence in the study's `sentences`, or
 * `[sentence, start, end]` with the words that name the node, counted from the sentence's first character. This is
 * the shape the published JSON Schema gives; `EvidenceRef` checks it.
 */
export const EvidenceRefShape = z.union([z.tuple([Offset]), z.tuple([Offset, Offset, Offset])]);
export type EvidenceRef = z.infer<typeof EvidenceRefShape>;

const isOffset = (x: unknown) => Number.isInteger(x) && (x as number) >= 0;

/**
 * `EvidenceRefShape` checked by one function: a corpus has hundreds of thousands of references, and a union of
 * tuples costs the page several times as long to check them (as `npm run bench:viewer` showed).
 */
export const EvidenceRef = z.custom<EvidenceRef>(
  (r) =>
    Array.isArray(r) &&
    (r.length === 1 || (r.length === 3 && (r[2] as number) >= (r[1] as number))) &&
    r.every(isOffset),
  { message: "a reference is [sentence] or [sentence, mentionStart, mentionEnd] in whole numbers, the end not first" },
);

/** The evidence of a node or relation, by study key (`study:…`): its quote is the cited sentence of that study. */
export const StoredEvidence = z.record(z.string().startsWith(`${keyPrefix("Study")}:`), z.array(EvidenceRef).min(1));
export type StoredEvidence = z.infer<typeof StoredEvidence>;

const StoredStudyNodeAttributes = StudyNodeAttributes.extend({
  evidence: StoredEvidence,
  /** The sentences of `text` that evidence cites, in order; an evidence names one by its index here. */
  sentences: z.array(SentenceSpan),
  /** Set, with `text` left empty, where the texts are kept apart (the page's structure file, `./pageFiles.ts`). */
  textLength: z.number().int().nonnegative().optional(),
});
const StoredEntityNodeAttributes = EntityNodeAttributes.extend({ evidence: StoredEvidence });
const StoredNodeAttributes = z.discriminatedUnion("kind", [StoredStudyNodeAttributes, StoredEntityNodeAttributes]);
export type StoredNodeAttributes = z.infer<typeof StoredNodeAttributes>;

const StoredEdgeAttributes = EdgeAttributes.extend({
  evidence: StoredEvidence.refine((e) => Object.keys(e).length > 0, { message: "a relation needs evidence" }),
});

const StoredNode = z.object({ key: NodeKey, attributes: StoredNodeAttributes });
/** graphology's serialized edge; the key is left out when it is the usual `<KIND>|<source>|<target>` (`edgeKey`). */
const StoredEdge = z.object({
  key: z.string().optional(),
  source: NodeKey,
  target: NodeKey,
  attributes: StoredEdgeAttributes,
});

/** graphology's `graph.export()` form, with evidence by reference. */
export const StoredGraphFile = z
  .object({
    attributes: z.object({ name: z.string(), formatVersion: z.literal(FORMAT_VERSION) }),
    options: GraphOptions,
    nodes: z.array(StoredNode),
    edges: z.array(StoredEdge),
  })
  .superRefine((g, ctx) => {
    const keys = checkNodeKeys(g.nodes, ctx);
    /** Per study: its text's length and its sentences, to check every reference against. */
    const studies = new Map<string, { length: number; sentences: [number, number][] }>();
    g.nodes.forEach((n, i) => {
      if (n.attributes.kind !== "Study") return;
      const { text, sentences, textLength } = n.attributes;
      const length = textLength ?? text.length;
      studies.set(n.key, { length, sentences });
      sentences.forEach(([, end], j) => {
        if (end > length)
          ctx.addIssue({
            code: "custom",
            path: ["nodes", i, "attributes", "sentences", j],
            message: `sentence ends at ${end}, after the text's end (${length})`,
          });
      });
    });
    const checkEvidence = (evidence: StoredEvidence, path: (string | number)[]) => {
      for (const [study, refs] of Object.entries(evidence)) {
        const s = studies.get(study);
        if (!s) {
          ctx.addIssue({ code: "custom", path: [...path, "evidence", study], message: `unknown study ${study}` });
          continue;
        }
        refs.forEach((ref, j) => {
          const sentence = s.sentences[ref[0]];
          const at = [...path, "evidence", study, j];
          if (!sentence) ctx.addIssue({ code: "custom", path: at, message: `${study} has no sentence ${ref[0]}` });
          else if (ref.length === 3 && ref[2] > sentence[1] - sentence[0])
            ctx.addIssue({ code: "custom", path: at, message: `the mention ends after sentence ${ref[0]}` });
        });
      }
    };
    g.nodes.forEach((n, i) => checkEvidence(n.attributes.evidence, ["nodes", i, "attributes"]));
    g.edges.forEach((e, i) => {
      checkEdgeEnds(e, i, keys, ctx);
      checkEvidence(e.attributes.evidence, ["edges", i, "attributes"]);
    });
  });
export type StoredGraphFile = z.infer<typeof StoredGraphFile>;
