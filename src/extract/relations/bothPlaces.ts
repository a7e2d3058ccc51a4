// Sentences about "kedua kota" / "the two cities" without naming them speak of the study's own pair of places.
import { edgeKey, isPlaceKind, isSymmetricEdgeKind, type EdgeKind } from "../../model/index.js";
import { findPeriods, findSince } from "../../studies/metadata.js";
import type { Sentence } from "../../studies/sentences.js";
import { evidenceOf, type StudyContext } from "../context.js";
import { BOTH_PLACES_WORDS, COOPERATION, cueRegex, TWINNING_KEYS } from "../cues.js";
import type { RelationFact } from "../facts.js";
import type { Mention } from "../mentions/index.js";

const BOTH_PLACES = cueRegex(BOTH_PLACES_WORDS);

/**
 * Sentences about "kedua kota" / "the two cities" without naming them: they speak of the study's own pair,
 * the pair it links most often, when there is one.
 */
export function bothPlacesRelations(
  ctx: StudyContext,
  bySentence: Array<[Sentence, Mention[]]>,
  found: RelationFact[],
): RelationFact[] {
  const counts = new Map<string, { kind: EdgeKind; source: string; target: string; n: number }>();
  for (const r of found)
    if (isSymmetricEdgeKind(r.kind)) {
      const k = edgeKey(r.kind, r.source, r.target);
      const c = counts.get(k) ?? { kind: r.kind, source: r.source, target: r.target, n: 0 };
      c.n++;
      counts.set(k, c);
    }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || (a.source + a.target < b.source + b.target ? -1 : 1));
  if (!ranked.length || (ranked.length > 1 && ranked[1].n * 2 > ranked[0].n)) return [];
  const pair = ranked[0];
  const out: RelationFact[] = [];
  for (const [sentence, mentions] of bySentence) {
    const sm = ctx.masked.slice(sentence.start, sentence.end);
    if (mentions.some((m) => isPlaceKind(m.kind)) || !BOTH_PLACES.test(sm)) continue;
    if (!COOPERATION.test(sm) && !mentions.some((m) => TWINNING_KEYS.has(m.key))) continue;
    const period = findPeriods(ctx.text, sentence.start, sentence.end, true)[0];
    const since = findSince(sm);
    out.push({
      kind: pair.kind,
      source: pair.source,
      target: pair.target,
      evidence: evidenceOf(ctx, sentence),
      ...(period ? { period: { from: period.from, to: period.to } } : {}),
      ...(since !== undefined ? { since } : {}),
    });
  }
  return out;
}
