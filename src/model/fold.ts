// Text folding: the one base every comparison of names starts from (node keys, the lexicons, the page's search).

/**
 * Lower case with diacritics dropped: "Türkiye", "TURKIYE" and "turkiye" fold alike. The key slug, the extractor's
 * `fold` and the search's `normalize` each add their own last steps to this, because each compares different things.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
}
