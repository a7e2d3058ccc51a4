// Projects: the name after "proyek"/"program" or before "Project"; a bare place or concept is no project name.
import { nodeKey } from "../../model/index.js";
import { isCommonWord, PRIORITY } from "../lexicon/index.js";
import { foldName } from "../normalize.js";
import { at, each, type MentionContext } from "./context.js";
import { dropDeterminer, tooLong, type Mention } from "./mention.js";
import { NAME_WORD } from "./names.js";

/** Project names may join words with "and": "Surabaya Green and Clean". */
const PROJECT_RUN = `${NAME_WORD}(?:[ \\t]+(?:(?:of|for|the|and|&)[ \\t]+)?${NAME_WORD})*`;
export const PROJECT_PREFIX_RE = new RegExp(
  `\\b([Pp]royek|[Pp]roject|[Pp]rogram|[Pp]rogramme|[Ii]nisiatif|[Ii]nitiative)[ \\t]+(${PROJECT_RUN})`,
  "gu",
);
const PROJECT_PREFIX_GATE = /proyek|project|program|inisiatif|initiative/i;
export const PROJECT_SUFFIX_RE = new RegExp(`(${PROJECT_RUN})[ \\t]+(Project|Programme|Program|Initiative)\\b`, "gu");
const PROJECT_SUFFIX_GATE = /Project|Program|Initiative/;

export function project(ctx: MentionContext, start: number, end: number): Mention | undefined {
  const { lex, masked, sentence } = ctx;
  const name = masked.slice(start, end).replace(/\s+/g, " ");
  if (tooLong(name)) return;
  const fold = foldName(name);
  const hits = lex.phrases.get(fold);
  if (hits?.length || lex.cities.has(fold) || isCommonWord(fold)) return;
  return {
    kind: "Project",
    key: nodeKey("Project", name),
    label: name,
    start,
    end,
    sentence,
    priority: PRIORITY.cued,
  };
}

export function projects(ctx: MentionContext): Mention[] {
  return [
    ...each(ctx, PROJECT_PREFIX_RE, PROJECT_PREFIX_GATE, (m) =>
      project(ctx, at(ctx, m, 2), at(ctx, m, 2) + m[2].length),
    ),
    ...each(ctx, PROJECT_SUFFIX_RE, PROJECT_SUFFIX_GATE, (m) => {
      const [start, name] = dropDeterminer(ctx.sentence.start + m.index, m[1]);
      return project(ctx, start, start + name.length);
    }),
  ];
}
