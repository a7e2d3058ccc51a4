// Facts extracted from one study, each with its evidence: what the graph builder merges into nodes and edges.
// Their types come from the graph file's schema, so a fact carries exactly what its node or edge will.
import { z } from "zod";
import { EdgeAttributes, EntityNodeAttributes, Evidence, Geo, NodeKey, StudyNodeAttributes } from "../model/index.js";

export const EntityFact = EntityNodeAttributes.pick({ kind: true, label: true }).extend({
  key: NodeKey,
  /** The words as the study wrote them, markdown removed. */
  alias: z.string(),
  evidence: Evidence,
  geo: Geo.optional(),
});
export type EntityFact = z.infer<typeof EntityFact>;

/** One sentence's relation; `inferred` when the gazetteer, not a sentence, states it (see EdgeAttributes). */
export const RelationFact = EdgeAttributes.pick({ kind: true, period: true, since: true, inferred: true }).extend({
  source: NodeKey,
  target: NodeKey,
  evidence: Evidence,
});
export type RelationFact = z.infer<typeof RelationFact>;

/** The study node's own attributes, and its key. */
const StudyRecord = StudyNodeAttributes.omit({
  kind: true,
  label: true,
  aliases: true,
  evidence: true,
  x: true,
  y: true,
}).extend({ key: NodeKey });
type StudyRecord = z.infer<typeof StudyRecord>;

export interface StudyFacts {
  study: StudyRecord;
  entities: EntityFact[];
  relations: RelationFact[];
  warnings: string[];
}
