// PROPOSED_BY between a theory or named framework and the scholar cited right beside it: "Putnam's (1988) two-level
// game", "two-level games (Putnam, 1988)", "paradiplomasi Duchacek (1990)", "soft power dari Nye".
import { cueAlternatives, PROPOSER_WORDS } from "../cues.js";
import type { Mention } from "../mentions/index.js";

const KINDS = new Set(["Theory", "Method", "Concept"]);
/** Between a scholar and the theory after it: a possessive and the year. */
const BEFORE = /^['’]s?[ \t]*(?:\([ \t]*(?:1[89]|20)\d{2}[a-z]?[ \t]*\))?[ \t]*$/u;
/** Between a theory and the scholar after it: an opening bracket, or a word naming the source. */
const AFTER = new RegExp(
  `^[ \\t]*(?:\\([ \\t]*(?:(?:lihat|see)[ \\t]+)?|,?[ \\t]*(?:${cueAlternatives(PROPOSER_WORDS)})[ \\t]+)$`,
  "iu",
);
/** Between two scholars of one citation: "Keohane dan Nye", "Finnemore & Sikkink". */
const JOINED = /^[ \t]*(?:,|dan|and|&)[ \t]*(?:dan[ \t]+|and[ \t]+)?$/iu;

export function proposedBy(masked: string, mentions: Mention[]): Array<[Mention, Mention]> {
  const out: Array<[Mention, Mention]> = [];
  const persons = mentions.filter((m) => m.kind === "Person");
  for (const t of mentions) {
    if (!KINDS.has(t.kind) || t.proposers?.length) continue;
    // After the theory: the first scholar, then those joined to it.
    const first = persons.find((p) => p.start >= t.end && AFTER.test(masked.slice(t.end, p.start)));
    const before = [...persons].reverse().find((p) => p.end <= t.start && BEFORE.test(masked.slice(p.end, t.start)));
    const group = first ? joinedFrom(masked, persons, first, 1) : before ? joinedFrom(masked, persons, before, -1) : [];
    for (const p of group) out.push([t, p]);
  }
  return out;
}

function joinedFrom(masked: string, persons: Mention[], from: Mention, step: 1 | -1): Mention[] {
  const group = [from];
  for (let i = persons.indexOf(from) + step; i >= 0 && i < persons.length; i += step) {
    const [a, b] = step === 1 ? [group[group.length - 1], persons[i]] : [persons[i], group[group.length - 1]];
    if (!JOINED.test(masked.slice(a.end, b.start))) break;
    group.push(persons[i]);
  }
  return group;
}
