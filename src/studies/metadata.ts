// Reads a study's language and period; its title, authors and student number come from its layout (./layout/).
import { ENGLISH_FUNCTION_WORDS, INDONESIAN_FUNCTION_WORDS, type Language, type Period } from "../model/index.js";
import { codePointBefore, isLetter } from "./characters.js";
import { maskMarkdown, type Sentence } from "./sentences.js";

export { ABSTRACT_HEADING } from "./layout/lineKinds.js";
export { readLayout } from "./layout/readLayout.js";

/** Plain, single-spaced text of a sentence (markdown blanked), for comparisons. */
export function plain(text: string, s: Sentence): string {
  return maskMarkdown(text.slice(s.start, s.end)).replace(/\s+/g, " ").trim();
}

const ID_WORDS = INDONESIAN_FUNCTION_WORDS;
const EN_WORDS = ENGLISH_FUNCTION_WORDS;

const MAX_FUNCTION_WORD = Math.max(...[...ID_WORDS, ...EN_WORDS].map((w) => w.length));
/** The code point at `i`; the second half of a surrogate pair reads as the pair, so a run does not break inside it. */
function letterCode(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff ? codePointBefore(s, i + 1) : s.codePointAt(i)!;
}

/** Language by function words: "mixed" when both languages carry at least a quarter of them (bilingual abstracts). */
export function detectLanguage(text: string): Language {
  let id = 0;
  let en = 0;
  // The first 20,000 characters tell the language as well as the whole.
  const lower = text.slice(0, 20_000).toLowerCase();
  // Runs of letters, by character codes (a regex match array of every word costs more than the counting).
  for (let i = 0, start = -1; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c > 127 && isLetter(letterCode(lower, i)));
    if (letter) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0 && i - start <= MAX_FUNCTION_WORD) {
      const w = lower.slice(start, i);
      if (ID_WORDS.has(w)) id++;
      else if (EN_WORDS.has(w)) en++;
    }
    start = -1;
  }
  if (id + en < 3) return "unknown";
  const share = Math.min(id, en) / (id + en);
  if (share >= 0.25) return "mixed";
  return id > en ? "id" : "en";
}

const YEAR = "((?:19|20)\\d{2})";
const YEAR_RE = /(19|20)\d\d/;
const RANGE_SEP = "\\s*(?:[-–—]|s\\.?\\s?d\\.?|sampai(?:\\s+dengan)?|hingga|to|until|through|and|dan)\\s*";
const PERIOD_CUE =
  "(?:periode|period|tahun|years?|from|dari|selama|between|antara|in|pada|during|kurun(?:\\s+waktu)?|rentang(?:\\s+waktu)?)";
const PERIOD_RE = new RegExp(
  `\\b${PERIOD_CUE}\\s+(?:(?:tahun|the\\s+years?|waktu)\\s+)?${YEAR}${RANGE_SEP}${YEAR}\\b`,
  "giu",
);
const BARE_RANGE_RE = new RegExp(`\\b${YEAR}\\s*[-–—]\\s*${YEAR}\\b`, "gu");

export interface FoundPeriod extends Period {
  start: number;
  end: number;
}

/** Year ranges written as a period ("periode 2019-2023", "tahun 2018 hingga 2022", "from 2018 to 2022"). */
export function findPeriods(text: string, start = 0, end = text.length, bare = false): FoundPeriod[] {
  if (!YEAR_RE.test(text.slice(start, end))) return [];
  const slice = maskMarkdown(text.slice(start, end));
  const out: FoundPeriod[] = [];
  for (const re of bare ? [PERIOD_RE, BARE_RANGE_RE] : [PERIOD_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (to < from || to - from > 100) continue;
      if (out.some((p) => p.start <= start + m!.index && start + m!.index < p.end)) continue;
      out.push({ from, to, start: start + m.index, end: start + m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const SINCE_RE = new RegExp(
  `\\b(?:sejak|since|semenjak|dari|from|mulai|dimulai(?:\\s+pada)?|ditandatangani(?:\\s+pada)?|didirikan(?:\\s+pada)?|began\\s+in|started\\s+in|established\\s+in|signed\\s+in|formali[sz]ed\\s+in|dating\\s+from)\\s+(?:tahun\\s+|the\\s+year\\s+)?${YEAR}\\b(?!${RANGE_SEP}${YEAR})`,
  "iu",
);

/** "diawali dengan penandatanganan LoI pada tahun 1991", "was signed in 1997": a beginning, then its year. */
const BEGAN_RE = new RegExp(
  `\\b(?:diawali|dimulai|dirintis|ditandatangani|diresmikan|began|started|initiated|signed|established|formali[sz]ed)\\b[^.;]{0,80}?\\b(?:pada|in|tahun)\\s+(?:tahun\\s+)?${YEAR}\\b(?!${RANGE_SEP}${YEAR})`,
  "iu",
);

/** The year a relation began, as in "sejak tahun 1994" or "since 1994"; not a range's first year. */
export function findSince(sentence: string): number | undefined {
  if (!YEAR_RE.test(sentence)) return undefined;
  const masked = maskMarkdown(sentence);
  const m = SINCE_RE.exec(masked) ?? BEGAN_RE.exec(masked);
  return m ? Number(m[1]) : undefined;
}
