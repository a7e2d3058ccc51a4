// A method is named with the words that say it is one: "metode penelitian kualitatif", "qualitative research
// method", "pendekatan deskriptif kualitatif". The mention takes them in, so the alias is the phrase as written.
import type { Mention } from "./mention.js";

const BEFORE =
  /(?:\b(?:[Mm]etode|[Mm]etodologi|[Pp]endekatan|[Tt]eknik|[Jj]enis|[Tt]ipe|[Dd]esain|[Mm]odel)(?:[ \t]+(?:penelitian|analisis|analisa|pengumpulan[ \t]+data))?|\b[Pp]enelitian|\b(?:[Aa][ \t]+|[Tt]he[ \t]+)?)[ \t]+$/u;
const AFTER =
  /^[ \t]+(?:(?:research|study|data|analysis)[ \t]+)?(?:methods?|methodology|approach|design|techniques?|research|study)\b/iu;

/** The method mentions of a sentence, widened over the words around them that name a method, where no mention stands. */
export function methodPhrases(masked: string, mentions: Mention[]): Mention[] {
  return mentions.map((m, i) => {
    if (m.kind !== "Method" || m.name) return m;
    const from = i > 0 ? mentions[i - 1].end : m.sentence.start;
    const to = i + 1 < mentions.length ? mentions[i + 1].start : m.sentence.end;
    const before = BEFORE.exec(masked.slice(Math.max(from, m.start - 40), m.start));
    const after = AFTER.exec(masked.slice(m.end, Math.min(to, m.end + 40)));
    const cue = before?.[0].replace(/^(?:[Aa]|[Tt]he)[ \t]+$/u, "").trim() ? before[0].length : 0;
    if (!cue && !after) return m;
    return { ...m, start: m.start - cue, end: m.end + (after?.[0].length ?? 0) };
  });
}
