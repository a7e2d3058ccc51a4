// Theories named with a cue word but outside the vocabulary: "teori linkage politics dari Rosenau", "the theory of
// two-level games", "the Linkage Politics theory", "constructivist theory of Wendt". The name is the words after
// (or before) the cue up to the first word that cannot be part of it; the scholar after it is its proposer.
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { isCommonWord, PRIORITY, type Lexicon } from "../lexicon/index.js";
import type { Mention } from "./mention.js";
import { cueAlternatives, PROPOSER_WORDS } from "../cues.js";
import { foldName } from "../normalize.js";
import { NAME_WORD, PERSONS, personsIn } from "./names.js";

// Read in a lookahead, so "teori yang digunakan adalah teori X" still finds the second.
const PREFIX = /\b(?:[Tt]eori|[Tt]heory[ \t]+of|[Tt]he[ \t]+theory[ \t]+of)[ \t]+(?=((?:[\p{L}'’-]+[ \t]*){1,6}))/gu;
const SUFFIX = /((?:[\p{L}'’-]+[ \t]+){1,5})[Tt]heory\b/gu;
/** Words that end a theory's name: function words, verbs and the words that introduce its author. */
const STOP = new Set(
  (
    "yang dari oleh menurut untuk dalam sebagai dan serta atau dengan guna agar karena pada di ke ini itu tersebut " +
    "adalah merupakan digunakan menggunakan dipakai memakai melalui bahwa juga akan telah sudah tentang mengenai " +
    "by of from according which that to for in on as and or with is are was were be been this these those the a an " +
    "uses use used using apply applies applied applying employs employed adopts adopted through about its their " +
    "study research penelitian studi kajian artikel article paper analysis analisis framework kerangka approach " +
    "pendekatan concept konsep theory teori theories"
  ).split(" "),
);
const PROPOSER = new RegExp(
  `^[ \\t]*(?:\\([ \\t]*|,?[ \\t]*(?:${cueAlternatives(PROPOSER_WORDS)})[ \\t]+)(${PERSONS})`,
  "u",
);

/** A theory named only by its scholar: "Dunn's (2004) theory", "Putnam's theory". */
const SCHOLARS_THEORY = new RegExp(
  `(${NAME_WORD})['’]s?[ \\t]*(?:\\([ \\t]*(?:1[89]|20)\\d{2}[a-z]?[ \\t]*\\)[ \\t]*)?[Tt]heory\\b`,
  "gu",
);

function scholarsTheories(lex: Lexicon, sm: string, sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  SCHOLARS_THEORY.lastIndex = 0;
  for (let m = SCHOLARS_THEORY.exec(sm); m; m = SCHOLARS_THEORY.exec(sm)) {
    const start = sentence.start + m.index;
    const proposers = personsIn(lex, start, m[1], sentence);
    if (proposers.length !== 1) continue;
    const label = `${m[1]}'s theory`;
    out.push({
      kind: "Theory",
      key: nodeKey("Theory", label),
      label,
      start,
      end: start + m[0].length,
      sentence,
      priority: PRIORITY.cued,
      proposers,
    });
  }
  return out;
}

export function namedTheories(lex: Lexicon, masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  if (!/teori|theory/i.test(sm)) return [];
  const out: Mention[] = scholarsTheories(lex, sm, sentence);
  const theory = (cueStart: number, nameStart: number, name: string, cueEnd: number) => {
    const fold = foldName(name);
    if (!fold || lex.phrases.has(fold) || lex.phrases.has(`${fold} theory`) || lex.phrases.has(`teori ${fold}`)) return;
    if (fold.split(" ").every((w) => isCommonWord(w))) return;
    const nameEnd = nameStart + name.length;
    const end = Math.max(nameEnd, cueEnd);
    const after = PROPOSER.exec(masked.slice(end, sentence.end));
    const proposers = after ? personsIn(lex, end + after[0].length - after[1].length, after[1], sentence) : [];
    const label = name.charAt(0).toUpperCase() + name.slice(1);
    out.push({
      kind: "Theory",
      key: nodeKey("Theory", label),
      label,
      start: cueStart,
      end: proposers.length ? proposers[proposers.length - 1].end : end,
      name: { start: Math.min(cueStart, nameStart), end },
      sentence,
      priority: PRIORITY.cued - 1,
      proposers,
    });
  };
  PREFIX.lastIndex = 0;
  for (let m = PREFIX.exec(sm); m; m = PREFIX.exec(sm)) {
    const words = [...m[1].matchAll(/[\p{L}'’-]+/gu)];
    const kept: RegExpMatchArray[] = [];
    for (const w of words) {
      if (STOP.has(w[0].toLowerCase()) || kept.length === 4) break;
      kept.push(w);
    }
    if (!kept.length) continue;
    // A name of the vocabulary at the start is read by the vocabulary: "the theory of constructivism guides ...".
    const known = kept.some((_, n) => {
      const f = foldName(
        kept
          .slice(0, n + 1)
          .map((w) => w[0])
          .join(" "),
      );
      return lex.phrases.has(f) || lex.phrases.has(`${f} theory`) || lex.phrases.has(`teori ${f}`);
    });
    if (known) continue;
    const nameStart = sentence.start + m.index + m[0].length;
    const last = kept[kept.length - 1];
    const name = m[1].slice(0, last.index! + last[0].length);
    // "the theory of Robert Keohane and Joseph Nye": scholars, not the theory's name.
    if (/^[ \t]*(?:and|dan|&)[ \t]+\p{Lu}/u.test(sm.slice(m.index + m[0].length + name.length))) continue;
    theory(sentence.start + m.index, nameStart, name, nameStart + name.length);
  }
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(sm); m; m = SUFFIX.exec(sm)) {
    const words = [...m[1].matchAll(/[\p{L}'’-]+/gu)];
    let from = words.length;
    while (from > 0 && words.length - from < 4 && !STOP.has(words[from - 1][0].toLowerCase())) from--;
    if (from === words.length) continue;
    // A possessive is the author, not the name: "Rosenau's linkage theory".
    while (from < words.length && /['’]s?$/.test(words[from][0])) from++;
    if (from === words.length) continue;
    const name = m[1].slice(words[from].index!).trimEnd();
    const nameStart = sentence.start + m.index + words[from].index!;
    const cueEnd = sentence.start + m.index + m[0].length;
    theory(nameStart, nameStart, name, cueEnd);
  }
  return out;
}
