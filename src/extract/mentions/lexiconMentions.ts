// Mentions the lexicons read: one phrase index over the general lexicons and the gazetteer, longest match first.
import type { Sentence } from "../../studies/sentences.js";
import { correctTypo, isCommonWord, type Lexicon } from "../lexicon/index.js";
import type { GazetteerCity } from "../lexicon/gazetteer.js";
import { cityMention, fromHit, isUpperCase, onlySpaceOrHyphen, type Mention, type Token } from "./mention.js";

export function lexiconMentions(lex: Lexicon, masked: string, tokens: Token[], sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  /** Regions of an ambiguous name ("Victoria", "Limburg"): kept only when the words read name their country. */
  const besideCountry: Mention[] = [];
  const folds = tokens.map((t) => t.fold);
  // Typo tolerance only beside a vocabulary word, where a misspelt term of the field is likely.
  for (let i = 0; i < folds.length; i++) {
    if (folds[i].length < 7 || lex.firstWords.has(folds[i]) || lex.cities.has(folds[i])) continue;
    if (lex.vocabulary.has(folds[i - 1]) || lex.vocabulary.has(folds[i + 1]))
      folds[i] = correctTypo(lex, folds[i]) ?? folds[i];
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const tryCity = first.upper;
    if (!lex.firstWords.has(folds[i]) && !(tryCity && (lex.cities.has(folds[i]) || lex.prefixes.has(folds[i]))))
      continue;
    let phrase = folds[i];
    let allUpper = tryCity;
    for (let n = 1; i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1];
      if (n > 1) {
        if (!onlySpaceOrHyphen(masked, tokens[i + n - 2].end, last.start)) break;
        phrase = `${phrase} ${folds[i + n - 1]}`;
        allUpper &&= last.upper;
      }
      const hits = lex.phrases.get(phrase);
      if (hits)
        for (const hit of hits) {
          if (hit.exactCase && !isUpperCase(masked, first.start, last.end)) continue;
          if ((hit.kind === "Country" || hit.kind === "Province" || hit.kind === "City") && !tryCity) continue;
          (hit.needsCountry ? besideCountry : out).push(fromHit(hit, first.start, last.end, sentence));
        }
      if (allUpper) {
        const options = lex.cities.get(phrase);
        const atSentenceStart = masked.slice(sentence.start, first.start).trim() === "";
        if (
          options &&
          (acceptUncuedCity(phrase, options, n, atSentenceStart) ||
            indonesianKota(lex, phrase, options, atSentenceStart)) &&
          !beforeSurname(lex, masked, tokens[i + n - 1], tokens[i + n])
        )
          out.push(cityMention(options, first.start, last.end, sentence, false));
      }
      if (!lex.prefixes.has(phrase)) break;
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
export function beforeSurname(lex: Lexicon, masked: string, last: Token, next: Token | undefined): boolean {
  if (!next?.upper || next.start - last.end !== 1 || masked[last.end] !== " ") return false;
  if (/^\p{Lu}{2,}$/u.test(masked.slice(next.start, next.end))) return false; // an acronym: "Jakarta MRT"
  const f = next.fold;
  return !(lex.phrases.has(f) || lex.firstWords.has(f) || lex.cities.has(f) || lex.prefixes.has(f) || isCommonWord(f));
}

/** Without a cue word, a city name must be a known large city and no common word, or it is probably not a place. */
/**
 * One of Indonesia's 98 cities (kota, from idn-area-data) is named without a cue in Indonesian studies, however small
 * ("Bukittinggi", "Payakumbuh"); at a sentence's start a capital is no sign of a name, so there it needs a cue.
 */
function indonesianKota(lex: Lexicon, phrase: string, options: GazetteerCity[], sentenceStart: boolean): boolean {
  return !sentenceStart && options[0].countryCode === "ID" && lex.kotas.has(phrase) && !isCommonWord(phrase);
}

export function acceptUncuedCity(
  phrase: string,
  options: GazetteerCity[],
  words: number,
  sentenceStart: boolean,
): boolean {
  if (isCommonWord(phrase)) return false;
  const best = options[0];
  if (best.capital && best.population >= 50_000) return true;
  if (words > 1) return best.population >= 50_000;
  return best.population >= (sentenceStart ? 1_000_000 : 100_000);
}
