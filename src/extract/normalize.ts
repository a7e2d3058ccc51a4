// Text normalization shared by the lexicons and the matchers: the same key for "Türkiye", "TURKIYE" and "turkiye".

/** Lower case, diacritics dropped, hyphens and runs of spaces folded to one space. */
const foldCache = new Map<string, string>();

export function foldName(name: string): string {
  // Plain lower-case words are most of what is folded: they fold to themselves.
  if (/^[a-z0-9]+$/.test(name)) return name;
  let folded = foldCache.get(name);
  if (folded === undefined) {
    folded = fold(name);
    if (foldCache.size > 200_000) foldCache.clear();
    foldCache.set(name, folded);
  }
  return folded;
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
