// Methods named after their authors: "model Miles dan Huberman", "pendekatan Creswell", "Yin's case study approach".
import { nodeKey } from "../../model/index.js";
import { PRIORITY } from "../lexicon/index.js";
import { at, each, type MentionContext } from "./context.js";
import type { Mention } from "./mention.js";
import { NAME_WORD, PERSONS, personsIn } from "./names.js";

const METHOD_NAMED_RE = new RegExp(
  `\\b([Mm]odel|[Pp]endekatan|[Aa]pproach|[Mm]etode|[Mm]ethod|[Tt]eknik|[Tt]echnique|[Kk]erangka|[Ff]ramework)[ \\t]+(?:(?:analisis|analisa|analysis|interaktif|interactive|data|penelitian|research|of)[ \\t]+)*(${PERSONS})`,
  "gu",
);
const METHOD_NAMED_GATE = /model|pendekatan|approach|metode|method|teknik|technique|kerangka|framework/i;
const METHOD_POSSESSIVE_RE = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+(?:and|&)[ \\t]+${NAME_WORD})?)['’]s?[ \\t]+((?:[a-z-]+[ \\t]+){0,3})(model|approach|method|framework)\\b`,
  "gu",
);
const METHOD_POSSESSIVE_GATE = /['’]s?\s.*(model|approach|method|framework)/;

function namedMethod(
  ctx: MentionContext,
  kindWord: string,
  namesStart: number,
  names: string,
  start: number,
  end: number,
  middle = "",
): Mention | undefined {
  const persons = personsIn(ctx.lex, namesStart, names, ctx.sentence);
  if (!persons.length) return;
  const noun = /model/i.test(kindWord)
    ? "model"
    : /pendekatan|approach/i.test(kindWord)
      ? "approach"
      : /kerangka|framework/i.test(kindWord)
        ? "framework"
        : "method";
  const label = [persons.map((p) => p.label).join(" and "), middle.trim(), noun].filter(Boolean).join(" ");
  return {
    kind: "Method",
    key: nodeKey("Method", label),
    label,
    start,
    end,
    sentence: ctx.sentence,
    priority: PRIORITY.cued,
    proposers: persons,
  };
}

export function namedMethods(ctx: MentionContext): Mention[] {
  const { sentence } = ctx;
  return [
    ...each(ctx, METHOD_NAMED_RE, METHOD_NAMED_GATE, (m) =>
      namedMethod(ctx, m[1], at(ctx, m, 2), m[2], sentence.start + m.index, sentence.start + m.index + m[0].length),
    ),
    ...each(ctx, METHOD_POSSESSIVE_RE, METHOD_POSSESSIVE_GATE, (m) =>
      namedMethod(
        ctx,
        m[3],
        sentence.start + m.index,
        m[1],
        sentence.start + m.index,
        sentence.start + m.index + m[0].length,
        m[2],
      ),
    ),
  ];
}
