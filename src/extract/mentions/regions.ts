// Regions named after a cue word: a regency after "Kabupaten"/"Kab."/"Regency", an Indonesian city after "Kota"/"City",
// a province, state or prefecture after "Provinsi", "Prefektur", "Negara Bagian", "State of", "Province".
import { nodeKey } from "../../model/index.js";
import { placeLevel } from "../cues.js";
import type { GazetteerCity } from "../lexicon/gazetteer.js";
import type { Lexicon, PhraseHit } from "../lexicon/index.js";

export interface CuedRegion {
  hit: PhraseHit;
  /** The province an Indonesian regency or city lies in (idn-area-data). */
  region?: string;
  /** The gazetteer's entry for an Indonesian city, for its GeoNames id and position. */
  cityOptions?: GazetteerCity[];
}

/**
 * What `fold` names after `cue`, from the regional data; undefined when the data has no such region (the caller then
 * tries the gazetteer). Among subdivisions of one name, the one in a country the sentence names wins, else the first.
 */
export function cuedRegion(
  lex: Lexicon,
  fold: string,
  cue: string,
  sentenceCountries: () => Set<string>,
): CuedRegion | undefined {
  const level = placeLevel(cue);
  if (level === "regency") {
    const area = lex.regencies.get(fold);
    if (area) return { hit: areaHit(area.key, area.label), region: area.provinceKey };
    // "Distrik Oecussi", "the Oecussi District": a district abroad may be a first-level subdivision of its country.
    return foreignRegion(lex, fold, sentenceCountries);
  }
  if (level === "city") {
    const area = lex.kotas.get(fold);
    if (!area) return undefined;
    const options = lex.cities.get(fold)?.filter((c) => c.countryCode === "ID");
    if (options?.length)
      return {
        hit: areaHit(nodeKey("City", options[0].name), options[0].name),
        region: area.provinceKey,
        cityOptions: options,
      };
    return { hit: areaHit(area.key, area.label), region: area.provinceKey };
  }
  if (level === "province") return foreignRegion(lex, fold, sentenceCountries);
  return undefined;
}

function foreignRegion(lex: Lexicon, fold: string, sentenceCountries: () => Set<string>): CuedRegion | undefined {
  const options = lex.regions.get(fold);
  if (!options?.length) return undefined;
  if (options.length === 1) return { hit: options[0] };
  const named = sentenceCountries();
  return { hit: options.find((o) => o.countryCode && named.has(o.countryCode)) ?? options[0] };
}

function areaHit(key: string, label: string): PhraseHit {
  return { kind: "City", key, label, priority: 0, countryCode: "ID" };
}
