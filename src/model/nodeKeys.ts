// The checks of a graph file's keys, for both forms of the file: each node key once, its prefix its kind's, and
// every edge between known nodes.
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

/** Adds an issue for each end of edge `i` that is not a node of the file. */
export function checkEdgeEnds(
  e: { source: string; target: string },
  i: number,
  keys: ReadonlySet<string>,
  ctx: z.RefinementCtx,
): void {
  for (const end of ["source", "target"] as const)
    if (!keys.has(e[end])) ctx.addIssue({ code: "custom", path: ["edges", i, end], message: `unknown node ${e[end]}` });
}
