// Bracketed short forms of organizations and projects: "Japan International Cooperation Agency (JICA)".
import type { Sentence } from "../../studies/sentences.js";
import { PRIORITY } from "../lexicon/index.js";
import type { Mention } from "./mention.js";

const ACRONYM_AFTER = /^[ \t]*\([ \t]*(\p{Lu}[\p{L}\p{N}&.-]{1,14})[ \t]*\)/u;

/** "Japan International Cooperation Agency (JICA)": the bracketed short form names the same organization. */
export function acronymMentions(masked: string, sentence: Sentence, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== "Organization" && m.kind !== "Project") continue;
    const a = ACRONYM_AFTER.exec(masked.slice(m.end, Math.min(sentence.end, m.end + 24)));
    if (!a || a[1].replace(/[^\p{Lu}]/gu, "").length < 2) continue;
    const start = m.end + a[0].indexOf(a[1]);
    out.push({
      ...m,
      start,
      end: start + a[1].length,
      within: [],
      proposers: [],
      acronym: true,
      priority: PRIORITY.knownOrg,
    });
  }
  return out;
}
