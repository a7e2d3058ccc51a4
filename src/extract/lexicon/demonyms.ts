// What people of a country are called ("South Korean", "Japanese"), from the subdivision package's countries.json:
// "Gyeongsangbuk-do, a South Korean province" places the province in its country.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageDir } from "./regions.js";

interface CountryRecord {
  iso2: string;
  nationality?: string | null;
}

let demonyms: Map<string, string> | undefined;

/** Demonym as written ("South Korean") -> ISO code; a demonym several countries share ("Congolese") is left out. */
export function demonymIndex(): Map<string, string> {
  if (demonyms) return demonyms;
  const file = join(packageDir("@countrystatecity/countries/data/countries.json"), "countries.json");
  const owners = new Map<string, Set<string>>();
  for (const c of JSON.parse(readFileSync(file, "utf8")) as CountryRecord[])
    for (const name of (c.nationality ?? "").split(/,| or /)) {
      const n = name.trim();
      // One word of four letters or more, or several: "Lao" or "Thai" alone are too short to be sure of.
      if (n.length < 4 || !/^\p{Lu}/u.test(n)) continue;
      owners.set(n, (owners.get(n) ?? new Set()).add(c.iso2));
    }
  demonyms = new Map([...owners].filter(([, codes]) => codes.size === 1).map(([n, codes]) => [n, [...codes][0]]));
  return demonyms;
}
