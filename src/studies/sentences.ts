// Splits a study's text into sentences with exact offsets, for Indonesian and English with markdown emphasis.

export interface Sentence {
  /** Offsets in the study file: text.slice(start, end) is the sentence verbatim. */
  start: number;
  end: number;
  /** Index of the paragraph (block separated by blank lines) the sentence belongs to. */
  paragraph: number;
}

/**
 * The text with markdown markup (emphasis stars and underscores, heading hashes, quote marks, list bullets)
 * blanked to spaces. Same length as the input, so an offset found in it is an offset in the file. Windows line
 * endings read as Unix ones ("\r\n" as " \n", a lone "\r" as "\n"), so a file saved on Windows gives the same facts.
 */
export function maskMarkdown(text: string): string {
  const unix = text.includes("\r") ? text.replace(/\r\n?/g, (m) => (m.length === 2 ? " \n" : "\n")) : text;
  const starless = unix.replace(/[*]/g, " ");
  return (
    starless.includes("_")
      ? starless.replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, (m) => " ".repeat(m.length))
      : starless
  )
    .replace(/^([ \t]*)(#{1,6}|>|[-+•][ \t])/gm, (m) => " ".repeat(m.length))
    .replace(/\\(?=[*_#\\])/g, " ");
}

// Words that end with a period without ending a sentence, in both languages (lower case, without the period).
const ABBREVIATIONS = new Set(
  (
    "dr prof mr mrs ms st no nos vol hal hlm dkk dll dsb dst tsb yth sdr bpk jl kab kec kel prov tbk pt cv inc ltd co corp " +
    "etc e.g i.e vs cf al ed eds pp fig approx dept univ gov min sen rep jr sr ph.d m.si s.ip s.sos m.a b.a u.s u.k " +
    "jan feb mar apr jun jul aug agu sep sept oct okt nov dec des"
  ).split(" "),
);

const TERMINAL = /[.!?]+["'”’)\]]*(?=\s|$)/g;

/** Sentences of the text from `from` on (the body after any front matter), in order. */
export function splitSentences(text: string, from = 0, masked = maskMarkdown(text)): Sentence[] {
  const out: Sentence[] = [];
  const paragraphRe = /\n[ \t]*\n/g;
  let paragraph = 0;
  let blockStart = from;
  const blocks: Array<[number, number]> = [];
  paragraphRe.lastIndex = from;
  for (let m = paragraphRe.exec(masked); m; m = paragraphRe.exec(masked)) {
    blocks.push([blockStart, m.index]);
    blockStart = m.index + m[0].length;
  }
  blocks.push([blockStart, masked.length]);
  for (const [bs, be] of blocks) {
    const before = out.length;
    for (const [s, e] of splitBlock(masked, bs, be).flatMap(([s, e]) => capLength(masked, s, e))) {
      const [ts, te] = withAttachedMarkup(text, ...trim(masked, s, e));
      if (te > ts && /[\p{L}\p{N}]/u.test(masked.slice(ts, te))) out.push({ start: ts, end: te, paragraph });
    }
    if (out.length > before) paragraph++;
  }
  return out;
}

/** Sentence ranges of one paragraph: at terminal punctuation, and at line breaks after a short unpunctuated line. */
function splitBlock(masked: string, start: number, end: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let s = start;
  const block = masked.slice(start, end);
  const cuts: number[] = [];
  TERMINAL.lastIndex = 0;
  for (let m = TERMINAL.exec(block); m; m = TERMINAL.exec(block)) {
    const at = m.index + m[0].length;
    if (isSentenceEnd(block, m.index, at)) cuts.push(start + at);
  }
  for (const nl of lineBreakCuts(block)) cuts.push(start + nl);
  cuts.sort((a, b) => a - b);
  for (const c of cuts) {
    if (c > s) ranges.push([s, c]);
    s = Math.max(s, c);
  }
  if (end > s) ranges.push([s, end]);
  return ranges;
}

function isSentenceEnd(block: string, dot: number, after: number): boolean {
  let i = after;
  while (i < block.length && /\s/.test(block[i])) i++;
  if (i >= block.length) return true;
  const ch = block[i];
  // The next sentence starts with a capital, a digit, a quote or a bracket; a lower-case word continues this one.
  if (!/[\p{Lu}\p{N}"'“‘(\[]/u.test(ch)) return false;
  if (block[dot] !== ".") return true;
  let w = dot;
  while (w > 0 && /[\p{L}.]/u.test(block[w - 1])) w--;
  const word = block.slice(w, dot);
  if (!word) return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial, as in "J. Tavares"
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S", "e.g"
  return true;
}

/** Offsets (in the block) of line breaks that end a sentence: list items, or a short line without punctuation. */
function lineBreakCuts(block: string): number[] {
  const cuts: number[] = [];
  const lines = block.split("\n");
  let offset = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i].trim();
    const next = lines[i + 1].trim();
    offset += lines[i].length + 1;
    if (!line || !next) continue;
    const lineCaps = line === line.toUpperCase();
    const nextCaps = next === next.toUpperCase();
    const shortHeading = line.length <= 40 && !/[.,;:!?]$/.test(line) && !(lineCaps && nextCaps);
    const listItem = /^\s*([-+•]|\d+[.)])\s/.test(lines[i + 1]);
    if (shortHeading || listItem) cuts.push(offset - 1);
  }
  return cuts;
}

/** Longest sentence kept whole; a longer run of text (a list, a table pasted as prose) is cut into parts. */
export const MAX_SENTENCE = 1500;

/** Cuts a range longer than MAX_SENTENCE at a semicolon or comma, else at a space, so quotes stay readable. */
function capLength(masked: string, s: number, e: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  while (e - s > MAX_SENTENCE) {
    const window = masked.slice(s + MAX_SENTENCE / 2, s + MAX_SENTENCE);
    const punct = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "));
    const space = window.lastIndexOf(" ");
    const cut = s + MAX_SENTENCE / 2 + (punct >= 0 ? punct + 1 : space >= 0 ? space : window.length);
    out.push([s, cut]);
    s = cut;
  }
  out.push([s, e]);
  return out;
}

/** Widens a range over emphasis marks glued to its first and last words, so "*Sister City*" stays whole. */
function withAttachedMarkup(text: string, s: number, e: number): [number, number] {
  while (s > 0 && (text[s - 1] === "*" || text[s - 1] === "_")) s--;
  while (e < text.length && (text[e] === "*" || text[e] === "_")) e++;
  return [s, e];
}

function trim(masked: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(masked[s])) s++;
  while (e > s && /\s/.test(masked[e - 1])) e--;
  return [s, e];
}
