// The gold file of an evaluation: the entities and relations a reader found in the studies, validated with zod.
import { z } from "zod";
import { describeIssues, EdgeKind, NodeKind } from "../model/index.js";

/** Names are alternatives ("Makassar", "Kota Makassar"); `@study:<file stem>` names the study node of that file. */
const GoldNames = z.array(z.string().trim().min(1, "a name must not be empty")).min(1, "give at least one name");
type GoldNames = z.infer<typeof GoldNames>;

export const STUDY_NAME_PREFIX = "@study:";

export const GoldEntity = z.looseObject({ kind: NodeKind, names: GoldNames }).superRefine((e, ctx) => {
  if (e.kind === "Study") return;
  e.names.forEach((name, i) => {
    if (name.startsWith(STUDY_NAME_PREFIX))
      ctx.addIssue({
        code: "custom",
        path: ["names", i],
        message: `"${name}" names a study, but this entity is a ${e.kind}; give it kind "Study"`,
      });
  });
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldRelation = z.looseObject({ kind: EdgeKind, a: GoldNames, b: GoldNames });
export type GoldRelation = z.infer<typeof GoldRelation>;

/** Other keys (notes, the annotator's name) are allowed and ignored. */
export const Gold = z.looseObject({
  /** The node kinds whose every node the gold lists, so that a node outside the gold is an error: precision. */
  precisionKinds: z.array(NodeKind),
  entities: z.array(GoldEntity),
  relations: z.array(GoldRelation),
});
export type Gold = z.infer<typeof Gold>;

export class GoldFileError extends Error {
  override name = "GoldFileError";
}

/** Validates already-parsed JSON as a gold file; the error names `file` and the path at fault. */
export function parseGold(json: unknown, file: string): Gold {
  const result = Gold.safeParse(json);
  if (!result.success) throw new GoldFileError(`${file} is not a valid gold file:\n${describeIssues(result.error)}`);
  return result.data;
}
