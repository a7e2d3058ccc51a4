// Within one study, a bare name that the study also writes after a province cue ("Perfektur Kyoto ... Kyoto dan
// Yogyakarta") means the province: sister-province studies shorten their partners' names once introduced.
import type { Sentence } from "../../studies/sentences.js";
import type { Mention } from "../mentions/index.js";
import { foldName } from "../normalize.js";

/** Province names written without their generic words ("Daerah Istimewa Yogyakarta" is written "Yogyakarta"). */
const GENERIC =
  /^(?:daerah istimewa|daerah khusus ibukota|dki|provinsi|propinsi|prefektur|perfektur|province of|prefecture of|state of|negara bagian) | (?:province|prefecture)$/;

/**
 * The study's mentions with each uncued city that shares its name with a province the study names read as that
 * province, unless the study also names the city with a cue ("Kota Kyoto"): then both readings stay.
 */
export function provinceReadings(
  masked: string,
  bySentence: Array<[Sentence, Mention[]]>,
): Array<[Sentence, Mention[]]> {
  const provinces = new Map<string, Mention>();
  const cuedCities = new Set<string>();
  for (const [, ms] of bySentence)
    for (const m of ms) {
      const written = foldName(masked.slice(m.start, m.end));
      const name = written.replace(GENERIC, "");
      // Only a province the study marks as one, by a cue or its generic words: bare "Jambi" may be the city.
      if (m.kind === "Province" && (m.cued || name !== written) && !provinces.has(name)) provinces.set(name, m);
      if (m.kind === "City" && m.cued) cuedCities.add(name);
    }
  if (!provinces.size) return bySentence;
  return bySentence.map(([sentence, ms]) => [
    sentence,
    ms.map((m) => {
      if (m.kind !== "City" || m.cued) return m;
      const name = foldName(masked.slice(m.start, m.end));
      const province = cuedCities.has(name) ? undefined : provinces.get(name);
      return province ? { ...province, start: m.start, end: m.end, sentence, cued: false, within: [] } : m;
    }),
  ]);
}
