// Facts of a study read in composed form (see studies/composedText.ts) are given back in the file's own offsets.
import type { Evidence } from "../model/index.js";
import type { StudyFacts } from "./facts.js";

export function toOriginalOffsets(facts: StudyFacts, original: { text: string; toOriginal: Int32Array }): StudyFacts {
  const { text, toOriginal } = original;
  const mapped = new Map<Evidence, Evidence>();
  const remap = (e: Evidence): Evidence => {
    let out = mapped.get(e);
    if (!out) {
      const start = toOriginal[e.start];
      const end = toOriginal[e.end];
      out = {
        ...e,
        quote: text.slice(start, end),
        start,
        end,
        ...(e.mention ? { mention: { start: toOriginal[e.mention.start], end: toOriginal[e.mention.end] } } : {}),
      };
      mapped.set(e, out);
    }
    return out;
  };
  return {
    ...facts,
    study: { ...facts.study, text },
    entities: facts.entities.map((f) => ({ ...f, evidence: remap(f.evidence) })),
    relations: facts.relations.map((f) => ({ ...f, evidence: remap(f.evidence) })),
  };
}
