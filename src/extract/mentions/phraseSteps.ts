// What the lexicon says of a phrase read word by word, remembered per lexicon: the same phrases recur in study after
// study, so each is joined into a string and looked up in the large indexes once, not at every occurrence.
import type { GazetteerCity } from "../lexicon/gazetteer.js";
import type { AreaHit, Lexicon, PhraseHit } from "../lexicon/index.js";

export interface PhraseStep {
  /** The folded words so far, joined by spaces. */
  phrase: string;
  hits: PhraseHit[] | undefined;
  cities: GazetteerCity[] | undefined;
  kota: AreaHit | undefined;
  uncuedArea: AreaHit | undefined;
  /** A longer phrase or place name may follow. */
  continues: boolean;
  /** For one word: it may open a place name (`Lexicon.placeStarts`). */
  opensPlace: boolean;
  next: Map<string, PhraseStep> | undefined;
}

interface Memo {
  roots: Map<string, PhraseStep>;
  size: number;
}

const memos = new WeakMap<Lexicon, Memo>();
/** Enough for the phrases of a large corpus; past it the memo starts again. */
const MAX_STEPS = 200_000;

/** The phrase of one word. */
export function firstStep(lex: Lexicon, word: string): PhraseStep {
  let memo = memos.get(lex);
  if (!memo || memo.size > MAX_STEPS) memos.set(lex, (memo = { roots: new Map(), size: 0 }));
  let step = memo.roots.get(word);
  if (!step) {
    memo.roots.set(word, (step = lookUp(lex, word, lex.placeStarts.has(word))));
    memo.size++;
  }
  return step;
}

/** The phrase of `step` and one word more. */
export function nextStep(lex: Lexicon, step: PhraseStep, word: string): PhraseStep {
  step.next ??= new Map();
  let next = step.next.get(word);
  if (!next) {
    step.next.set(word, (next = lookUp(lex, `${step.phrase} ${word}`, false)));
    const memo = memos.get(lex);
    if (memo) memo.size++;
  }
  return next;
}

function lookUp(lex: Lexicon, phrase: string, opensPlace: boolean): PhraseStep {
  return {
    phrase,
    hits: lex.phrases.get(phrase),
    cities: lex.cities.get(phrase),
    kota: lex.kotas.get(phrase),
    uncuedArea: lex.uncuedAreas.get(phrase),
    continues: lex.prefixes.has(phrase) || lex.uncuedAreaPrefixes.has(phrase),
    opensPlace,
    next: undefined,
  };
}
