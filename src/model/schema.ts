// The graph file format: the single source of truth for graph-data/graph.json and its TypeScript types.
import { z } from "zod";

export const NODE_KINDS = [
  "Study",
  "City",
  "Province",
  "Country",
  "Organization",
  "Project",
  "Person",
  "Theory",
  "Method",
  "Concept",
] as const;
export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;

/**
 * Relation kinds. Direction is source -> target, read as a sentence: "Berlin LOCATED_IN Germany".
 * SISTER_CITY_OF and COOPERATES_WITH are symmetric and stored once, source key < target key.
 */
export const EDGE_KINDS = [
  "SISTER_CITY_OF", // city/province <-> city/province: a twinning (sister city / kota kembar) between them
  "COOPERATES_WITH", // city/province <-> city/province: cooperation a study does not call twinning
  "LOCATED_IN", // city/province -> country, city -> province
  "PART_OF", // organization -> the government, city or province it belongs to
  "FUNDS", // funder -> project or partnership it pays for
  "PARTICIPATES_IN", // organization, city or person -> project
  "FOCUSES_ON", // study -> concept or field it centres on (from title and keywords)
  "AUTHORED", // person -> study
  "APPLIES", // study -> theory or method it uses
  "PROPOSED_BY", // theory -> person who proposed it
  "MENTIONS", // study -> anything else it names
] as const;
export const EdgeKind = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKind>;

/** The relation kinds that read the same both ways; the graph stores each once, source key < target key. */
export const SYMMETRIC_EDGE_KINDS = ["SISTER_CITY_OF", "COOPERATES_WITH"] as const satisfies readonly EdgeKind[];

export const LANGUAGES = ["id", "en", "mixed", "unknown"] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** A span of a study file in UTF-16 code units, as String.prototype.slice counts them. */
export const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: "end must not be before start" });
export type Span = z.infer<typeof Span>;

/** Where a fact comes from: the study and the sentence, verbatim, with its offsets in the study file. */
export const Evidence = z
  .object({
    study: z.string().startsWith("study:"),
    quote: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    /** The words inside the quote that name the node (absolute offsets in the study file), for highlighting. */
    mention: Span.optional(),
  })
  .refine((e) => e.end - e.start === e.quote.length, { message: "end - start must equal the quote's length" });
export type Evidence = z.infer<typeof Evidence>;

export const Period = z
  .object({ from: z.number().int(), to: z.number().int() })
  .refine((p) => p.to >= p.from, { message: "period.to must not be before period.from" });
export type Period = z.infer<typeof Period>;

const nodeBase = {
  label: z.string().min(1),
  aliases: z.array(z.string()),
  evidence: z.array(Evidence),
  /** Layout position, computed when the graph is built (ForceAtlas2 then noverlap) so the picture is stable. */
  x: z.number(),
  y: z.number(),
};

export const StudyNodeAttributes = z.object({
  kind: z.literal("Study"),
  ...nodeBase,
  file: z.string(),
  title: z.string(),
  authors: z.array(z.string()),
  studentNumber: z.string().optional(),
  year: z.number().int().optional(),
  url: z.string().optional(),
  period: Period.optional(),
  language: Language,
  /** The whole study file, so the viewer can show it; evidence offsets index into it. */
  text: z.string(),
});
export type StudyNodeAttributes = z.infer<typeof StudyNodeAttributes>;

export const EntityNodeAttributes = z.object({
  kind: NodeKind.exclude(["Study"]),
  ...nodeBase,
  /** Places only: from the gazetteer. */
  geonameId: z.number().int().optional(),
  countryCode: z.string().length(2).optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type EntityNodeAttributes = z.infer<typeof EntityNodeAttributes>;

export const NodeAttributes = z.discriminatedUnion("kind", [StudyNodeAttributes, EntityNodeAttributes]);
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.object({
  kind: EdgeKind,
  evidence: z.array(Evidence).min(1),
  /** The years the studies give for the relation, e.g. "2019-2023". */
  period: Period.optional(),
  /** The year a study says the relation began ("sejak 1994", "since 1994"). */
  since: z.number().int().optional(),
  /**
   * True when no sentence states the relation and it comes from the gazetteer (a place of the study lies in a country
   * the study names); its evidence is the sentences that name each end.
   */
  inferred: z.literal(true).optional(),
});
export type EdgeAttributes = z.infer<typeof EdgeAttributes>;

export const GraphAttributes = z.object({
  name: z.string(),
  formatVersion: z.literal(1),
});
export type GraphAttributes = z.infer<typeof GraphAttributes>;

/** Node keys are `<kind in lower case>:<slug>`, e.g. `city:jakarta`, `study:000_44789724b3adc80f`. */
export const NodeKey = z
  .string()
  .regex(/^(study|city|province|country|organization|project|person|theory|method|concept):\S+$/, {
    message: "node key must be <kind in lower case>:<slug>",
  });

export const SerializedNode = z.object({ key: NodeKey, attributes: NodeAttributes });
export const SerializedEdge = z.object({
  key: z.string(),
  source: NodeKey,
  target: NodeKey,
  attributes: EdgeAttributes,
});

/** graphology's `graph.export()` form. */
export const GraphFile = z
  .object({
    attributes: GraphAttributes,
    options: z.object({ type: z.literal("directed"), multi: z.literal(true), allowSelfLoops: z.literal(false) }),
    nodes: z.array(SerializedNode),
    edges: z.array(SerializedEdge),
  })
  .superRefine((g, ctx) => {
    const keys = new Set<string>();
    g.nodes.forEach((n, i) => {
      if (keys.has(n.key))
        ctx.addIssue({ code: "custom", path: ["nodes", i, "key"], message: `duplicate node ${n.key}` });
      keys.add(n.key);
      if (n.key.split(":")[0] !== n.attributes.kind.toLowerCase())
        ctx.addIssue({
          code: "custom",
          path: ["nodes", i, "key"],
          message: `key prefix does not match kind ${n.attributes.kind}`,
        });
    });
    const checkEvidence = (evidence: Evidence[], path: (string | number)[]) =>
      evidence.forEach((ev, j) => {
        if (!keys.has(ev.study))
          ctx.addIssue({
            code: "custom",
            path: [...path, "evidence", j, "study"],
            message: `unknown study ${ev.study}`,
          });
      });
    g.nodes.forEach((n, i) => checkEvidence(n.attributes.evidence, ["nodes", i, "attributes"]));
    g.edges.forEach((e, i) => {
      for (const end of ["source", "target"] as const)
        if (!keys.has(e[end]))
          ctx.addIssue({ code: "custom", path: ["edges", i, end], message: `unknown node ${e[end]}` });
      checkEvidence(e.attributes.evidence, ["edges", i, "attributes"]);
    });
  });
export type GraphFile = z.infer<typeof GraphFile>;
