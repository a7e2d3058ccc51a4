// Projects: the name after "proyek"/"program" or before "Project"; a bare place or concept is no project name.
import { ACTIVITY_WORDS } from "../lexicon/commonWords.js";
import { isCommonWord } from "../lexicon/index.js";
import { ORG_PREFIXES, ORG_SUFFIXES } from "../lexicon/organizations.js";
import { foldName } from "../normalize.js";
import { at, each, type MentionContext } from "./context.js";
import { dropDeterminer, projectMention, tooLong, type Mention } from "./mention.js";
import { NAME_WORD } from "./names.js";

/** Project names may join words with "and": "Surabaya Green and Clean". */
const PROJECT_RUN = `${NAME_WORD}\\+?(?:[ \\t]+(?:(?:of|for|the|and|&)[ \\t]+)?${NAME_WORD}\\+?)*`;
const PROJECT_PREFIX_RE = new RegExp(
  `\\b([Pp]royek|[Pp]roject|[Pp]rogram|[Pp]rogramme|[Ii]nisiatif|[Ii]nitiative)[ \\t]+(${PROJECT_RUN})`,
  "gu",
);
const PROJECT_PREFIX_GATE = /proyek|project|program|inisiatif|initiative/i;
// "the Saemaul Undong program": the kind of project is written in lower case as often as not.
const PROJECT_SUFFIX_RE = new RegExp(`(${PROJECT_RUN})[ \\t]+([Pp]roject|[Pp]rogramme|[Pp]rogram|Initiative)\\b`, "gu");
const PROJECT_SUFFIX_GATE = /project|program|Initiative/i;

function project(ctx: MentionContext, start: number, end: number): Mention | undefined {
  const { lex, masked, sentence } = ctx;
  // "the UCLG ASPAC CRIC programme", "JICA Clean City Project": the body that runs it is named first.
  start = afterKnownOrganization(ctx, start, end);
  const name = masked.slice(start, end).replace(/\s+/g, " ");
  if (tooLong(name)) return;
  const fold = foldName(name);
  const hits = lex.phrases.get(fold);
  if (hits?.length || lex.cities.has(fold) || isCommonWord(fold)) return;
  const words = fold.split(" ");
  // "Program Studi Hubungan Internasional", "International Relations Study Program", "program Faculty of …": an
  // academic unit, not a project.
  if (ACADEMIC_UNIT.test(fold) || OPENS_BODY.has(words[0])) return;
  // "United Nations Development Programme", "UN Environment Programme": a body of the United Nations, not a project.
  if (/^(?:united nations?|un)\b/.test(fold)) return;
  // "the Exchange Program", "a Student Exchange program": a kind of activity, not a named project.
  if (words.some((w) => ACTIVITY_WORDS.has(w)) && words.every((w) => ACTIVITY_WORDS.has(w) || isCommonWord(w))) return;
  // "Program Sister City Yogyakarta-Kyoto Tahun 2016-2021": the partnership itself, named by its term and places.
  if (startsWithTerm(ctx, words) && words.every((w) => isNamePart(ctx, w))) return;
  // "program Surabaya Green and Clean": the place a programme is named after takes part in it.
  return projectMention(name, start, end, sentence, ctx.placesIn(start, end));
}

/** Where a project's name starts when a known organization opens the words. */
function afterKnownOrganization(ctx: MentionContext, start: number, end: number): number {
  const words = [...ctx.masked.slice(start, end).matchAll(/\S+/g)];
  for (let n = Math.min(words.length - 1, 6); n >= 1; n--) {
    const f = foldName(
      words
        .slice(0, n)
        .map((w) => w[0])
        .join(" "),
    );
    if (ctx.lex.phrases.get(f)?.some((h) => h.kind === "Organization")) return start + words[n].index!;
  }
  return start;
}

const ACADEMIC_UNIT = /(?:^|\s)(?:studi|study)$|^studi\s/;
/** First words of bodies' names: a "program" followed by one is the body's ("Program Pascasarjana Universitas …"). */
const OPENS_BODY = new Set(
  [...ORG_PREFIXES, ...ORG_SUFFIXES, "faculty", "fakultas", "pascasarjana", "magister", "doktor", "sarjana"].map(
    (w) => foldName(w).split(" ")[0],
  ),
);

/** The name opens with a term of the vocabulary ("sister city", "kerja sama"). */
function startsWithTerm(ctx: MentionContext, words: string[]): boolean {
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--)
    if (ctx.lex.phrases.get(words.slice(0, n).join(" "))?.some((h) => h.kind === "Concept")) return true;
  return false;
}

/** A word of a term, a place, a year or a common word: what such a name is made of, beside its term. */
function isNamePart(ctx: MentionContext, word: string): boolean {
  return (
    /^\d+$/.test(word) ||
    isCommonWord(word) ||
    ctx.lex.phrases.has(word) ||
    ctx.lex.cities.has(word) ||
    ctx.lex.firstWords.has(word)
  );
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
