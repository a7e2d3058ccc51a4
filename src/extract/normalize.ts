// Text normalization shared by the lexicons and the matchers: the same key for "Türkiye", "TURKIYE" and "turkiye".
import { foldText } from "../model/index.js";

const foldCache = new Map<string, string>();

/** Lower case, diacritics dropped, hyphens and runs of spaces folded to one space. */
export function foldName(name: string): string {
  // Plain lower-case words are most of what is folded: they fold to themselves.
  const plain = plainWord(name);
  if (plain === PLAIN) return name;
  // Letters and digits of ASCII only: folding is lower-casing (a hyphen a space), with nothing to cache.
  if (plain === ASCII) return name.toLowerCase();
  if (plain === HYPHENATED) return name.toLowerCase().replaceAll("-", " ");
  let folded = foldCache.get(name);
  if (folded === undefined) {
    folded = fold(name);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(name, folded);
  }
  return folded;
}

const PLAIN = 1;
const ASCII = 2;
const HYPHENATED = 3;
/**
 * PLAIN for a-z and 0-9 only; ASCII when capitals or single spaces between words are among them (folding lower-cases
 * it); HYPHENATED when a hyphen joins two words as well (it folds to a space); 0 for anything else. By character codes:
 * this runs on every word and phrase read.
 */
function plainWord(name: string): number {
  const n = name.length;
  if (!n) return 0;
  let kind = PLAIN;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) {
      if (kind === PLAIN) kind = ASCII;
      continue;
    }
    // A space or hyphen between two letters or digits: not first, not last, not beside another.
    if ((c !== 32 && c !== 45) || i === 0 || i === n - 1 || !isAlnum(name.charCodeAt(i + 1))) return 0;
    if (!isAlnum(name.charCodeAt(i - 1))) return 0;
    if (c === 45) kind = HYPHENATED;
    else if (kind === PLAIN) kind = ASCII;
  }
  return kind;
}

const isAlnum = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/**
 * Folding by its definition: the model's `foldText`, dashes a space and curly quotes straight, so "Baden–Württemberg"
 * and "Baden-Wurttemberg" meet. `foldName` gives the same, faster for plain words and cached.
 */
export function fold(name: string): string {
  return foldText(name)
    .replace(/[‐‑–—-]/g, " ")
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

/** "JAKARTA" -> "Jakarta", "new york" -> "New York"; keeps short acronyms (DKI, EU) as they are. */
export function titleCase(name: string): string {
  return name
    .split(/(\s+|-)/)
    .map((w) => (/^\p{Lu}{2,4}$/u.test(w) && w.length <= 3 ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
}
