// Which of a country's ISO names a Country node is called by: one rule for extraction and the Neo4j model, so a
// Country either of them adds has the same label and key.

/** Where the shortest name is not the usual one. */
const USUAL_NAME: Record<string, string> = { GB: "United Kingdom" };
const USUAL_NAMES = new Set(Object.values(USUAL_NAME));

/** "United States" over "United States of America", "South Korea" over "Korea, Republic of". */
export function usualCountryName(names: string[]): string {
  const usual = names.find((n) => USUAL_NAMES.has(n));
  if (usual) return usual;
  const plain = names.filter((n) => n.length > 3 && !/[,().]/.test(n));
  return (plain.length ? plain : names).reduce((a, b) => (b.length < a.length ? b : a));
}
