// Concepts named with "konsep"/"the concept of" and their proposer, outside the vocabulary: "konsep motif
// paradiplomasi yang diajukan oleh Francisco Aldecoa dan Michael Keating", 'konsep "The Predominant Motive of
// Paradiplomacy" oleh Kuznetsov'. Without a proposer the words after "konsep" are too loose to be a name.
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { cueAlternatives, PROPOSER_WORDS } from "../cues.js";
import { PRIORITY, type Lexicon } from "../lexicon/index.js";
import { foldName } from "../normalize.js";
import type { Mention } from "./mention.js";
import { PERSONS, personsIn } from "./names.js";

const CUE = /\b(?:[Kk]onsep|[Cc]oncept[ \t]+of|[Tt]he[ \t]+concept[ \t]+of)[ \t]+/gu;
/** A quoted name, or the fewest words (up to five) that a proposer's cue follows. */
const NAME_THEN_PROPOSER = new RegExp(
  `^(["“][^"”]{3,80}["”]|(?:[\\p{L}'’-]+[ \\t]+){0,4}?[\\p{L}'’-]+)[ \\t]*,?[ \\t]*(?:${cueAlternatives(PROPOSER_WORDS)})[ \\t]+(${PERSONS})`,
  "u",
);

export function namedConcepts(lex: Lexicon, masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  if (!/konsep|concept/i.test(sm)) return [];
  const out: Mention[] = [];
  CUE.lastIndex = 0;
  for (let c = CUE.exec(sm); c; c = CUE.exec(sm)) {
    const from = c.index + c[0].length;
    const m = NAME_THEN_PROPOSER.exec(sm.slice(from));
    if (!m) continue;
    const name = m[1].replace(/^["“]|["”]$/g, "").trim();
    const fold = foldName(name);
    if (!fold || lex.phrases.has(fold)) continue; // the vocabulary's concepts have their own reading
    const start = sentence.start + from;
    const proposers = personsIn(lex, start + m[0].length - m[2].length, m[2], sentence);
    if (!proposers.length) continue;
    const label = name.charAt(0).toUpperCase() + name.slice(1);
    out.push({
      kind: "Concept",
      key: nodeKey("Concept", label),
      label,
      start,
      end: proposers[proposers.length - 1].end,
      name: { start, end: start + m[1].length },
      sentence,
      priority: PRIORITY.cued - 1,
      proposers,
    });
  }
  return out;
}
