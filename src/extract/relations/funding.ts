// The funder of a project: the organization named nearest the funding words ("didanai oleh JICA", "the EU as donor").
import type { Sentence } from "../../studies/sentences.js";
import { cueRegex, FUNDING_WORDS } from "../cues.js";
import type { Mention } from "../mentions/index.js";

export const FUNDING = cueRegex(FUNDING_WORDS);
const FUNDING_ALL = cueRegex(FUNDING_WORDS, "gi");
/** "didanai oleh X", "funded by X", "hibah dari X": the funder is the agent after the cue, never before it. */
const AGENT_AFTER = /^\s+(oleh|by|dari|from)\b/i;

export function funderOf(masked: string, sentence: Sentence, orgs: Mention[]): string | undefined {
  const sm = masked.slice(sentence.start, sentence.end);
  let best: { key: string; distance: number } | undefined;
  for (const m of sm.matchAll(FUNDING_ALL)) {
    const c = sentence.start + m.index!;
    const agentAfter = AGENT_AFTER.test(sm.slice(m.index! + m[0].length, m.index! + m[0].length + 8));
    for (const o of orgs) {
      if (agentAfter && o.start < c) continue;
      const distance = c < o.start ? o.start - c : Math.max(0, c - o.end);
      if (!best || distance < best.distance) best = { key: o.key, distance };
    }
  }
  return best?.key;
}
