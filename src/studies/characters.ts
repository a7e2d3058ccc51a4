// Character classes of Unicode code points, for the scanners that read every word of every study: ASCII is tested by
// its codes, anything else by the Unicode property, so a scan reads what the matching regex would read.

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const UPPER_OR_DIGIT = /^[\p{Lu}\p{Nd}]$/u;

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** \p{L} */
export function isLetter(code: number): boolean {
  return code < 128 ? isAsciiLetter(code) : LETTER.test(String.fromCodePoint(code));
}

/** [\p{L}\p{Nd}] */
export function isLetterOrDigit(code: number): boolean {
  return code < 128 ? isAsciiLetter(code) || isAsciiDigit(code) : LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** [\p{L}\p{N}] */
export function isLetterOrNumber(code: number): boolean {
  return code < 128 ? isAsciiLetter(code) || isAsciiDigit(code) : LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}

/** [\p{Lu}\p{Nd}] */
export function isUpperOrDigit(code: number): boolean {
  return code < 128
    ? (code >= 65 && code <= 90) || isAsciiDigit(code)
    : UPPER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** The code point that ends before `end`, or -1: a surrogate pair is one, a lone surrogate stands for itself. */
export function codePointBefore(s: string, end: number): number {
  if (end <= 0) return -1;
  const low = s.charCodeAt(end - 1);
  const high = end > 1 ? s.charCodeAt(end - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? s.codePointAt(end - 2)! : low;
}

/** How many UTF-16 units a code point takes. */
export const width = (code: number) => (code > 0xffff ? 2 : 1);

/**
 * Runs of [\p{L}\p{N}] with where each starts, as `[...s.matchAll(/[\p{L}\p{N}]+/gu)]` gives them. Here beside the
 * classes it tests, so the per-character calls stay within this module (cheaper than calls across modules).
 */
export function letterOrNumberRuns(s: string): Array<{ 0: string; index: number }> {
  const out: Array<{ 0: string; index: number }> = [];
  let start = -1;
  for (let i = 0; i <= s.length;) {
    const c = i < s.length ? s.codePointAt(i)! : 32;
    const inWord = isLetterOrNumber(c);
    if (inWord && start < 0) start = i;
    else if (!inWord && start >= 0) {
      out.push({ 0: s.slice(start, i), index: start });
      start = -1;
    }
    i += width(c);
  }
  return out;
}

/** Where the first letter or digit at or after `from` stands, or `s.length`. */
export function nextLetterOrDigit(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.codePointAt(i)!;
    if (isLetterOrDigit(c)) break;
    i += width(c);
  }
  return i;
}

/** Where the run of letters and digits from `from` ends. */
export function endOfLettersOrDigits(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.codePointAt(i)!;
    if (!isLetterOrDigit(c)) break;
    i += width(c);
  }
  return i;
}

/** Where the run of letters from `from` ends (`from` itself when none is there). */
export function endOfLetters(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.codePointAt(i)!;
    if (!isLetter(c)) break;
    i += width(c);
  }
  return i;
}
