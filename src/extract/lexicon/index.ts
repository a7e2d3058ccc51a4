// One phrase index over every lexicon: folded phrase -> what it names. Built once; the matchers look words up in it.
import type { EntityKind } from "../../model/index.js";
import { nodeKey } from "../../model/index.js";
import { foldName } from "../normalize.js";
import { COMMON_WORDS } from "./commonWords.js";
import { CONCEPTS, THEORIES } from "./concepts.js";
import { cityIndexByName, countryIndexByName, type GazetteerCity } from "./gazetteer.js";
import { CITY_EXONYMS, COUNTRY_EXONYMS } from "./exonyms.js";
import { METHODS } from "./methods.js";
import { KNOWN_ORGANIZATIONS } from "./organizations.js";
import { foreignRegions, indonesianAreas, indonesianProvinceRegions } from "./regions.js";

export interface PhraseHit {
  kind: EntityKind;
  key: string;
  label: string;
  /** Higher wins when two readings cover the same words. */
  priority: number;
  countryCode?: string;
  /** Short forms ("EU", "UN") only count when written in capitals. */
  exactCase?: boolean;
  /** A region whose name is ambiguous ("Victoria", "Limburg"): found without a cue only beside its country. */
  needsCountry?: boolean;
}

/** An Indonesian regency (kabupaten) or city (kota) from idn-area-data. */
export interface AreaHit {
  key: string;
  label: string;
  /** The name as the package writes it, without "Kabupaten"/"Kota": "Bogor". */
  name: string;
  /** The key of its province (`city:jakarta` for Jakarta's own cities). */
  provinceKey: string;
}

export interface Lexicon {
  phrases: Map<string, PhraseHit[]>;
  /** First words of phrases, to skip words that start none. */
  firstWords: Set<string>;
  /** Every phrase or multi-word city name cut after one of its words: where a longer match may still follow. */
  prefixes: Set<string>;
  maxWords: number;
  /** The gazetteer's city index with the exonyms (`cityIndex`). */
  cities: CityIndex;
  /** Words of the field vocabulary, for typo tolerance ("deskritif" -> "deskriptif"). */
  vocabularyByDeletion: Map<string, string>;
  vocabulary: Set<string>;
  /** Indonesia's regencies and cities by folded name, read after "Kabupaten"/"Regency" and "Kota"/"City". */
  regencies: Map<string, AreaHit>;
  kotas: Map<string, AreaHit>;
  /** Regencies and cities of two words or more, read without a cue ("Kepulauan Sangihe", "East Kutai"), and their first words. */
  uncuedAreas: Map<string, AreaHit>;
  uncuedAreaPrefixes: Set<string>;
  /** What a capitalised word may open: a city, a prefix of a longer phrase or city, an Indonesian city or regency. */
  placeStarts: Pick<ReadonlySet<string>, "has">;
  /** Foreign subdivisions by every folded form, ambiguous ones too: what a cue word ("Prefektur", "State of") reads. */
  regions: Map<string, PhraseHit[]>;
  /** Positions of province nodes from the subdivision package, by node key. */
  positions: Map<string, { lat: number; lon: number }>;
}

/** Known organizations outrank cue patterns: "Japan International Cooperation Agency" is JICA, not a new body. */
export const PRIORITY = { city: 1, vocabulary: 2, country: 3, province: 4, cued: 6, knownOrg: 7 } as const;

/** Words that open a country's formal name; the country is the same node. */
const STATE_STYLES = [
  "republik",
  "republic of",
  "the republic of",
  "federal republic of",
  "republik federal",
  "kerajaan",
  "kingdom of",
  "the kingdom of",
  "negara",
];

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
  const positions = new Map<string, { lat: number; lon: number }>();
  const provinceKeys = new Map<string, string>();
  for (const p of indonesianProvinceRegions(foldName)) {
    const key = nodeKey(p.kind, p.label);
    provinceKeys.set(p.code, key);
    if (p.lat !== undefined && p.lon !== undefined) positions.set(key, { lat: p.lat, lon: p.lon });
    for (const f of p.forms)
      add(f, {
        kind: p.kind,
        key,
        label: p.label,
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
  // The state's formal style, as abstracts write it: "Republik Indonesia", "the Republic of Uzbekistan".
  for (const [name, country] of [...countryNames])
    for (const style of STATE_STYLES) {
      const styled = `${style} ${name}`;
      if (name.replace(/[^a-z]/g, "").length > 3 && !countryNames.has(styled)) countryNames.set(styled, country);
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

  // Exonyms join the city index as other names of the gazetteer's city.
  const gazetteer = cityIndexByName();
  const exonyms = new Map<string, GazetteerCity[]>();
  const cities = cityIndex(gazetteer, exonyms);
  for (const e of CITY_EXONYMS) {
    const city = cities.get(foldName(e.name))?.find((c) => c.countryCode === e.country);
    if (city)
      for (const f of e.forms)
        exonyms.set(foldName(f), [city, ...(cities.get(foldName(f)) ?? []).filter((c) => c !== city)]);
  }
  const { regencies, kotas } = indonesianAreaIndex(provinceKeys, cities);
  const { uncuedAreas, uncuedAreaPrefixes } = uncuedAreaIndex(regencies, kotas, (f) => phrases.has(f));
  const regions = new Map<string, PhraseHit[]>();
  const foreign = foreignRegions({
    fold: foldName,
    taken: (f) => phrases.has(f),
    isCommonWord,
    cityPopulation: (f, cc) => {
      let here = 0;
      let elsewhere = 0;
      for (const c of cities.get(f) ?? [])
        if (c.countryCode === cc) here = Math.max(here, c.population || 1);
        else elsewhere = Math.max(elsewhere, c.population);
      return { here, elsewhere };
    },
    // "Samarqand" is Samarkand, "Marrakech" Marrakesh: another spelling of a large city of the country.
    nearCity: (f, cc) =>
      otherSpellings(f).some((v) => cities.get(v)?.some((c) => c.countryCode === cc && c.population >= 100_000)),
  });
  const labelCount = new Map<string, number>();
  for (const r of foreign) labelCount.set(foldName(r.label), (labelCount.get(foldName(r.label)) ?? 0) + 1);
  for (const r of foreign) {
    const { countryCode, lat, lon } = r.subdivision;
    // A label that several countries share ("Limburg", "Punjab") carries its country in the key.
    const key = nodeKey("Province", labelCount.get(foldName(r.label))! > 1 ? `${r.label} ${countryCode}` : r.label);
    if (lat !== undefined && lon !== undefined) positions.set(key, { lat, lon });
    const hit: PhraseHit = { kind: "Province", key, label: r.label, priority: PRIORITY.province, countryCode };
    for (const f of r.forms) {
      const list = regions.get(f.fold) ?? [];
      list.push(hit);
      regions.set(f.fold, list);
      if (f.use !== "cue") add(f.fold, f.use === "context" ? { ...hit, needsCountry: true } : hit);
    }
  }

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
  for (const p of phrases.keys()) {
    const words = p.split(" ");
    addPrefixes(prefixes, p);
    maxWords = Math.max(maxWords, words.length);
    firstWords.add(words[0]);
  }
  // Most of the gazetteer's names are one word, which has no prefix.
  for (const names of [gazetteer.keys(), exonyms.keys()])
    for (const p of names) if (p.includes(" ")) addPrefixes(prefixes, p);
  lexicon = {
    phrases,
    firstWords,
    prefixes,
    maxWords,
    cities,
    vocabulary,
    vocabularyByDeletion,
    regencies,
    kotas,
    uncuedAreas,
    uncuedAreaPrefixes,
    // Asked of the sets it joins: one set of them all would copy the gazetteer's names once more.
    placeStarts: { has: (f) => cities.has(f) || prefixes.has(f) || kotas.has(f) || uncuedAreaPrefixes.has(f) },
    regions,
    positions,
  };
  return lexicon;
}

type CityIndex = Pick<ReadonlyMap<string, GazetteerCity[]>, "get" | "has">;

/**
 * City names read in `exonyms` first, then in the gazetteer: a copy of the gazetteer's index with the exonyms set in
 * it would copy every name of the world's cities once more.
 */
function cityIndex(gazetteer: Map<string, GazetteerCity[]>, exonyms: Map<string, GazetteerCity[]>): CityIndex {
  return { get: (f) => exonyms.get(f) ?? gazetteer.get(f), has: (f) => exonyms.has(f) || gazetteer.has(f) };
}

/** Adds `phrase` cut after each of its words but the last: "kota tua jakarta" -> "kota", "kota tua". */
function addPrefixes(prefixes: Set<string>, phrase: string): void {
  for (let at = phrase.indexOf(" "); at >= 0; at = phrase.indexOf(" ", at + 1)) prefixes.add(phrase.slice(0, at));
}

/**
 * Regencies and cities by name. A city keeps the gazetteer's key (`city:bogor`); a regency that shares its name with a
 * city is `city:<name>-regency` ("Kabupaten Bogor" is not Bogor), any other regency `city:<name>` ("Kabupaten
 * Sleman" is Sleman). A name the gazetteer gives first to a city abroad carries the country: `city:<name>-id`.
 */
function indonesianAreaIndex(
  provinceKeys: Map<string, string>,
  gazetteer: CityIndex,
): { regencies: Map<string, AreaHit>; kotas: Map<string, AreaHit> } {
  const regencies = new Map<string, AreaHit>();
  const kotas = new Map<string, AreaHit>();
  const areas = indonesianAreas();
  const cityNames = new Set(areas.filter((a) => a.type === "city").map((a) => foldName(a.name)));
  for (const a of areas) {
    const f = foldName(a.name);
    const provinceKey = provinceKeys.get(a.provinceCode);
    if (!provinceKey)
      throw new Error(`lexicon: idn-area-data area ${a.code} names an unknown province ${a.provinceCode}`);
    const shared = a.type === "regency" && cityNames.has(f);
    const label = shared ? `${a.name} Regency` : a.name;
    const abroad = (gazetteer.get(f)?.[0]?.countryCode ?? "ID") !== "ID";
    const key = nodeKey("City", shared ? label : abroad ? `${a.name} ID` : a.name);
    const hit = { key, label, name: a.name, provinceKey };
    const index = a.type === "city" ? kotas : regencies;
    index.set(f, hit);
    // "Tanjung Pinang" is as often written "Tanjungpinang".
    if (f.includes(" ") && !index.has(f.replace(/ /g, ""))) index.set(f.replace(/ /g, ""), hit);
    for (const english of englishAreaNames(f)) if (!index.has(english)) index.set(english, hit);
  }
  return { regencies, kotas };
}

/** Indonesian compass words of area names, with their English: "Sumba Timur" is "East Sumba". */
const COMPASS: [string, string][] = [
  ["barat daya", "southwest"],
  ["tenggara", "southeast"],
  ["barat", "west"],
  ["timur", "east"],
  ["utara", "north"],
  ["selatan", "south"],
  ["tengah", "central"],
];

/** The English forms of a folded area name: "kepulauan sangihe" -> "sangihe islands", "sumba timur" -> "east sumba". */
function englishAreaNames(fold: string): string[] {
  const islands = /^kepulauan (.+)$/.exec(fold);
  if (islands) return [`${islands[1]} islands`];
  for (const [id, en] of COMPASS) {
    const m = new RegExp(`^(.+) ${id}$`).exec(fold);
    if (m) return [`${en} ${m[1]}`];
  }
  return [];
}

/**
 * The areas of two words or more, which name a place without a cue: no such name is ordinary text, unless every word of
 * it is a common word ("Batu Bara" is coal, "Tanah Laut" land and sea). Names a general lexicon has keep its reading.
 */
/** Indonesian words, not in the common list because they are names too, of which some area names are made. */
const ORDINARY_AREA_WORDS = new Set("batu bara tanah lima puluh empat pulang pisau mas".split(" "));

function uncuedAreaIndex(
  regencies: Map<string, AreaHit>,
  kotas: Map<string, AreaHit>,
  taken: (fold: string) => boolean,
): { uncuedAreas: Map<string, AreaHit>; uncuedAreaPrefixes: Set<string> } {
  const uncuedAreas = new Map<string, AreaHit>();
  const uncuedAreaPrefixes = new Set<string>();
  for (const [f, hit] of [...kotas, ...regencies]) {
    const words = f.split(" ");
    if (
      words.length < 2 ||
      taken(f) ||
      uncuedAreas.has(f) ||
      words.every((w) => isCommonWord(w) || ORDINARY_AREA_WORDS.has(w))
    )
      continue;
    uncuedAreas.set(f, hit);
    for (let n = 1; n < words.length; n++) uncuedAreaPrefixes.add(words.slice(0, n).join(" "));
  }
  return { uncuedAreas, uncuedAreaPrefixes };
}

/** Letters that transliterations swap: Samarqand/Samarkand, Marrakech/Marrakesh, Basra/Basrah. */
const SPELLING_TWINS: Record<string, string[]> = {
  q: ["k"],
  k: ["q", "c"],
  c: ["s", "k"],
  s: ["c"],
  v: ["w"],
  w: ["v"],
};

/** Other spellings of a one-word name of five letters or more: one letter swapped for its twin, an "h" added or dropped. */
function otherSpellings(name: string): string[] {
  if (name.length < 5 || name.includes(" ")) return [];
  const out: string[] = [];
  for (let i = 0; i < name.length; i++) {
    for (const twin of SPELLING_TWINS[name[i]] ?? []) out.push(name.slice(0, i) + twin + name.slice(i + 1));
    if (name[i] === "h") out.push(name.slice(0, i) + name.slice(i + 1));
  }
  out.push(`${name}h`);
  return out;
}

/** A vocabulary word one edit away from `word` (a letter missing, extra or changed), if any. */
export function correctTypo(lex: Lexicon, word: string): string | undefined {
  if (word.length < 7 || lex.vocabulary.has(word)) return undefined;
  // The same words recur in study after study: each is looked up once.
  let known = typoMemo.get(lex);
  if (!known) typoMemo.set(lex, (known = new Map()));
  if (known.has(word)) return known.get(word);
  const found = typoOf(lex, word);
  if (known.size > 100_000) known.clear();
  known.set(word, found);
  return found;
}

const typoMemo = new WeakMap<Lexicon, Map<string, string | undefined>>();

function typoOf(lex: Lexicon, word: string): string | undefined {
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
