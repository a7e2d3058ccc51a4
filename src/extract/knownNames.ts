// Names learnt from all studies (multi-word projects and organizations, acronyms), found again in every study where
// it writes them in lower case. The index is built once per run; the search per sentence must not grow with it.
import { letterOrNumberRuns } from "../studies/characters.js";
import type { Sentence } from "../studies/sentences.js";
import { PRIORITY } from "./lexicon/index.js";
import { resolveOverlaps, type Mention } from "./mentions/index.js";
import { foldName } from "./normalize.js";

/** A study's text with markdown blanked, and the mentions of each of its sentences. */
export interface StudyMentions {
  masked: string;
  bySentence: Array<[Sentence, Mention[]]>;
}

export interface KnownName {
  mention: Mention;
  written: string;
}

export interface KnownNames {
  /** Folded name -> the mention that introduced it and the words as written there. */
  names: Map<string, KnownName>;
  firstWords: Set<string>;
  /** First words as a sentence's words are tested against them (letters and digits only): a sentence with none of
   * them cannot hold a known name. */
  opens: Set<string>;
  /** The same, case-insensitive, for a word outside ASCII. */
  opensAnyCase: RegExp;
  /** What `opensAnyCase` said of each word outside ASCII: such words recur, and the pattern grows with the corpus. */
  opensAnyCaseMemo: Map<string, boolean>;
  maxWords: number;
  /** By a name's first run of letters and numbers, the most such runs a name with it has. */
  maxRunsByFirstRun: Map<string, number>;
}

/**
 * Multi-word names of projects and organizations (and acronyms), to find again where a study writes them in lower
 * case. In study order, first one wins: the list can be built in parts and joined in order.
 */
export function knownNameEntries(studies: StudyMentions[]): Array<[string, KnownName]> {
  const known = new Map<string, KnownName>();
  for (const p of studies)
    for (const [, mentions] of p.bySentence)
      for (const m of mentions) {
        if (m.kind !== "Project" && m.kind !== "Organization") continue;
        // "Fakultas Hukum" names a faculty of one university: written alone elsewhere it may be another's.
        if (m.partOfAt !== undefined) continue;
        const written = p.masked.slice(m.start, m.end);
        const f = foldName(written);
        if ((f.includes(" ") || m.acronym) && !known.has(f)) known.set(f, { mention: m, written });
      }
  return [...known];
}

export function indexKnownNames(entries: Array<[string, KnownName]>): KnownNames {
  const known = new Map<string, KnownName>();
  for (const [f, name] of entries) if (!known.has(f)) known.set(f, name);
  const words = [...known.keys()].map((k) => k.split(" "));
  const firstWords = new Set(words.map((w) => w[0]));
  const alternatives = [...firstWords].map((w) => w.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean);
  const maxRunsByFirstRun = new Map<string, number>();
  for (const k of known.keys()) {
    const runs = letterOrNumberRuns(k);
    if (runs.length) maxRunsByFirstRun.set(runs[0][0], Math.max(runs.length, maxRunsByFirstRun.get(runs[0][0]) ?? 0));
  }
  return {
    names: known,
    firstWords,
    opens: new Set(alternatives),
    opensAnyCase: alternatives.length ? new RegExp(`^(?:${alternatives.join("|")})$`, "iu") : /$^/,
    opensAnyCaseMemo: new Map(),
    maxWords: Math.max(2, ...words.map((w) => w.length)),
    maxRunsByFirstRun,
  };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function opens(known: KnownNames, word: string): boolean {
  if (isAscii(word)) return known.opens.has(word.toLowerCase());
  let yes = known.opensAnyCaseMemo.get(word);
  if (yes === undefined) {
    yes = known.opensAnyCase.test(word);
    if (known.opensAnyCaseMemo.size > 100_000) known.opensAnyCaseMemo.clear();
    known.opensAnyCaseMemo.set(word, yes);
  }
  return yes;
}

/**
 * The most words a known name can take from word `i` on. Where those words are all ASCII, their folded form keeps
 * each run of letters and digits (the first lower-cased), so only names of as many runs, opening with that run, can
 * match; elsewhere folding may join or split runs, and every length up to the longest name is tried.
 */
function wordsToTry(s: string, words: Array<{ 0: string; index: number }>, i: number, known: KnownNames): number {
  const last = words[Math.min(i + known.maxWords, words.length) - 1];
  if (!isAscii(s.slice(words[i].index, last.index + last[0].length))) return known.maxWords;
  return Math.min(known.maxWords, known.maxRunsByFirstRun.get(words[i][0].toLowerCase()) ?? 0);
}

export function addKnownMentions(p: StudyMentions, known: KnownNames): void {
  if (!known.names.size) return;
  for (const entry of p.bySentence) {
    const [sentence, mentions] = entry;
    const sm = p.masked.slice(sentence.start, sentence.end);
    const words = letterOrNumberRuns(sm);
    if (!words.some((w) => opens(known, w[0]))) continue;
    const extra: Mention[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!known.firstWords.has(foldName(words[i][0]))) continue;
      for (let n = wordsToTry(sm, words, i, known); n >= 1; n--) {
        if (i + n > words.length) continue;
        const start = sentence.start + words[i].index!;
        const end = sentence.start + words[i + n - 1].index! + words[i + n - 1][0].length;
        const entry = known.names.get(foldName(p.masked.slice(start, end)));
        const hit = entry?.mention;
        // A single word is only an acronym seen in brackets elsewhere, and only as written: "JICA", not "jica".
        if (n === 1 && (!hit?.acronym || p.masked.slice(start, end) !== entry!.written)) continue;
        if (hit && !mentions.some((m) => m.start < end && start < m.end)) {
          extra.push({ ...hit, start, end, sentence, priority: PRIORITY.knownOrg, within: [], proposers: [] });
          break;
        }
      }
    }
    if (extra.length) entry[1] = resolveOverlaps([...mentions, ...extra]);
  }
}
