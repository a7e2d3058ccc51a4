// Theories: "Teori Paradiplomasi Tavares", "the theory of complex interdependence", "Keohane's regime theory".
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { getLexicon, PRIORITY, type Lexicon, type PhraseHit } from "../lexicon/index.js";
import { cueAlternatives, PROPOSER_WORDS } from "../cues.js";
import { foldName } from "../normalize.js";
import { each, type MentionContext } from "./context.js";
import type { Mention } from "./mention.js";
import { NAME_WORD, PERSONS, personsIn } from "./names.js";

// The words after the cue are read in a lookahead, so "teori yang digunakan adalah teori X" still finds the second.
const THEORY_PREFIX_RE =
  /\b([Tt]eori|[Tt]heory[ \t]+of|[Tt]he[ \t]+theory[ \t]+of|[Kk]onsep|[Cc]oncept[ \t]+of|[Tt]he[ \t]+concept[ \t]+of)[ \t]+(?=((?:[\p{L}'’-]+[ \t]*){1,6}))/gu;
const THEORY_PREFIX_GATE = /teori|theory|konsep|concept/i;
const THEORY_SUFFIX_RE = /((?:[\p{L}'’-]+[ \t]+){1,5})[Tt]heory\b/gu;
const THEORY_SUFFIX_GATE = /theory/i;
const PROPOSER_RE = new RegExp(`^[ \\t]*,?[ \\t]*(?:(?:${cueAlternatives(PROPOSER_WORDS)})[ \\t]+)?(${PERSONS})`, "u");
const POSSESSIVE_BEFORE_RE = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+(?:and|&|dan)[ \\t]+${NAME_WORD})?)['’]s?[ \\t]+$`,
  "u",
);

const theoryHit = (hits: PhraseHit[] | undefined) => hits?.find((h) => ["Theory", "Concept"].includes(h.kind));

function theory(
  ctx: MentionContext,
  start: number,
  words: string,
  proposerFrom: number,
  suffix: boolean,
  conceptCue = false,
): Mention | undefined {
  return suffix ? theoryBefore(ctx, start, words) : theoryAfter(ctx, start, words, proposerFrom, conceptCue);
}

/** Words after "teori", "the theory of", "konsep": the longest known theory or concept they start with. */
function theoryAfter(
  ctx: MentionContext,
  start: number,
  words: string,
  proposerFrom: number,
  conceptCue: boolean,
): Mention | undefined {
  const { lex, masked, sentence } = ctx;
  const parts = words.split(/([ \t]+)/);
  let best: { hit: PhraseHit; len: number } | undefined;
  let acc = "";
  for (let i = 0; i < parts.length; i += 2) {
    acc += (i ? parts[i - 1] : "") + parts[i];
    const f = foldName(acc);
    // After "konsep"/"concept of" the words name the concept itself, not the theory of the same name.
    const hit = conceptCue
      ? (theoryHit(lex.phrases.get(f)) ?? theoryHit(lex.phrases.get(`teori ${f}`) ?? lex.phrases.get(`${f} theory`)))
      : theoryHit(lex.phrases.get(`teori ${f}`) ?? lex.phrases.get(`${f} theory`) ?? lex.phrases.get(f));
    if (hit) best = { hit, len: acc.length };
  }
  if (!best) return;
  const nameEnd = start + best.len;
  const proposers = proposersAfter(lex, masked, nameEnd, sentence);
  // "konsep soft power Joseph Nye": a concept with its author; without one, the lexicon reads the concept.
  if (conceptCue && (!proposers.length || best.hit.kind !== "Concept")) return;
  const kind = conceptCue ? "Concept" : "Theory";
  const label = conceptCue || best.hit.kind === "Theory" ? best.hit.label : `${best.hit.label} theory`;
  const end = proposers.length ? proposers[proposers.length - 1].end : nameEnd;
  return {
    kind,
    key: nodeKey(kind, label),
    label,
    start: proposerFrom,
    end,
    // The theory is named with its cue word ("teori diplomasi publik"); a concept by its own words.
    name: { start: conceptCue ? start : proposerFrom, end: nameEnd },
    sentence,
    priority: PRIORITY.cued,
    proposers,
  };
}

function theoryBefore(ctx: MentionContext, start: number, words: string): Mention | undefined {
  const { lex, masked, sentence } = ctx;
  const parts = words.split(/([ \t]+)/);
  // Words before "theory": the theory's name is the end of them.
  for (let i = 0; i < parts.length; i += 2) {
    const tail = parts.slice(i).join("").trim();
    const f = foldName(tail);
    const hit = theoryHit(lex.phrases.get(`${f} theory`) ?? lex.phrases.get(f));
    if (hit) {
      const s = start + words.indexOf(tail, parts.slice(0, i).join("").length);
      const label = hit.kind === "Theory" ? hit.label : `${hit.label} theory`;
      const nameEnd = s + tail.length + " theory".length;
      const before = possessiveBefore(masked, s, sentence);
      const after = before.length ? [] : proposersAfter(lex, masked, nameEnd, sentence);
      const proposers = [...before, ...after];
      return {
        kind: "Theory",
        key: nodeKey("Theory", label),
        label,
        start: before[0]?.start ?? s,
        end: after.length ? after[after.length - 1].end : nameEnd,
        name: { start: s, end: nameEnd },
        sentence,
        priority: PRIORITY.cued,
        proposers,
      };
    }
  }
  return;
}

export function theories(ctx: MentionContext): Mention[] {
  const { sentence } = ctx;
  return [
    ...each(ctx, THEORY_PREFIX_RE, THEORY_PREFIX_GATE, (m) =>
      theory(
        ctx,
        sentence.start + m.index + m[0].length,
        m[2],
        // "The theory of X": the name is written without its article.
        sentence.start + m.index + (/^[Tt]he[ \t]+/.exec(m[1])?.[0].length ?? 0),
        false,
        /onsep|oncept/.test(m[1]),
      ),
    ),
    ...each(ctx, THEORY_SUFFIX_RE, THEORY_SUFFIX_GATE, (m) =>
      theory(ctx, sentence.start + m.index, m[1], sentence.start + m.index, true),
    ),
  ];
}

function proposersAfter(lex: Lexicon, masked: string, from: number, sentence: Sentence): Mention[] {
  const rest = masked.slice(from, sentence.end);
  const m = PROPOSER_RE.exec(rest);
  if (!m) return [];
  return personsIn(lex, from + m.index + m[0].length - m[1].length, m[1], sentence);
}

export function possessiveBefore(masked: string, at: number, sentence: Sentence): Mention[] {
  const before = masked.slice(sentence.start, at);
  const m = POSSESSIVE_BEFORE_RE.exec(before);
  if (!m) return [];
  return personsIn(getLexicon(), sentence.start + m.index, m[1], sentence);
}
