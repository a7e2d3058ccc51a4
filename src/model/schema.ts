// The graph file format: the single source of truth for graph-data/graph.json and its TypeScript types.
import type Graph from "graphology";
import { z } from "zod";
import { EDGE_KINDS, ENTITY_KINDS, FORMAT_VERSION, GRAPH_OPTIONS, NODE_KINDS, PLACE_KINDS } from "./kinds.js";
import { keyPrefix } from "./ids.js";
import { checkEdgeEnds, checkNodeKeys } from "./nodeKeys.js";

export const NodeKind = z.enum(NODE_KINDS);
export type NodeKind = z.infer<typeof NodeKind>;
export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;
export const PlaceKind = z.enum(PLACE_KINDS);
export type PlaceKind = z.infer<typeof PlaceKind>;
export const EdgeKind = z.enum(EDGE_KINDS);
export type EdgeKind = z.infer<typeof EdgeKind>;

const LANGUAGES = ["id", "en", "mixed", "unknown"] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** A span of a study file in UTF-16 code units, as String.prototype.slice counts them. */
const Span = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((s) => s.end >= s.start, { message: "end must not be before start" });
type Span = z.infer<typeof Span>;

/** Where a fact comes from: the study and the sentence, verbatim, with its offsets in the study file. */
export const Evidence = z
  .object({
    study: z.string().startsWith(`${keyPrefix("Study")}:`),
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

/** Where the gazetteer puts a node of a GEO_KINDS kind; other kinds have none of it. */
export const Geo = z.object({
  geonameId: z.number().int().optional(),
  countryCode: z.string().length(2).optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
});
export type Geo = z.infer<typeof Geo>;

export const EntityNodeAttributes = z.object({
  kind: EntityKind,
  ...nodeBase,
  ...Geo.shape,
});
export type EntityNodeAttributes = z.infer<typeof EntityNodeAttributes>;

export const NodeAttributes = z.discriminatedUnion("kind", [StudyNodeAttributes, EntityNodeAttributes]);
export type NodeAttributes = z.infer<typeof NodeAttributes>;

export const EdgeAttributes = z.object({
  kind: EdgeKind,
  evidence: z.array(Evidence).min(1),
  /**
   * The years studied: the union of the research periods of the studies that give the relation (2017-2020 and
   * 2019-2023 make 2017-2023), not the relation's own duration; `since` is when it began.
   */
  period: Period.optional().describe(
    "The years studied: the union of the research periods of the studies that give the relation " +
      "(2017-2020 and 2019-2023 make 2017-2023), not the relation's own duration; `since` is when it began.",
  ),
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
  formatVersion: z.literal(FORMAT_VERSION),
});
export type GraphAttributes = z.infer<typeof GraphAttributes>;

/** graphology's options, the same in both forms of the file. */
export const GraphOptions = z.object({
  type: z.literal(GRAPH_OPTIONS.type),
  multi: z.literal(GRAPH_OPTIONS.multi),
  allowSelfLoops: z.literal(GRAPH_OPTIONS.allowSelfLoops),
});

/** Node keys are `<kind in lower case>:<slug>`, e.g. `city:jakarta`, `study:000_44789724b3adc80f`. */
export const NodeKey = z.string().regex(new RegExp(`^(?:${NODE_KINDS.map(keyPrefix).join("|")}):\\S+$`), {
  message: "node key must be <kind in lower case>:<slug>",
});

const SerializedNode = z.object({ key: NodeKey, attributes: NodeAttributes });
const SerializedEdge = z.object({
  key: z.string(),
  source: NodeKey,
  target: NodeKey,
  attributes: EdgeAttributes,
});

/**
 * graphology's `graph.export()` form with every evidence spelled out (its quote beside its offsets): the graph as the
 * builder, the exports, the evaluation and the page hold it in memory, and the layout of a version-1 file. A file is
 * written in the compact form of `./storedGraph.ts`.
 */
const expandedGraphFile = <V extends number>(formatVersion: z.ZodLiteral<V>) =>
  z
    .object({
      attributes: GraphAttributes.extend({ formatVersion }),
      options: GraphOptions,
      nodes: z.array(SerializedNode),
      edges: z.array(SerializedEdge),
    })
    .superRefine((g, ctx) => {
      const keys = checkNodeKeys(g.nodes, ctx);
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
        checkEdgeEnds(e, i, keys, ctx);
        checkEvidence(e.attributes.evidence, ["edges", i, "attributes"]);
      });
    });
export const GraphFile = expandedGraphFile(z.literal(FORMAT_VERSION));
export type GraphFile = z.infer<typeof GraphFile>;
/** A file written before evidence referred to its study's sentences: read, then converted (`upgradeGraphFile`). */
export const GraphFileV1 = expandedGraphFile(z.literal(1));

/** A graph file read into graphology: the one in-memory graph of the builder, the exports, the evaluation and the page. */
export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
