// Agreements named after where they were signed, which studies count among the frameworks a cooperation rests on:
// "the Helsinki Agreement 2005", "Perjanjian Paris", "the Kyoto Protocol", "Deklarasi Bangkok". The place in the name
// is no place of the study: "Perjanjian Paris" is not about Paris.
import type { Sentence } from "../../studies/sentences.js";
import { isCommonWord, type Lexicon } from "../lexicon/index.js";
import { foldName } from "../normalize.js";
import { projectMention, type Mention } from "./mention.js";
import { NAME_WORD } from "./names.js";

const EN_HEADS = "Agreement|Accord|Accords|Protocol|Declaration|Treaty|Convention|Concord|Charter";
const ID_HEADS = "Perjanjian|Kesepakatan|Deklarasi|Protokol|Traktat|Konvensi|Piagam";
const YEAR = "(?:[ \\t]+(?:19|20)\\d{2})?";
const NAME = `${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2}`;
/** "Helsinki Agreement 2005", "Kyoto Protocol". */
const HEAD_LAST = new RegExp(`(${NAME})[ \\t]+(?:${EN_HEADS})\\b${YEAR}`, "gu");
/** "Perjanjian Paris", "Deklarasi Bangkok 1967". */
const HEAD_FIRST = new RegExp(`\\b(?:${ID_HEADS})[ \\t]+(${NAME})${YEAR}`, "gu");
const GATE = new RegExp(`${EN_HEADS}|${ID_HEADS}`);

export function namedAgreements(lex: Lexicon, masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  if (!GATE.test(sm)) return [];
  const out: Mention[] = [];
  for (const re of [HEAD_LAST, HEAD_FIRST]) {
    re.lastIndex = 0;
    for (let m = re.exec(sm); m; m = re.exec(sm)) {
      const nameAt = m.index + (re === HEAD_LAST ? 0 : /^\S+[ \t]+/.exec(m[0])![0].length);
      const words = [...m[1].matchAll(/\S+/g)].map((w) => ({
        at: nameAt + w.index!,
        end: nameAt + w.index! + w[0].length,
      }));
      // Named after the place it was signed in, and nothing else: the words next to the head that name a city or a
      // country ("Sister City Agreement" and "Peace Agreement" are kinds of agreement, not names).
      for (let n = words.length; n >= 1; n--) {
        const part = re === HEAD_LAST ? words.slice(words.length - n) : words.slice(0, n);
        const place = foldName(sm.slice(part[0].at, part[part.length - 1].end));
        if (isCommonWord(place) || !isPlace(lex, place)) continue;
        const from = re === HEAD_LAST ? part[0].at : m.index;
        const to =
          re === HEAD_LAST
            ? m.index + m[0].length
            : part[part.length - 1].end + yearAfter(sm, part[part.length - 1].end);
        out.push(
          projectMention(
            sm.slice(from, to).replace(/\s+/g, " "),
            sentence.start + from,
            sentence.start + to,
            sentence,
            [],
          ),
        );
        break;
      }
    }
  }
  return out;
}

const isPlace = (lex: Lexicon, fold: string) =>
  lex.cities.has(fold) || Boolean(lex.phrases.get(fold)?.some((h) => h.kind === "City" || h.kind === "Country"));

/** The length of a year right after a name ("Deklarasi Bangkok 1967"), or 0. */
const yearAfter = (sm: string, at: number) => /^[ \t]+(?:19|20)\d{2}\b/.exec(sm.slice(at))?.[0].length ?? 0;
