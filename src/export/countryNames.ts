// A country's usual English name from its ISO code, for the Country nodes the Neo4j model adds (see neo4jModel.ts).
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

/** Where the shortest name is not the usual one. */
const USUAL_NAME: Record<string, string> = { GB: "United Kingdom" };

/**
 * "Germany", "South Korea", "United States": the rule the gazetteer of extraction names countries by (a test holds
 * the two equal for every code), so a Country added here has the key extraction would give it. Undefined for a code
 * the package does not know.
 */
export function countryName(code: string): string | undefined {
  if (USUAL_NAME[code]) return USUAL_NAME[code];
  const names = countries.getName(code, "en", { select: "all" });
  if (!names?.length) return undefined;
  const plain = names.filter((n) => n.length > 3 && !/[,().]/.test(n));
  return (plain.length ? plain : names).reduce((a, b) => (b.length < a.length ? b : a));
}
