// Mentions the lexicons read: one phrase index over the general lexicons and the gazetteer, longest match first.
import { isGeoKind } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { correctTypo, isCommonWord, type Lexicon } from "../lexicon/index.js";
import type { GazetteerCity } from "../lexicon/gazetteer.js";
import {
  areaMention,
  cityMention,
  fromHit,
  isUpperCase,
  onlySpaceOrHyphen,
  type Mention,
  type Token,
} from "./mention.js";
import { firstStep, nextStep } from "./phraseSteps.js";

const NON_BLANK = /\S/g;

export function lexiconMentions(lex: Lexicon, masked: string, tokens: Token[], sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  /** Regions of an ambiguous name ("Victoria", "Limburg"): kept only when the words read name their country. */
  const besideCountry: Mention[] = [];
  const folds = tokens.map((t) => t.fold);
  // Where the sentence's first non-blank character stands: a name there has a capital for no other reason.
  NON_BLANK.lastIndex = sentence.start;
  const sentenceOpens = NON_BLANK.exec(masked)?.index ?? masked.length;
  // Typo tolerance only beside a vocabulary word, where a misspelt term of the field is likely.
  // The neighbours are asked first: the vocabulary is small, the gazetteer large, and most words have no such neighbour.
  for (let i = 0; i < folds.length; i++) {
    if (folds[i].length < 7 || !(lex.vocabulary.has(folds[i - 1]) || lex.vocabulary.has(folds[i + 1]))) continue;
    if (!lex.firstWords.has(folds[i]) && !lex.cities.has(folds[i])) folds[i] = correctTypo(lex, folds[i]) ?? folds[i];
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const tryCity = first.upper;
    if (!lex.firstWords.has(folds[i]) && !(tryCity && firstStep(lex, folds[i]).opensPlace)) continue;
    let step = firstStep(lex, folds[i]);
    let allUpper = tryCity;
    for (let n = 1; i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1];
      if (n > 1) {
        if (!onlySpaceOrHyphen(masked, tokens[i + n - 2].end, last.start)) break;
        step = nextStep(lex, step, folds[i + n - 1]);
        allUpper &&= last.upper;
      }
      const { phrase, hits } = step;
      if (hits)
        for (const hit of hits) {
          if (hit.exactCase && !isUpperCase(masked, first.start, last.end)) continue;
          if (isGeoKind(hit.kind) && !tryCity) continue;
          (hit.needsCountry ? besideCountry : out).push(fromHit(hit, first.start, last.end, sentence));
        }
      if (allUpper) {
        const options = step.cities;
        const atSentenceStart = first.start <= sentenceOpens;
        if (
          options &&
          (acceptUncuedCity(phrase, options, n, atSentenceStart) ||
            indonesianKota(lex, phrase, options, atSentenceStart)) &&
          // A place dashed to the one before it is a partner, not a given name ("the Jakarta-Berlin Arts Festival").
          (/[-–—]\s*$/.test(masked.slice(Math.max(sentence.start, first.start - 2), first.start)) ||
            !beforeSurname(lex, masked, tokens[i + n - 1], tokens[i + n]))
        ) {
          const city = cityMention(options, first.start, last.end, sentence, false);
          // An Indonesian city carries its province from the regional data, as after "Kota".
          const kota = city.countryCode === "ID" ? step.kota : undefined;
          out.push(kota ? { ...city, region: kota.provinceKey } : city);
        }
        // An Indonesian city the gazetteer lacks ("Sawahlunto"): the regional data knows it, without a position.
        const area = options ? undefined : step.kota;
        if (area && (!atSentenceStart || phrase.length >= 7) && !isCommonWord(phrase))
          out.push(areaMention(area, first.start, last.end, sentence, false));
        // A regency of two words or more ("Kepulauan Sangihe", "East Sumba"), which no gazetteer city shadows.
        const regency = options ? undefined : step.uncuedArea;
        if (regency) out.push(areaMention(regency, first.start, last.end, sentence, false));
      }
      if (!step.continues) break;
    }
  }
  if (besideCountry.length) {
    const named = new Set(out.filter((m) => m.kind === "Country").map((m) => m.countryCode));
    out.push(...besideCountry.filter((m) => named.has(m.countryCode)));
  }
  return out;
}

/**
 * "Florence Wijaya", "Victoria Ananda": a city's name followed at once by a capitalised word that is no place, term
 * or common word is a person's given name.
 */
function beforeSurname(lex: Lexicon, masked: string, last: Token, next: Token | undefined): boolean {
  if (!next?.upper || next.start - last.end !== 1 || masked[last.end] !== " ") return false;
  if (/^\p{Lu}{2,}$/u.test(masked.slice(next.start, next.end))) return false; // an acronym: "Jakarta MRT"
  const f = next.fold;
  return !(lex.phrases.has(f) || lex.firstWords.has(f) || lex.cities.has(f) || lex.prefixes.has(f) || isCommonWord(f));
}

/**
 * One of Indonesia's 98 cities (kota, from idn-area-data) is named without a cue in Indonesian studies, however small
 * ("Bukittinggi", "Payakumbuh"); at a sentence's start, where a capital is no sign of a name, only a long one.
 */
function indonesianKota(lex: Lexicon, phrase: string, options: GazetteerCity[], sentenceStart: boolean): boolean {
  // A long name is a name even first in a sentence ("Sawahlunto, a small town"); "Batu" or "Metro" may be words.
  return (
    (!sentenceStart || phrase.length >= 7) &&
    options[0].countryCode === "ID" &&
    lex.kotas.has(phrase) &&
    !isCommonWord(phrase)
  );
}

/** Without a cue word, a city name must be a known large city and no common word, or it is probably not a place. */
function acceptUncuedCity(phrase: string, options: GazetteerCity[], words: number, sentenceStart: boolean): boolean {
  if (isCommonWord(phrase)) return false;
  const best = options[0];
  if (best.capital && best.population >= 50_000) return true;
  if (words > 1) return best.population >= 50_000;
  return best.population >= (sentenceStart ? 1_000_000 : 100_000);
}
