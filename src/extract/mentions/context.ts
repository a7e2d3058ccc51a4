// What a cue rule reads of a sentence (`MentionContext`), and the regex helpers the cue rules share.
import { isGeoKind } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import type { Lexicon } from "../lexicon/index.js";
import { lexiconMentions } from "./lexiconMentions.js";
import { resolveOverlaps, tokenize, type Mention } from "./mention.js";

export interface MentionContext {
  lex: Lexicon;
  /** The whole study text with markdown blanked. */
  masked: string;
  /** The sentence's masked text. */
  sm: string;
  sentence: Sentence;
  /** The cities, provinces and countries the lexicons read between two offsets. */
  placesIn(start: number, end: number): Mention[];
}

export function mentionContext(lex: Lexicon, masked: string, sentence: Sentence): MentionContext {
  return {
    lex,
    masked,
    sm: masked.slice(sentence.start, sentence.end),
    sentence,
    placesIn: placesReader(lex, masked, sentence),
  };
}

/** `placesIn`, made apart: tsx defines `name` on an arrow named by its property each time it is made (every sentence). */
function placesReader(lex: Lexicon, masked: string, sentence: Sentence): MentionContext["placesIn"] {
  return (start, end) =>
    resolveOverlaps(lexiconMentions(lex, masked, tokenize(masked.slice(start, end), start), sentence)).filter((p) =>
      isGeoKind(p.kind),
    );
}

/**
 * Each match of `re` in the sentence, read by `fn`. `gate` is a cheap test of the cue words the pattern needs: most
 * sentences have none, and skip the costly patterns.
 */
export function each(
  ctx: MentionContext,
  re: RegExp,
  gate: RegExp,
  fn: (m: RegExpExecArray) => Mention | undefined,
): Mention[] {
  const out: Mention[] = [];
  if (!gate.test(ctx.sm)) return out;
  re.lastIndex = 0;
  for (let m = re.exec(ctx.sm); m; m = re.exec(ctx.sm)) {
    const mention = fn(m);
    if (mention) out.push(mention);
  }
  return out;
}

/** Where group `group` of a match stands in the study text. */
export function at(ctx: MentionContext, m: RegExpExecArray, group: number): number {
  return ctx.sentence.start + m.index + m[0].indexOf(m[group], group === 2 ? m[1].length : 0);
}

/** Case-tolerant first letters for a cue phrase: "dinas" -> "[Dd]inas". */
export function cuePattern(phrases: readonly string[]): string {
  return phrases
    .map((p) =>
      p
        .split(" ")
        .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
        .join("[ \\t]+"),
    )
    .sort((a, b) => b.length - a.length)
    .join("|");
}
