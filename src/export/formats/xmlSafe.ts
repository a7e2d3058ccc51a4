// Text made safe for XML 1.0, so that every export parses whatever the studies say.

/**
 * Characters XML 1.0 forbids even escaped: C0 controls but tab, LF and CR; U+FFFE and U+FFFF; surrogates not in a
 * pair (with the `u` flag a well-formed pair is one code point, so the range matches only lone halves).
 */
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/gu;

/** The text without the characters no XML 1.0 document may hold. */
export function xmlSafe(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}
