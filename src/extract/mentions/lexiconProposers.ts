// The scholar named with a theory or concept of the vocabulary: "the norm life cycle of Finnemore and Sikkink",
// "Rosenau's linkage politics", "soft power oleh Joseph Nye". The cue rules read their own proposers; this reads
// those of the terms the lexicon found, where a cue word or a possessive stands between the term and the names.
import type { Sentence } from "../../studies/sentences.js";
import { cueAlternatives, PROPOSER_WORDS } from "../cues.js";
import type { Lexicon } from "../lexicon/index.js";
import type { Mention } from "./mention.js";
import { NAME_WORD, PERSONS, personsIn } from "./names.js";
import { possessiveBefore } from "./theories.js";

/**
 * "of", "from", "dari" and "milik" also join a concept to a place ("sister city of Lismore", "konsep dari daerah"):
 * after a concept only the words that say who proposed it count.
 */
const LOOSE = new Set(["of", "from", "dari", "milik"]);
/** "Complex Interdependence concept, as it was revealed by": the kind of term may stand between it and the cue. */
const KIND_WORD = "(?:[ \\t]+(?:concept|theory|approach|framework|konsep|teori))?";
const CUE_AFTER_THEORY = new RegExp(
  `^${KIND_WORD}[ \\t]*,?[ \\t]*(?:${cueAlternatives(PROPOSER_WORDS)})[ \\t]+(${PERSONS})`,
  "u",
);
const CUE_AFTER_CONCEPT = new RegExp(
  `^${KIND_WORD}[ \\t]*,?[ \\t]*(?:${cueAlternatives(PROPOSER_WORDS.filter((w) => !LOOSE.has(w)))})[ \\t]+(${PERSONS})`,
  "u",
);

/** "Keating's concept of paradiplomacy", "Duchacek's (1990) typology of": a possessive with the kind of term between. */
const POSSESSIVE_KIND = new RegExp(
  `(${NAME_WORD})['’]s?[ \\t]*(?:\\([ \\t]*(?:1[89]|20)\\d{2}[a-z]?[ \\t]*\\)[ \\t]*)?(?:concept|notion|idea|framework|typology|model|theory|approach|understanding)[ \\t]+of[ \\t]+(?:the[ \\t]+)?$`,
  "u",
);

function taken(mentions: Mention[], p: Mention): boolean {
  return mentions.some((m) => m.start < p.end && p.start < m.end);
}

/** The terms with their proposers, and the persons read; other mentions are returned as they are. */
export function lexiconProposers(lex: Lexicon, masked: string, sentence: Sentence, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const persons: Mention[] = [];
  for (const m of mentions) {
    if ((m.kind !== "Theory" && m.kind !== "Concept") || m.proposers?.length) {
      out.push(m);
      continue;
    }
    const cue = (m.kind === "Theory" ? CUE_AFTER_THEORY : CUE_AFTER_CONCEPT).exec(masked.slice(m.end, sentence.end));
    const after = cue ? personsIn(lex, m.end + cue[0].length - cue[1].length, cue[1], sentence) : [];
    // A possessive before a theory: "Putnam's two-level game"; before a concept it is as often a place's.
    const before = after.length
      ? []
      : m.kind === "Theory"
        ? possessiveBefore(masked, m.start, sentence)
        : possessiveKind(lex, masked, m.start, sentence);
    // A scholar already read as cited ("Keating (1999)") proposes the term as well; other words taken are no person.
    const proposers = [...after, ...before].filter((p) => !taken(mentions, p) || citedAs(mentions, p));
    out.push(proposers.length ? { ...m, proposers } : m);
    persons.push(...proposers.filter((p) => !taken(mentions, p)));
  }
  return [...out, ...persons].sort((a, b) => a.start - b.start);
}

function citedAs(mentions: Mention[], p: Mention): boolean {
  return mentions.some((m) => m.kind === "Person" && m.key === p.key && m.start < p.end && p.start < m.end);
}

function possessiveKind(lex: Lexicon, masked: string, at: number, sentence: Sentence): Mention[] {
  const before = masked.slice(Math.max(sentence.start, at - 60), at);
  // Most concepts have no possessive before them: the regex runs only where one may stand.
  if (!/\bof[ \t]+(?:the[ \t]+)?$/.test(before) || !/['’]/.test(before)) return [];
  const m = POSSESSIVE_KIND.exec(before);
  return m ? personsIn(lex, at - before.length + m.index, m[1], sentence) : [];
}
