// A province or city cooperating with a foreign country: "kerja sama Pemerintah Provinsi Kalimantan Timur dengan
// Rusia", "Papua dan Papua New Guinea … bekerja sama". Only cooperation (COOPERATES_WITH), never a twinning: a
// country is nobody's sister city.
import { isGeoKind } from "../../model/index.js";
import type { Mention } from "../mentions/index.js";
import { LIST_GLUE, LIST_INTRO } from "./twinnedPairs.js";

/** Words that join a place to its partner abroad, once cue words are taken out; "dan" only between two alone. */
const TIGHT = /^\s*(?:dengan|with|ke|to|[-–—])\s*$/i;
const LOOSE = /^\s*(?:dan|and)\s*$/i;
/** What lies between a place and the country that says where it is: "Semarang (Indonesia)", "Beijing … of China". */
const QUALIFIES = /^\s*(?:[,(]|\b(?:di|in|of)\b)?\s*$/i;
const CUE_WORDS =
  /\b(kota|city of|the city of|the|kabupaten|provinsi|pemerintah|government|provincial|pemkot|pemprov|pemkab|negara|city)\b|[()"“”]/gi;

/** Pairs of a subnational place and the foreign country it is joined to. */
export function countryPartners(masked: string, partners: Mention[]): Array<[Mention, Mention]> {
  const named = withoutQualifiers(masked, partners);
  const alone = new Set(named.map((m) => m.key)).size === 2;
  const out: Array<[Mention, Mention]> = [];
  // "Kota Singkawang … dengan beberapa negara, di antaranya Sarawak dan Taiwan": the home place with each country.
  const home = named.find((m) => m.kind !== "Country");
  const after = home ? named.filter((m) => m.start >= home.end) : [];
  if (home?.countryCode && after.length && LIST_INTRO.test(masked.slice(home.end, after[0].start))) {
    for (let i = 0; i < after.length; i++) {
      if (i > 0 && !LIST_GLUE.test(masked.slice(after[i - 1].end, after[i].start))) break;
      if (after[i].kind === "Country" && after[i].countryCode !== home.countryCode) out.push([home, after[i]]);
    }
    return out;
  }
  for (let i = 1; i < named.length; i++) {
    const [a, b] = [named[i - 1], named[i]];
    const country = a.kind === "Country" ? a : b.kind === "Country" ? b : undefined;
    const place = country === a ? b : a;
    if (!country || place.kind === "Country" || !place.countryCode || place.countryCode === country.countryCode)
      continue;
    const glue = masked.slice(a.end, b.start).replace(CUE_WORDS, " ");
    if (TIGHT.test(glue) || (alone && LOOSE.test(glue))) out.push([place, country]);
  }
  return out;
}

/** The places and countries in text order, less each country that only says where the place before it lies. */
function withoutQualifiers(masked: string, mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const qualifier = (c: Mention, i: number) =>
    i > 0 &&
    sorted[i - 1].kind !== "Country" &&
    sorted[i - 1].countryCode === c.countryCode &&
    QUALIFIES.test(masked.slice(sorted[i - 1].end, c.start));
  return sorted.filter((m, i) => !(m.kind === "Country" && qualifier(m, i)));
}

/** "Indonesia-Australia", "antara Indonesia dan Malaysia", "Indonesia dengan Timor Leste": two countries joined. */
const COUNTRY_GLUE = /^\s*(?:[-–—]|dengan|with|antara|between)\s*$/i;
const COUNTRY_AND = /^\s*(?:dan|and|&)\s*$/i;

/**
 * Two countries a cooperation sentence joins: by a dash or "with" always, by "and" only when they are the only two
 * countries it names ("The Republic of Ireland and China already had a cooperation").
 */
export function countryPairs(masked: string, mentions: Mention[]): Array<[Mention, Mention]> {
  const countries = withoutQualifiers(
    masked,
    mentions.filter((m) => isGeoKind(m.kind)),
  ).filter((m) => m.kind === "Country");
  const alone = new Set(countries.map((m) => m.key)).size === 2;
  const out: Array<[Mention, Mention]> = [];
  for (let i = 1; i < countries.length; i++) {
    const [a, b] = [countries[i - 1], countries[i]];
    if (a.key === b.key) continue;
    const glue = masked.slice(a.end, b.start);
    // Cooperation runs both ways: the pair in key order, as the graph keeps an undirected edge.
    if (COUNTRY_GLUE.test(glue) || (alone && COUNTRY_AND.test(glue))) out.push(a.key < b.key ? [a, b] : [b, a]);
  }
  return out;
}
