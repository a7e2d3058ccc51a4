// Name patterns shared by the rules: a capitalised word, a run of them, a person as cited, and the check that a run of
// capitalised words names a person rather than a place, a term of the field or a common word.
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { isCommonWord, PRIORITY, type Lexicon } from "../lexicon/index.js";
import type { Mention } from "./mention.js";
import { foldName } from "../normalize.js";

/**
 * A capitalised word; a dot only inside it ("U.S") or after an initial ("J. Tavares"), never the sentence's full stop.
 * Digits are decimal ones: affiliation marks ("Isnarti¹", "²Andalas University") are no part of a name.
 */
export const NAME_WORD =
  "(?<![\\p{L}\\p{Nd}.'’-])(?:(?:\\p{Lu}\\.)+(?=[ \\t])|[\\p{Lu}\\p{Nd}](?:[\\p{L}\\p{Nd}'’&]|\\.(?=\\p{L}))*)(?:-[\\p{L}\\p{Nd}]+)*";
/** A run of capitalised words, with the small words names carry inside ("University of Tokyo", "Bank of Japan"). */
export const RUN = `${NAME_WORD}(?:[ \\t]+(?:(?:of|for|the|de|van|der|von|al|&)[ \\t]+)?${NAME_WORD})*`;
/** A person as cited: "Tavares", "Nicholas Cull", "J. N. Rosenau". */
const PERSON = `${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2}`;
/** Two persons: "Keohane dan Nye", "Miles and Huberman", "Hooghe & Marks". */
export const PERSONS = `${PERSON}(?:[ \\t]*(?:,|dan|and|&)[ \\t]+${PERSON})?`;
/** Up to four persons of a citation: "Keohane, Nye dan Hoffmann". */
export const PERSON_LIST = `${PERSON}(?:[ \\t]*(?:,|;|dan|and|&)[ \\t]*(?:dan[ \\t]+|and[ \\t]+)?${PERSON}){0,3}`;

const GENERATION = /^(?:II|III|IV|Jr|Sr)\.?$/;

/**
 * Persons in "Miles dan Huberman" or "Nicholas Cull": capitalised words that are no place, term or common word.
 * A cited scholar is keyed by surname, so "Nye" and "Joseph Nye" are one person. One word that is not a name spoils
 * the whole list, so a place or a theory is never half-read as a person.
 */
export function personsIn(lex: Lexicon, start: number, names: string, sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  const nameRe = new RegExp(PERSON, "gu");
  for (let m = nameRe.exec(names); m; m = nameRe.exec(names)) {
    const name = m[0].replace(/['’]s?$/, "").replace(/\.$/, "");
    const written = name.split(/[ \t]+/);
    // "George C. Edwards III", "Joseph Nye Jr": the generation is part of the label, not of the key.
    const words = written.length > 1 && GENERATION.test(written[written.length - 1]) ? written.slice(0, -1) : written;
    for (const word of words) {
      const f = foldName(word);
      if (
        word.length < 2 ||
        !/^\p{L}/u.test(word) || // a number ("(18320014)" read as a citation), not a name
        isCommonWord(f) ||
        lex.phrases.has(f) ||
        (lex.cities.get(f)?.[0]?.population ?? 0) >= 100_000 ||
        /^\p{Lu}{2,}$/u.test(word) // an acronym, not a name
      )
        return [];
    }
    if (/^\p{Lu}\.?$/u.test(words[words.length - 1])) return []; // ends on an initial: not a whole name
    const s = start + m.index;
    out.push({
      kind: "Person",
      key: nodeKey("Person", words[words.length - 1]),
      label: name,
      start: s,
      end: s + name.length,
      sentence,
      priority: PRIORITY.cued,
    });
  }
  return out;
}
