// The text the cue rules read, offsets kept character for character: a sentence wrapped over lines ("Pemerintah
// Kota\nSurabaya", as PDFs are copied) is read on one line, and a title set in capitals ("KERJASAMA SISTER PROVINCE
// PEMERINTAH PROVINSI JAWA TENGAH") title-cased, its small words in lower case so that a run stops where a name does.
import type { Sentence } from "../../studies/sentences.js";

const SMALL_WORDS = new Set(
  (
    "dan di ke dari dengan dalam pada untuk antara terhadap melalui tahun yang oleh sebagai bagi atas tentang menuju " +
    "serta atau dalam mewujudkan sebuah studi kasus and of the in on at to for with between by from as a an its " +
    "toward towards through into among case study"
  ).split(" "),
);

/** The whole masked text with the sentence title-cased, or undefined when casing would shift an offset. */
export function titleCasedText(masked: string, sentence: Sentence): string | undefined {
  const sm = masked.slice(sentence.start, sentence.end);
  const cased = sm.replace(/\p{L}+/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    // The first word keeps its capital; words glued by a hyphen ("MEDAN-ICHIKAWA") are names on both sides.
    if (SMALL_WORDS.has(lower) && at > 0 && sm[at - 1] !== "-") return lower;
    // A short word in capitals is an acronym: "PEMPROV NTB", "ZHEJIANG RRT", "DKI".
    if (word.length <= 3) return word;
    return word[0] + lower.slice(1);
  });
  if (cased.length !== sm.length) return undefined;
  return masked.slice(0, sentence.start) + cased + masked.slice(sentence.end);
}

/** The masked text with the line breaks inside each sentence read as spaces. */
export function joinedLines(masked: string, sentences: readonly Sentence[]): string {
  if (!masked.includes("\n")) return masked;
  const parts: string[] = [];
  let at = 0;
  for (const s of sentences) {
    if (s.start < at) continue;
    const inside = masked.slice(s.start, s.end);
    if (!inside.includes("\n")) continue;
    parts.push(masked.slice(at, s.start), inside.replace(/\n/g, " "));
    at = s.end;
  }
  parts.push(masked.slice(at));
  return parts.join("");
}
