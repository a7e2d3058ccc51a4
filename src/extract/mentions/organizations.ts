// Organizations named by a cue word before ("Dinas …") or after ("… University"); the place in the name is kept.
import { nodeKey } from "../../model/index.js";
import { PRIORITY } from "../lexicon/index.js";
import { ORG_PREFIXES, ORG_SUFFIXES } from "../lexicon/organizations.js";
import { at, cuePattern, each, type MentionContext } from "./context.js";
import { DOCUMENT_WORD, dropDeterminer, tooLong, type Mention } from "./mention.js";
import { RUN } from "./names.js";

export const ORG_PREFIX_RE = new RegExp(`\\b(${cuePattern(ORG_PREFIXES)})[ \\t]+(${RUN})`, "gu");
const ORG_PREFIX_GATE = new RegExp(ORG_PREFIXES.map((p) => p.split(" ")[0]).join("|"), "i");
export const ORG_SUFFIX_RE = new RegExp(
  `(${RUN})[ \\t]+(${ORG_SUFFIXES.map((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())).join("|")})\\b`,
  "gu",
);
const ORG_SUFFIX_GATE = new RegExp(ORG_SUFFIXES.map((p) => p.split(" ")[0]).join("|"), "i");

export function organization(
  ctx: MentionContext,
  start: number,
  end: number,
  placeFrom: number,
  placeTo: number,
): Mention | undefined {
  const { masked, sentence } = ctx;
  // A name stops before the document it issued: "Ministry of Foreign Affairs Regulation No. 9".
  const doc = DOCUMENT_WORD.exec(masked.slice(placeFrom, end));
  if (doc) end = placeFrom + doc.index;
  if (end <= placeFrom) return;
  const label = masked.slice(start, end).replace(/\s+/g, " ").trim();
  if (tooLong(label)) return;
  const key = nodeKey("Organization", label);
  const within = ctx.placesIn(placeFrom, placeTo);
  return { kind: "Organization", key, label, start, end, sentence, priority: PRIORITY.cued, within };
}

export function organizations(ctx: MentionContext): Mention[] {
  const { sentence } = ctx;
  return [
    ...each(ctx, ORG_PREFIX_RE, ORG_PREFIX_GATE, (m) => {
      const start = sentence.start + m.index;
      return organization(ctx, start, start + m[0].length, at(ctx, m, 2), start + m[0].length);
    }),
    ...each(ctx, ORG_SUFFIX_RE, ORG_SUFFIX_GATE, (m) => {
      const [start, name] = dropDeterminer(sentence.start + m.index, m[1]);
      return organization(ctx, start, sentence.start + m.index + m[0].length, start, start + name.length);
    }),
  ];
}
