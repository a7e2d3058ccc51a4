// LOCATED_IN that no sentence states but the gazetteer knows: a place of the study lies in a country the study names.
// Marked `inferred`; its evidence is the first sentence naming the place and the first naming the country.
import type { Evidence } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import type { RelationFact } from "../facts.js";
import type { Mention } from "../mentions.js";

export function inferredLocations(
  bySentence: Array<[Sentence, Mention[]]>,
  stated: RelationFact[],
  evidenceOf: (s: Sentence, m: Mention) => Evidence,
): RelationFact[] {
  const countries = new Map<string, { key: string; evidence: Evidence }>();
  const places = new Map<string, { countryCode: string; evidence: Evidence }>();
  for (const [sentence, mentions] of bySentence)
    for (const m of mentions) {
      if (!m.countryCode) continue;
      if (m.kind === "Country" && !countries.has(m.countryCode))
        countries.set(m.countryCode, { key: m.key, evidence: evidenceOf(sentence, m) });
      if ((m.kind === "City" || m.kind === "Province") && !places.has(m.key))
        places.set(m.key, { countryCode: m.countryCode, evidence: evidenceOf(sentence, m) });
    }
  const located = new Set(stated.filter((r) => r.kind === "LOCATED_IN").map((r) => `${r.source}|${r.target}`));
  const out: RelationFact[] = [];
  for (const [key, place] of places) {
    const country = countries.get(place.countryCode);
    if (!country || located.has(`${key}|${country.key}`)) continue;
    for (const evidence of [place.evidence, country.evidence])
      out.push({ kind: "LOCATED_IN", source: key, target: country.key, evidence, inferred: true });
  }
  return out;
}
