// The legend of an exported image: the node kinds drawn, in the kinds' order, with their names and colours.
import { NODE_KINDS, type NodeKind } from "../../../model/index.js";
import { nodeKindName, t, type Lang } from "../i18n/messages.js";
import { NODE_COLORS } from "./palette.js";

export interface Legend {
  title: string;
  entries: Array<{ kind: NodeKind; name: string; color: string }>;
}

export function legendOf(kinds: Iterable<NodeKind>, lang: Lang): Legend {
  const present = new Set(kinds);
  return {
    title: t(lang, "nodeKinds"),
    entries: NODE_KINDS.filter((k) => present.has(k)).map((kind) => ({
      kind,
      name: nodeKindName(lang, kind),
      color: NODE_COLORS[kind],
    })),
  };
}
