// One phrase index over every lexicon: folded phrase -> what it names. Built once; the matchers look words up in it.
import type { NodeKind } from "../../model/index.js";
import { nodeKey } from "../../model/index.js";
import { foldName } from "../normalize.js";
import { COMMON_WORDS } from "./commonWords.js";
import { CONCEPTS, THEORIES } from "./concepts.js";
import { cityIndexByName, countryIndexByName, type GazetteerCity } from "./gazetteer.js";
import { CITY_EXONYMS, COUNTRY_EXONYMS } from "./exonyms.js";
import { METHODS } from "./methods.js";
import { KNOWN_ORGANIZATIONS } from "./organizations.js";
import { INDONESIAN_PROVINCES } from "./provinces.js";

export type EntityKind = Exclude<NodeKind, "Study">;

export interface PhraseHit {
  kind: EntityKind;
  key: string;
  label: string;
  /** Higher wins when two readings cover the same words. */
  priority: number;
  countryCode?: string;
  /** Short forms ("EU", "UN") only count when written in capitals. */
  exactCase?: boolean;
}

export interface Lexicon {
  phrases: Map<string, PhraseHit[]>;
  /** First words of phrases, to skip words that start none. */
  firstWords: Set<string>;
  /** Every phrase or multi-word city name cut after one of its words: where a longer match may still follow. */
  prefixes: Set<string>;
  maxWords: number;
  cities: Map<string, GazetteerCity[]>;
  /** Words of the field vocabulary, for typo tolerance ("deskritif" -> "deskriptif"). */
  vocabularyByDeletion: Map<string, string>;
  vocabulary: Set<string>;
}

/** Known organizations outrank cue patterns: "Japan International Cooperation Agency" is JICA, not a new body. */
export const PRIORITY = { city: 1, vocabulary: 2, country: 3, province: 4, cued: 6, knownOrg: 7 } as const;

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const phrases = new Map<string, PhraseHit[]>();
  const add = (form: string, hit: PhraseHit) => {
    const f = foldName(form);
    const list = phrases.get(f) ?? [];
    if (!list.some((h) => h.key === hit.key)) list.push(hit);
    phrases.set(f, list);
  };
  for (const e of CONCEPTS)
    for (const f of [e.label, ...e.forms])
      add(f, { kind: "Concept", key: nodeKey("Concept", e.label), label: e.label, priority: PRIORITY.vocabulary });
  for (const e of THEORIES)
    for (const f of [e.label, ...e.forms])
      add(f, { kind: "Theory", key: nodeKey("Theory", e.label), label: e.label, priority: PRIORITY.vocabulary });
  for (const e of METHODS)
    for (const f of [e.label, ...e.forms])
      add(f, { kind: "Method", key: nodeKey("Method", e.label), label: e.label, priority: PRIORITY.vocabulary });
  for (const e of KNOWN_ORGANIZATIONS)
    for (const f of [e.label, ...e.forms])
      add(f, {
        kind: "Organization",
        key: nodeKey("Organization", e.label),
        label: e.label,
        priority: PRIORITY.knownOrg,
        exactCase: f.length <= 3,
      });
  for (const p of INDONESIAN_PROVINCES) {
    const kind = p.city ? "City" : "Province";
    for (const f of [p.label, ...p.forms])
      add(f, {
        kind,
        key: nodeKey(kind, p.city ?? p.label),
        label: p.city ?? p.label,
        priority: PRIORITY.province,
        countryCode: "ID",
        exactCase: f.length <= 3,
      });
  }
  const countryNames = new Map(countryIndexByName());
  for (const e of COUNTRY_EXONYMS) {
    const country = [...countryNames.values()].find((c) => c.code === e.country);
    if (country) for (const f of e.forms) if (!countryNames.has(foldName(f))) countryNames.set(foldName(f), country);
  }
  for (const [name, country] of countryNames)
    add(name, {
      kind: "Country",
      key: nodeKey("Country", country.name),
      label: country.name,
      priority: PRIORITY.country,
      countryCode: country.code,
      exactCase: name.replace(/[^a-z]/g, "").length <= 3,
    });

  const vocabulary = new Set<string>();
  for (const e of [...CONCEPTS, ...THEORIES, ...METHODS])
    for (const f of e.forms) for (const w of foldName(f).split(" ")) if (w.length >= 7) vocabulary.add(w);
  const vocabularyByDeletion = new Map<string, string>();
  for (const w of [...vocabulary].sort())
    for (let i = 0; i < w.length; i++) {
      const d = w.slice(0, i) + w.slice(i + 1);
      if (!vocabularyByDeletion.has(d)) vocabularyByDeletion.set(d, w);
    }

  let maxWords = 1;
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  // Exonyms join the city index as other names of the gazetteer's city.
  const cities = new Map(cityIndexByName());
  for (const e of CITY_EXONYMS) {
    const city = cities.get(foldName(e.name))?.find((c) => c.countryCode === e.country);
    if (city)
      for (const f of e.forms)
        cities.set(foldName(f), [city, ...(cities.get(foldName(f)) ?? []).filter((c) => c !== city)]);
  }
  for (const p of [...phrases.keys(), ...cities.keys()]) {
    const words = p.split(" ");
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(" "));
    if (!phrases.has(p)) continue;
    maxWords = Math.max(maxWords, words.length);
    firstWords.add(words[0]);
  }
  lexicon = { phrases, firstWords, prefixes, maxWords, cities, vocabulary, vocabularyByDeletion };
  return lexicon;
}

/** A vocabulary word one edit away from `word` (a letter missing, extra or changed), if any. */
export function correctTypo(lex: Lexicon, word: string): string | undefined {
  if (word.length < 7 || lex.vocabulary.has(word)) return undefined;
  const direct = lex.vocabularyByDeletion.get(word); // word lacks a letter
  if (direct) return direct;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (lex.vocabulary.has(d)) return d; // word has an extra letter
    const sub = lex.vocabularyByDeletion.get(d); // a letter changed
    if (sub && sub.length === word.length) return sub;
  }
  return undefined;
}

export function isCommonWord(fold: string): boolean {
  return COMMON_WORDS.has(fold);
}
