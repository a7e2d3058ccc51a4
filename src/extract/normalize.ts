// Text normalization shared by the lexicons and the matchers: the same key for "Türkiye", "TURKIYE" and "turkiye".

/** Lower case, diacritics dropped, hyphens and runs of spaces folded to one space. */
const foldCache = new Map<string, string>();

export function foldName(name: string): string {
  // Plain lower-case words are most of what is folded: they fold to themselves.
  const plain = plainWord(name);
  if (plain === PLAIN) return name;
  // Letters and digits of ASCII only: folding is lower-casing, with nothing to cache.
  if (plain === ASCII) return name.toLowerCase();
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
/** PLAIN for a-z and 0-9 only, ASCII when capitals A-Z are among them, 0 otherwise (by character codes: this runs on
 * every word read). */
function plainWord(name: string): number {
  if (!name.length) return 0;
  let kind = PLAIN;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue;
    if (c >= 65 && c <= 90) kind = ASCII;
    else return 0;
  }
  return kind;
}

function fold(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[‐‑–—-]/g, " ")
    .replace(/[’`]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "JAKARTA" -> "Jakarta", "new york" -> "New York"; keeps short acronyms (DKI, EU) as they are. */
export function titleCase(name: string): string {
  return name
    .split(/(\s+|-)/)
    .map((w) => (/^\p{Lu}{2,4}$/u.test(w) && w.length <= 3 ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join("");
}
