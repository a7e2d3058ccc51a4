// LOCATED_IN that no sentence states but the gazetteer knows: a place of the study lies in a country the study names,
// or an Indonesian regency or city in a province the study names (idn-area-data). Marked `inferred`; its evidence is
// the first sentence naming the place and the first naming the country or province.
import { isPlaceKind, type Evidence } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import type { RelationFact } from "../facts.js";
import { withInner, type Mention } from "../mentions/index.js";

export function inferredLocations(
  bySentence: Array<[Sentence, Mention[]]>,
  stated: RelationFact[],
  evidenceOf: (s: Sentence, m: Mention) => Evidence,
): RelationFact[] {
  const countries = new Map<string, { key: string; evidence: Evidence }>();
  const places = new Map<string, { countryCode: string; evidence: Evidence }>();
  const regions = new Map<string, Evidence>();
  const inRegion = new Map<string, { region: string; evidence: Evidence }>();
  for (const [sentence, mentions] of bySentence)
    // A country inside a name counts too: "the Embassy of Spain" names Spain.
    for (const m of withInner(mentions)) {
      if (!regions.has(m.key)) regions.set(m.key, evidenceOf(sentence, m));
      if (m.region && m.countryCode === "ID" && !inRegion.has(m.key))
        inRegion.set(m.key, { region: m.region, evidence: evidenceOf(sentence, m) });
      if (!m.countryCode) continue;
      if (m.kind === "Country" && !countries.has(m.countryCode))
        countries.set(m.countryCode, { key: m.key, evidence: evidenceOf(sentence, m) });
      if (isPlaceKind(m.kind) && !places.has(m.key))
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
  for (const [key, place] of inRegion) {
    const region = regions.get(place.region);
    if (!region || located.has(`${key}|${place.region}`)) continue;
    for (const evidence of [place.evidence, region])
      out.push({ kind: "LOCATED_IN", source: key, target: place.region, evidence, inferred: true });
  }
  return out;
}
