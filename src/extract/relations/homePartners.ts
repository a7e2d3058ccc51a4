// A sentence about working with places abroad that leaves its own place unsaid speaks for the study's home place:
// "the work done together with the City of Seville" in a study of Tidore Kepulauan. The home place is the one the
// title names; the sentence must name no place of the home's country, and no pair of its own.
import { isPlaceKind, isSymmetricEdgeKind } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { evidenceOf, type StudyContext } from "../context.js";
import { COOPERATION } from "../cues.js";
import type { RelationFact } from "../facts.js";
import { withInner, type Mention } from "../mentions/index.js";

/** The words that turn to the partner: "dengan", "bersama", "with", "together with". */
const WITH = /(?<![\p{L}])(?:dengan|bersama|with|alongside)(?![\p{L}])/iu;
const TOGETHER = /\b(?:together with|jointly with|in collaboration with|in cooperation with|bersama-sama dengan)\b/i;

export function homePartners(
  ctx: StudyContext,
  bySentence: Array<[Sentence, Mention[]]>,
  found: RelationFact[],
): RelationFact[] {
  const title = ctx.titleAndKeywords[0];
  const titled = title ? bySentence.find(([s]) => s.start === title.start)?.[1] : undefined;
  const home = titled?.find((m) => isPlaceKind(m.kind) && m.countryCode);
  if (!home) return [];
  const paired = new Set<string>();
  const pairedSentences = new Set<number>();
  for (const r of found)
    if (isSymmetricEdgeKind(r.kind)) {
      paired.add(`${r.source}|${r.target}`).add(`${r.target}|${r.source}`);
      pairedSentences.add(r.evidence.start);
    }
  const out: RelationFact[] = [];
  for (const [sentence, mentions] of bySentence) {
    if (sentence.start === title.start || pairedSentences.has(sentence.start)) continue;
    const places = withInner(mentions).filter((m) => isPlaceKind(m.kind));
    if (places.some((p) => p.countryCode === home.countryCode || !p.countryCode)) continue;
    const abroad = places.filter((p) => p.key !== home.key).sort((a, b) => a.start - b.start);
    if (!abroad.length) continue;
    const before = ctx.masked.slice(sentence.start, abroad[0].start);
    if (!WITH.test(before) || !(COOPERATION.test(before) || TOGETHER.test(before))) continue;
    for (const p of new Map(abroad.map((p) => [p.key, p])).values())
      if (!paired.has(`${home.key}|${p.key}`))
        out.push({ kind: "COOPERATES_WITH", source: home.key, target: p.key, evidence: evidenceOf(ctx, sentence) });
  }
  return out;
}
