// A country named by its people's adjective before a kind of place: "Gyeongsangbuk-do, a South Korean province",
// "the Japanese city of Ichikawa". Alone, "Japanese" is a language or a people, not the country.
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { demonymIndex } from "../lexicon/demonyms.js";
import { countryOfCode } from "../lexicon/gazetteer.js";
import { PRIORITY } from "../lexicon/index.js";
import { codePointBefore, isLetter, width } from "../../studies/characters.js";
import type { Mention } from "./mention.js";

const PLACE_NOUN_RE =
  /(?<=\S)[ \t]+(?:city|cities|town|province|state|prefecture|region|port|capital|municipality|metropolis|island)\b/gu;
// The letters at the end: "Bissau-Guinean" is found under "Guinean", and "Pan-Japanese" finds "Japanese", as a \b would.
const LAST_WORD_RE = /\p{L}+$/u;
const WORD_CHAR_RE = /[A-Za-z0-9_]/;
let byLastWord: Map<string, string[]> | undefined;

/** Demonyms by their last word, longest first: the place noun is found, then the adjective before it looked up. */
function demonymsByLastWord(): Map<string, string[]> {
  if (byLastWord) return byLastWord;
  byLastWord = new Map();
  for (const name of [...demonymIndex().keys()].sort((a, b) => b.length - a.length)) {
    const last = LAST_WORD_RE.exec(name)?.[0] ?? name;
    byLastWord.set(last, [...(byLastWord.get(last) ?? []), name]);
  }
  return byLastWord;
}

/** The letters that end `s` ("Guinean" of "Bissau-Guinean"), read backwards: a regex anchored at the end would try
 * every position of the sentence before it. */
function lastLetters(s: string): string | undefined {
  let i = s.length;
  for (let c = codePointBefore(s, i); c >= 0 && isLetter(c); c = codePointBefore(s, i)) i -= width(c);
  return i < s.length ? s.slice(i) : undefined;
}

export function demonymPlaces(masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  const out: Mention[] = [];
  PLACE_NOUN_RE.lastIndex = 0;
  for (let m = PLACE_NOUN_RE.exec(sm); m; m = PLACE_NOUN_RE.exec(sm)) {
    const before = sm.slice(0, m.index);
    const last = lastLetters(before);
    const name = last
      ? demonymsByLastWord()
          .get(last)
          ?.find((n) => before.endsWith(n) && !WORD_CHAR_RE.test(before[before.length - n.length - 1] ?? ""))
      : undefined;
    const country = name && countryOfCode(demonymIndex().get(name)!);
    if (!country) continue;
    const start = sentence.start + m.index - name.length;
    out.push({
      kind: "Country",
      key: nodeKey("Country", country.name),
      label: country.name,
      start,
      end: start + name.length,
      sentence,
      priority: PRIORITY.country,
      countryCode: country.code,
    });
  }
  return out;
}
