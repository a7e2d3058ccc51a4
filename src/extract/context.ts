// What every relation rule of a study receives: the study's texts, what it is about, and how evidence is cut.
import type { Evidence } from "../model/index.js";
import type { Sentence } from "../studies/sentences.js";

export interface StudyContext {
  studyKey: string;
  text: string;
  masked: string;
  /** The study names a twinning somewhere ("sister city", "kota kembar"): its cooperation sentences are about it. */
  aboutTwinning: boolean;
  /** The project the study is about, when it names one clearly: where "the project" and "this collaboration" point. */
  mainProject?: string;
  titleAndKeywords: Sentence[];
}

/** The sentence, verbatim, as evidence; `mention` marks the words that name the node. */
export function evidenceOf(ctx: StudyContext, s: Sentence, mention?: { start: number; end: number }): Evidence {
  const e: Evidence = { study: ctx.studyKey, quote: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
  if (mention) e.mention = { start: mention.start, end: mention.end };
  return e;
}
