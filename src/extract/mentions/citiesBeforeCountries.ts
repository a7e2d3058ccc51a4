// Cities named just before their country ("Lismore, Australia"): the country is the cue.
import type { Sentence } from "../../studies/sentences.js";
import type { Lexicon } from "../lexicon/index.js";
import { foldName } from "../normalize.js";
import { cityMention, type Mention } from "./mention.js";
import { NAME_WORD } from "./names.js";

const CITY_BEFORE_COUNTRY = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3})(?:[ \\t]*[,(][ \\t]*|[ \\t]+(?:di|in)[ \\t]+)$`,
  "u",
);

/**
 * "Lismore, Australia", "Lismore (Australia)", "Lismore di Australia": a name written just before a country is a city of that country when the gazetteer has one
 * of that name there, however small (no cue word needed: the country is the cue).
 */
export function citiesBeforeCountries(
  lex: Lexicon,
  masked: string,
  sentence: Sentence,
  mentions: Mention[],
): Mention[] {
  const out: Mention[] = [];
  for (const c of mentions) {
    if (c.kind !== "Country" || !c.countryCode) continue;
    const before = masked.slice(Math.max(sentence.start, c.start - 80), c.start);
    const m = CITY_BEFORE_COUNTRY.exec(before);
    if (!m) continue;
    const runStart = c.start - before.length + m.index;
    const words = [...m[1].matchAll(/\S+/g)];
    for (const w of words) {
      const name = m[1].slice(w.index!);
      const options = lex.cities.get(foldName(name))?.filter((o) => o.countryCode === c.countryCode);
      // "Split (Croatia)", "Nice, France": before its own country a common word is the city.
      if (!options?.length) continue;
      out.push(cityMention(options, runStart + w.index!, runStart + m[1].length, sentence, true));
      break;
    }
  }
  return out;
}
