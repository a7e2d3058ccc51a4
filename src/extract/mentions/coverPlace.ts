// A thesis cover closes with the place and year of the defence ("Malang, 2020", "Yogyakarta 2019"): on a line of its
// own, a name before a year is a city however small.
import type { Sentence } from "../../studies/sentences.js";
import type { Lexicon } from "../lexicon/index.js";
import { foldName } from "../normalize.js";
import { cityMention, type Mention } from "./mention.js";

const PLACE_AND_YEAR = /^(\s*)(\p{Lu}[\p{L}.' -]{2,30}?)[ \t]*,?[ \t]*(?:19|20)\d{2}\s*$/u;

export function coverPlace(lex: Lexicon, masked: string, sentence: Sentence): Mention[] {
  const m = PLACE_AND_YEAR.exec(masked.slice(sentence.start, sentence.end));
  if (!m) return [];
  const options = lex.cities.get(foldName(m[2]));
  if (!options) return [];
  // An Indonesian thesis: the Indonesian city of the name, when there is one.
  const local = options.filter((c) => c.countryCode === "ID");
  const start = sentence.start + m[1].length;
  return [cityMention(local.length ? local : options, start, start + m[2].length, sentence, true)];
}
