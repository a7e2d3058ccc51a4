// A faculty or department is part of the body named after it: "Fakultas Ilmu Sosial dan Ilmu Politik, Universitas
// Airlangga", also when a cover page puts the two on lines of their own.
import type { Sentence } from "../../studies/sentences.js";
import type { RelationFact } from "../facts.js";
import type { Mention } from "../mentions/index.js";

export function unitsOfBodies(
  bySentence: Array<[Sentence, Mention[]]>,
  evidence: (sentence: Sentence, mention: Mention) => RelationFact["evidence"],
): RelationFact[] {
  const bodyAt = new Map<number, Mention>();
  for (const [, mentions] of bySentence)
    for (const m of mentions) if (m.kind === "Organization" && !bodyAt.has(m.start)) bodyAt.set(m.start, m);
  const out: RelationFact[] = [];
  for (const [sentence, mentions] of bySentence)
    for (const unit of mentions) {
      const body = unit.partOfAt === undefined ? undefined : bodyAt.get(unit.partOfAt);
      if (body && body.key !== unit.key)
        out.push({ kind: "PART_OF", source: unit.key, target: body.key, evidence: evidence(sentence, unit) });
    }
  return out;
}
