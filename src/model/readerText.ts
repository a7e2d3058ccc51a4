// A study's text as a reader sees it: the inline markdown of a .md study (emphasis, code, heading and quote marks,
// links) left out, its emphasis kept as styles. The stored text never changes, because evidence offsets index it:
// each visible run keeps its offsets, so a mention found in the file marks the same words on the page.

export interface ReaderRun {
  /** Offsets in the text given: text.slice(start, end) is what the reader sees here, markers excluded. */
  start: number;
  end: number;
  strong?: true;
  em?: true;
  code?: true;
}

/** A run of `*` or `_` that may open or close emphasis, and how much of it is still unmatched. */
interface Delimiter {
  at: number;
  length: number;
  char: string;
  left: number;
  canOpen: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const LINK = /(!?\[)([^\]\n]*)(\]\([^()\s]*(?:\([^()\s]*\)[^()\s]*)*(?:\s+"[^"\n]*")?\))/g;
const LINE_MARK = /^[ \t]*(?:#{1,6}(?:[ \t]+|$)|>[ \t]?)/gm;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>])/g;
const CODE = /(`+)(?!`)([^\n]*?[^`\n]|[^`\n])\1(?!`)/g;

/** The visible runs of `text`, in order, each with one style; markers are the gaps between them. */
export function readerRuns(text: string): ReaderRun[] {
  const n = text.length;
  const hidden = new Uint8Array(n);
  // Characters that are text whatever they look like: inside code, or escaped.
  const literal = new Uint8Array(n);
  const strong = new Int16Array(n + 1);
  const em = new Int16Array(n + 1);
  const code = new Uint8Array(n);
  const hide = (from: number, to: number) => hidden.fill(1, from, to);

  for (const m of text.matchAll(CODE)) {
    const at = m.index;
    const fence = m[1].length;
    if (literal[at]) continue;
    hide(at, at + fence);
    hide(at + m[0].length - fence, at + m[0].length);
    code.fill(1, at + fence, at + m[0].length - fence);
    literal.fill(1, at, at + m[0].length);
  }
  for (const m of text.matchAll(ESCAPE)) {
    if (literal[m.index]) continue;
    hide(m.index, m.index + 1);
    literal[m.index + 1] = 1;
  }
  for (const m of text.matchAll(LINE_MARK)) if (!literal[m.index]) hide(m.index, m.index + m[0].length);
  for (const m of text.matchAll(LINK)) {
    if (literal[m.index]) continue;
    hide(m.index, m.index + m[1].length);
    const close = m.index + m[1].length + m[2].length;
    hide(close, close + m[3].length);
    literal.fill(1, close, close + m[3].length);
  }

  // Emphasis: every `*` is markup (as the sentence reader takes it), `_` only at a word's edge (snake_case is text).
  const stack: Delimiter[] = [];
  for (let i = 0; i < n;) {
    const char = text[i];
    if ((char !== "*" && char !== "_") || literal[i] || hidden[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < n && text[j] === char && !literal[j]) j++;
    const before = i > 0 ? text[i - 1] : " ";
    const after = j < n ? text[j] : " ";
    if (char === "_" && WORD.test(before) && WORD.test(after)) {
      i = j;
      continue;
    }
    hide(i, j);
    const run: Delimiter = { at: i, length: j - i, char, left: j - i, canOpen: !SPACE.test(after) };
    if (!SPACE.test(before)) closeEmphasis(run, stack, strong, em);
    if (run.left > 0 && run.canOpen) stack.push(run);
    i = j;
  }

  const runs: ReaderRun[] = [];
  let depthStrong = 0;
  let depthEm = 0;
  for (let i = 0; i < n; i++) {
    depthStrong += strong[i];
    depthEm += em[i];
    if (hidden[i]) continue;
    const run: ReaderRun = { start: i, end: i + 1 };
    if (depthStrong > 0) run.strong = true;
    if (depthEm > 0) run.em = true;
    if (code[i]) run.code = true;
    const last = runs.at(-1);
    if (last && last.end === i && sameStyle(last, run)) last.end = i + 1;
    else runs.push(run);
  }
  return runs;
}

/** Matches a closing run with the nearest opener of its character: two marks make strong, one emphasis. */
function closeEmphasis(closer: Delimiter, stack: Delimiter[], strong: Int16Array, em: Int16Array): void {
  while (closer.left > 0) {
    let k = stack.length - 1;
    while (k >= 0 && stack[k].char !== closer.char) k--;
    if (k < 0) return;
    const opener = stack[k];
    const use = Math.min(opener.left, closer.left) >= 2 ? 2 : 1;
    const from = opener.at + opener.length;
    const to = closer.at;
    const marks = use === 2 ? strong : em;
    marks[from]++;
    marks[to]--;
    opener.left -= use;
    closer.left -= use;
    // Openers between the two are unmatched now, as markdown leaves them.
    stack.length = opener.left > 0 ? k + 1 : k;
  }
}

function sameStyle(a: ReaderRun, b: ReaderRun): boolean {
  return a.strong === b.strong && a.em === b.em && a.code === b.code;
}

/** The text without its markdown markers, as a reader sees it: what exports show as an evidence's sentence. */
export function readerText(text: string): string {
  if (!/[*_`#>[\\]/.test(text)) return text;
  return readerRuns(text)
    .map((r) => text.slice(r.start, r.end))
    .join("");
}
