// Study-level edges: what a study applies (theories, methods, concepts used as tools), focuses on, and mentions.
import type { Sentence } from "../../studies/sentences.js";
import { evidenceOf, type StudyContext } from "../context.js";
import { APPLY_WORDS, cueAlternatives, cueRegex, FRAME_WORDS, FRAMED_AFTER, FRAMED_BEFORE, NAMED_AS } from "../cues.js";
import type { RelationFact } from "../facts.js";
import { FIELD_CONCEPTS } from "../lexicon/concepts.js";
import type { Mention } from "../mentions/index.js";

const CONCEPT_FRAME = cueRegex(FRAME_WORDS);
/** A keyword line: the concepts it lists, other than fields of cooperation, are the study's lenses. */
const KEYWORDS_LINE = /^[\s*_]*(?:kata[\s-]*(?:kata[\s-]*)?kunci|keywords?|key\s+words)\b/i;
const APPLY_VERB = cueRegex(APPLY_WORDS);
/** A framework, lens or approach named in the sentence: "kerangka berpikir … terdiri atas konsep X". */
const FRAMEWORK = cueRegex(FRAME_WORDS.filter((w) => !/^(?:konsep|concepts\?)$/.test(w)));
const FRAMED_BEFORE_RE = new RegExp(`\\b(?:${cueAlternatives(FRAMED_BEFORE)})[\\s"'“]*$`, "i");
const FRAMED_AFTER_RE = new RegExp(`^[\\s"'”]*(?:${cueAlternatives(FRAMED_AFTER)})\\b`, "i");
const NAMED_AS_RE = new RegExp(`\\b(?:${cueAlternatives(NAMED_AS)})[\\s"'“]*$`, "i");

/** "gejala ini dikenal dengan sebutan paradiplomasi": the study names what it looks at with the concept. */
function namedAs(masked: string, m: Mention): boolean {
  return NAMED_AS_RE.test(masked.slice(Math.max(m.sentence.start, m.start - 40), m.start));
}

/** "konsep sister city", "the Sister City approach": the concept is named as a tool, not as a topic. */
function framed(masked: string, m: Mention): boolean {
  return (
    FRAMED_BEFORE_RE.test(masked.slice(Math.max(m.sentence.start, m.start - 24), m.start)) ||
    FRAMED_AFTER_RE.test(masked.slice(m.end, Math.min(m.sentence.end, m.end + 16)))
  );
}

export function studyRelations(ctx: StudyContext, mentionsBySentence: Array<[Sentence, Mention[]]>): RelationFact[] {
  const out: RelationFact[] = [];
  const special = new Set<string>();
  const focusSentences = new Set(ctx.titleAndKeywords.map((s) => s.start));
  for (const [sentence, mentions] of mentionsBySentence) {
    const sm = ctx.masked.slice(sentence.start, sentence.end);
    // The sentence's cue words are read once, and only for a sentence that names a lens.
    let cues: { verb: boolean; conceptsApplied: boolean; keywords: boolean } | undefined;
    const cuesHere = () => {
      if (cues) return cues;
      const verb = APPLY_VERB.test(sm);
      return (cues = {
        verb,
        conceptsApplied: CONCEPT_FRAME.test(sm) && verb,
        keywords: focusSentences.has(sentence.start) && KEYWORDS_LINE.test(sm),
      });
    };
    for (const m of mentions) {
      const lens = m.kind === "Concept" && !FIELD_CONCEPTS.has(m.label);
      const applies =
        m.kind === "Theory" ||
        m.kind === "Method" ||
        (lens &&
          (cuesHere().keywords ||
            cuesHere().conceptsApplied ||
            namedAs(ctx.masked, m) ||
            (framed(ctx.masked, m) && (cuesHere().verb || FRAMEWORK.test(sm)))));
      if (applies) {
        out.push({ kind: "APPLIES", source: ctx.studyKey, target: m.key, evidence: evidenceOf(ctx, sentence, m) });
        special.add(m.key);
      }
      if (focusSentences.has(sentence.start) && m.kind !== "Person" && m.kind !== "Method" && m.kind !== "Theory") {
        out.push({ kind: "FOCUSES_ON", source: ctx.studyKey, target: m.key, evidence: evidenceOf(ctx, sentence, m) });
        special.add(m.key);
      }
    }
  }
  // A MENTIONS edge carries the first sentence that names the entity; the entity node keeps every one.
  for (const [sentence, mentions] of mentionsBySentence)
    for (const m of mentions)
      if (!special.has(m.key)) {
        out.push({ kind: "MENTIONS", source: ctx.studyKey, target: m.key, evidence: evidenceOf(ctx, sentence, m) });
        special.add(m.key);
      }
  return out;
}
