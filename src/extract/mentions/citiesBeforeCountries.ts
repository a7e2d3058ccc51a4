// Cities named just before their country ("Lismore, Australia"): the country is the cue.
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { COOPERATION, placeLevel, TWINNING_KEYS } from "../cues.js";
import { isCommonWord, PRIORITY, type Lexicon } from "../lexicon/index.js";
import { foldName } from "../normalize.js";
import { cityMention, titleCaseIfCaps, type Mention } from "./mention.js";
import { NAME_WORD } from "./names.js";

const CITY_BEFORE_COUNTRY = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3})(?:[ \\t]*[,(][ \\t]*|[ \\t]+(?:di|in)[ \\t]+)$`,
  "u",
);
/** What may stand before a partner's name in a list of partners: a joining word, a list's comma or dash, a line's start. */
const PARTNER_OPENING = /(?:^|[,;:–—\-/&(]|\b(?:dengan|dan|serta|antara|with|and|between|to|ke|sampai|hingga))\s*$/iu;

/**
 * "Lismore, Australia", "Lismore (Australia)", "Lismore di Australia": a name written just before a country is a city of
 * that country when the gazetteer has one of that name there, however small (no cue word needed: the country is the
 * cue). A name the gazetteer lacks counts only in brackets before its country, as a partner is written in a sentence
 * about twinning or cooperation ("antara Wonogiri (Indonesia) dengan Wuming (China)").
 */
export function citiesBeforeCountries(
  lex: Lexicon,
  masked: string,
  sentence: Sentence,
  mentions: Mention[],
): Mention[] {
  const out: Mention[] = [];
  let partnersHere: boolean | undefined;
  for (const c of mentions) {
    if (c.kind !== "Country" || !c.countryCode) continue;
    const before = masked.slice(Math.max(sentence.start, c.start - 80), c.start);
    const m = CITY_BEFORE_COUNTRY.exec(before);
    if (!m) continue;
    const runStart = c.start - before.length + m.index;
    const words = [...m[1].matchAll(/\S+/g)];
    let known = false;
    for (const w of words) {
      const name = m[1].slice(w.index!);
      const options = lex.cities.get(foldName(name))?.filter((o) => o.countryCode === c.countryCode);
      // "Split (Croatia)", "Nice, France": before its own country a common word is the city.
      if (!options?.length) continue;
      out.push(cityMention(options, runStart + w.index!, runStart + m[1].length, sentence, true));
      known = true;
      break;
    }
    if (known || !/\(\s*$/.test(before) || !/^\s*\)/.test(masked.slice(c.end, c.end + 3))) continue;
    partnersHere ??=
      mentions.some((x) => TWINNING_KEYS.has(x.key)) || COOPERATION.test(masked.slice(sentence.start, sentence.end));
    if (!partnersHere) continue;
    const unknown = unknownPartner(lex, masked, sentence, runStart, m[1], mentions);
    if (unknown) out.push({ ...unknown, countryCode: c.countryCode });
  }
  return out;
}

/** The longest end of the run that can be a place's name, after a joining word or a place cue ("dengan Kota Wuming"). */
function unknownPartner(
  lex: Lexicon,
  masked: string,
  sentence: Sentence,
  runStart: number,
  run: string,
  mentions: Mention[],
): Mention | undefined {
  const words = [...run.matchAll(/\S+/g)];
  let from = words.length;
  while (from > 0 && nameWord(lex, words[from - 1][0])) from--;
  if (from === words.length) return;
  const start = runStart + words[from].index!;
  const end = runStart + run.length;
  // After a joining word, a list's comma or a place cue ("dengan Kota Wuming"); not after "Presiden" or "Universitas".
  const opening = masked.slice(Math.max(sentence.start, start - 20), start);
  const lastWord = /(\S+)\s*$/u.exec(opening)?.[1] ?? "";
  if (!PARTNER_OPENING.test(opening) && !placeLevel(lastWord)) return;
  if (mentions.some((x) => x.start < end && start < x.end)) return;
  const text = masked.slice(start, end);
  // An acronym in a sentence of ordinary case is a body ("KOICA (Korea Selatan)"), not a place.
  if (/^\p{Lu}{2,}$/u.test(text) && /\p{Ll}{3}/u.test(masked.slice(sentence.start, sentence.end))) return;
  const label = titleCaseIfCaps(text);
  return {
    kind: "City",
    key: nodeKey("City", label),
    label,
    start,
    end,
    sentence,
    priority: PRIORITY.cued,
    cued: true,
  };
}

/** A word that can be part of an unknown place's name: no common word, cue word or term of the field. */
function nameWord(lex: Lexicon, word: string): boolean {
  const fold = foldName(word);
  return !!fold && !isCommonWord(fold) && !placeLevel(fold) && !lex.firstWords.has(fold) && !lex.phrases.has(fold);
}
