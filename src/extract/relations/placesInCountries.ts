// LOCATED_IN as sentences write it: "Lismore, Australia", "Changwon (Korea Selatan)", "Kota Davao di Filipina",
// "Hamburg in Germany", "Rotterdam, the Netherlands' second city", and lists "A (Australia), B dan C (Tiongkok)".
import { isPlaceKind } from "../../model/index.js";
import type { Mention } from "../mentions/index.js";

/** What may stand between a place (other places of a list taken out) and the country it lies in. */
const TO_COUNTRY =
  /^(?:[\s,;()]|^[ \t]*[-–][ \t]*$|\b(?:di|in|of|dari|from|dan|and|serta|the|negara|country|province|prefecture|city|regency|district|distrik|state|metropolis|kota|provinsi|yang|berada|terletak|berlokasi|which|that|is|located|situated|based)\b)*$/i;
/** Between a city and its province only a comma, a bracket, "di" or "in": "Bandung, Jawa Barat", "Sleman (DIY)". */
const TO_PROVINCE = /^(?:[\s,()]|\b(?:di|in|provinsi|province|prefektur|prefecture|state\s+of|negara\s+bagian)\b)*$/i;

/** "Distrik Oecussi, Timor Leste", "the Oecussi District of Timor Leste", "Kota X (Filipina)". */
const BESIDE_COUNTRY =
  /^(?:\s+(?:district|regency|municipality|city|province))?(?:\s*[,(]\s*|\s+(?:di|in|of)\s+(?:the\s+)?)$/i;

export interface Placement {
  place: Mention;
  region: Mention;
}

/**
 * Each place with the country (or province) written after it, when the words between are only glue. The gazetteer has
 * the last word: a city is placed only in its own country, so "Bandung dan Hamamatsu, Jepang" places Hamamatsu alone.
 * A province the gazetteer does not know takes the country written after it.
 */
export function placesInCountries(masked: string, mentions: Mention[]): Placement[] {
  const out: Placement[] = [];
  const places = mentions.filter((m) => isPlaceKind(m.kind));
  for (const p of places) {
    const country = mentions.find(
      (c) =>
        c.kind === "Country" && c.start >= p.end && TO_COUNTRY.test(gapWithoutPlaces(masked, p.end, c.start, places)),
    );
    if (country) {
      // A cued place the data does not know takes the country written after it; a city only right after it.
      const gap = masked.slice(p.end, country.start);
      if (!p.countryCode && p.cued && (p.kind === "Province" || BESIDE_COUNTRY.test(gap)))
        p.countryCode = country.countryCode;
      if (p.countryCode && p.countryCode === country.countryCode) out.push({ place: p, region: country });
    }
    if (p.kind !== "City") continue;
    const next = places.find((q) => q.start >= p.end);
    if (
      next?.kind === "Province" &&
      next.countryCode === p.countryCode &&
      (!p.region || p.region === next.key) && // the regional data has the last word: Kota Bogor lies in West Java
      TO_PROVINCE.test(masked.slice(p.end, next.start))
    )
      out.push({ place: p, region: next });
  }
  return out;
}

/** The text between two offsets with place names blanked, so "B dan C (Tiongkok)" reads " dan  (" for B. */
function gapWithoutPlaces(masked: string, from: number, to: number, places: Mention[]): string {
  if (to - from > 160) return "-";
  let gap = "";
  let at = from;
  for (const q of places)
    if (q.start >= at && q.end <= to) {
      gap += masked.slice(at, q.start);
      at = q.end;
    }
  return gap + masked.slice(at, to);
}
