// Accents typed as a letter plus a combining mark ("Du\u0308sseldorf", as macOS and some PDFs write them) are read in
// composed form (NFC), so they match the lexicons; offsets found in the composed text map back to the file's text.

export interface ComposedText {
  /** The text in NFC, what the study is read from. */
  text: string;
  /** For each offset of the composed text (and its end), the offset in the original text. */
  toOriginal: Int32Array;
}

const COMBINING = /\p{M}/u;
const CLUSTER = /\P{M}?\p{M}*/gu;

/** The composed text and its offset map, or undefined when the text is already composed (nearly always). */
export function composeText(original: string): ComposedText | undefined {
  if (!COMBINING.test(original)) return undefined;
  const whole = original.normalize("NFC");
  if (whole === original) return undefined;
  // Cluster by cluster (a base and its marks), so that every composed offset knows where its cluster began.
  const parts: string[] = [];
  const map: number[] = [];
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(original); m && m.index < original.length; m = CLUSTER.exec(original)) {
    if (!m[0]) {
      CLUSTER.lastIndex++;
      continue;
    }
    const composed = m[0].normalize("NFC");
    parts.push(composed);
    for (let i = 0; i < composed.length; i++) map.push(m.index);
  }
  map.push(original.length);
  return { text: parts.join(""), toOriginal: Int32Array.from(map) };
}
