// A country's usual English name from its ISO code, for the Country nodes the Neo4j model adds (see neo4jModel.ts).
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import { usualCountryName } from "../model/index.js";

countries.registerLocale(en);

/**
 * "Germany", "South Korea", "United States": named by the rule extraction names countries by, so a Country added here
 * has the key extraction would give it. Undefined for a code the package does not know.
 */
export function countryName(code: string): string | undefined {
  const names = countries.getName(code, "en", { select: "all" });
  return names?.length ? usualCountryName(names) : undefined;
}
