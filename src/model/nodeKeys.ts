// One check of a graph file's node keys, for both forms of the file: each key once, its prefix its kind's.
import type { z } from "zod";
import { keyPrefix, prefixOfKey } from "./ids.js";
import type { NodeKind } from "./schema.js";

/** Adds an issue for each repeated key and each key whose prefix is not its kind's; gives the set of keys. */
export function checkNodeKeys(
  nodes: Array<{ key: string; attributes: { kind: NodeKind } }>,
  ctx: z.RefinementCtx,
): Set<string> {
  const keys = new Set<string>();
  nodes.forEach((n, i) => {
    if (keys.has(n.key))
      ctx.addIssue({ code: "custom", path: ["nodes", i, "key"], message: `duplicate node ${n.key}` });
    keys.add(n.key);
    if (prefixOfKey(n.key) !== keyPrefix(n.attributes.kind))
      ctx.addIssue({
        code: "custom",
        path: ["nodes", i, "key"],
        message: `key prefix does not match kind ${n.attributes.kind}`,
      });
  });
  return keys;
}
