// The header of a study file, thesis page or copied journal page: title block, authors, student number, its end.
import type { Sentence } from "../sentences.js";
import { readAuthorLine, type AuthorLine } from "./authorLine.js";
import {
  isAffiliationLine,
  isAllCaps,
  isHeadingLine,
  isInstitutionLine,
  isProseLine,
  isRunningHeadLine,
  isSubstantialProse,
  KEYWORDS,
  studentNumberIn,
} from "./lineKinds.js";

interface LayoutAuthor {
  /** The name as written in the file, without affiliation marks and academic titles. */
  name: string;
  /** The whole line the name stands on: the evidence of AUTHORED (one line may name several authors). */
  line: Sentence;
  /** Where the name itself stands in the file: text.slice(start, end) === name. */
  start: number;
  end: number;
}

export interface Layout {
  /** The title block: one sentence even when the title is wrapped over lines. */
  title?: Sentence;
  authors: LayoutAuthor[];
  studentNumber?: string;
  /** Every line of the header as a sentence of its own (the title block as one), in order. */
  lines: Sentence[];
  /** Where the header ends: the abstract heading, or the abstract's first line; 0 when the file has no header. */
  end: number;
}

interface Line {
  /** Offsets in the file, widened over markup glued to the line ("**Dewi Lestari**"), as sentences are. */
  start: number;
  end: number;
  /** Where `text` starts in the file: the line trimmed in the masked text. */
  at: number;
  /** The masked line (markup and carriage returns blanked), trimmed. */
  text: string;
  blankBefore: boolean;
  paragraph: number;
}

/** A header is short: it is looked for in the first lines only. */
const MAX_LINES = 60;
const NO_LAYOUT: Layout = { authors: [], lines: [], end: 0 };
// A title line that cannot end the title: it ends in a colon, a dash or a small word ("… dan", "… of the").
const RUNS_ON =
  /(?:[:\-–—,(]|\b(?:dan|and|of|the|in|on|for|to|di|ke|dalam|dengan|untuk|pada|antara|between|terhadap|melalui|through|sebagai|as|a|an|yang|from|with|by|at|into|toward|towards|among|dari|oleh|bagi|atas|tentang|menuju))$/i;
const BY_LINE = /^(?:(?:di\s*susun|di\s*tulis)\s+oleh|oleh|by|penulis|authors?)\s*:?$/i;

/**
 * The header of a study: a thesis abstract page (title block, name, student number, program lines, "ABSTRAK") or a
 * copied journal page (running head, title, author lines with marks and titles, affiliations, dates, "Abstract").
 * Only the lines before the abstract are read: the first abstract heading, keyword line or paragraph of prose ends
 * the header, so a second (English) abstract and its repeated title are never read as authors. A file that opens
 * with its abstract has no header.
 */
export function readLayout(text: string, masked: string, from = 0): Layout {
  const lines = headerLines(text, masked, from);
  let end = -1;
  let headed = false;
  for (let i = 0; i < lines.length && end < 0; i++) {
    const t = lines[i].text;
    if (isHeadingLine(t)) [end, headed] = [i, true];
    else if (KEYWORDS.test(t) || (isSubstantialProse(t) && !isAffiliationLine(t))) end = i;
  }
  if (!headed) {
    // Without a heading the abstract begins at the first line of prose.
    const prose = lines.findIndex(
      (l, i) => (end < 0 || i < end) && isProseLine(l.text, lines[i + 1]?.text) && !isAffiliationLine(l.text),
    );
    if (prose >= 0) end = prose;
  }
  if (end <= 0) return NO_LAYOUT;
  const zone = lines.slice(0, end);
  const layout: Layout = { authors: [], lines: [], end: lines[end].start };

  let i = 0;
  // A journal's running head, a cover's document type or its letterhead stands above the title.
  while (i < zone.length - 1 && (isRunningHeadLine(zone[i].text) || isInstitutionLine(zone[i].text))) i++;
  const title: Line[] = [];
  let k = i;
  // The first line is the title (which may name an institution), unless it is a number, an e-mail or a marked line.
  if (!studentNumberIn(zone[i].text) && !/@|^[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]/u.test(zone[i].text)) {
    title.push(zone[k++]);
    for (; k < zone.length && title.length < 4; k++) {
      const l = zone[k];
      if (l.blankBefore) break;
      const runsOn = RUNS_ON.test(title[title.length - 1].text) || /^\p{Ll}/u.test(l.text);
      if (!runsOn && (studentNumberIn(l.text) || isAffiliationLine(l.text) || BY_LINE.test(l.text))) break;
      if (!runsOn && acceptedAuthors(zone, k, { afterAffiliation: false, afterAuthor: false })) break;
      title.push(l);
    }
  }
  // Without a heading, a first line that ends a sentence opens the abstract: it is no title.
  if (!headed && title.length === 1 && k === zone.length && /[.!?]["'”’)]*$/.test(title[0].text)) return NO_LAYOUT;
  for (const l of zone.slice(0, i)) layout.lines.push(sentenceOf(l, l));
  if (title.length) {
    layout.title = sentenceOf(title[0], title[title.length - 1]);
    layout.lines.push(layout.title);
  }

  let afterAffiliation = false;
  let afterAuthor = false;
  for (; k < zone.length; k++) {
    const l = zone[k];
    const line = sentenceOf(l, l);
    layout.lines.push(line);
    const number = studentNumberIn(l.text);
    const found: AuthorLine | undefined = number
      ? undefined
      : acceptedAuthors(zone, k, { afterAffiliation, afterAuthor });
    if (number) layout.studentNumber ??= number;
    else if (found) {
      for (const n of found.names) {
        const start = l.at + n.start;
        const end = l.at + n.end;
        layout.authors.push({ name: text.slice(start, end), line, start, end });
      }
      afterAffiliation ||= found.affiliated;
    } else if (isAffiliationLine(l.text) || isRunningHeadLine(l.text)) afterAffiliation = true;
    afterAuthor = Boolean(found);
  }
  return layout;
}

interface Place {
  /** An affiliation line stands between the title and this line. */
  afterAffiliation: boolean;
  /** The line before is an author line. */
  afterAuthor: boolean;
}

/** The names of line `k` if it is an author line where it stands, with what comes before and after it. */
function acceptedAuthors(zone: Line[], k: number, place: Place): AuthorLine | undefined {
  const l = zone[k];
  const found = readAuthorLine(l.text);
  if (!found) return undefined;
  const next = zone[k + 1];
  const overNumber = Boolean(next && studentNumberIn(next.text));
  const overAffiliation = Boolean(next && isAffiliationLine(next.text));
  // Names set in capitals are a thesis cover's name line (over its student number) or carry affiliation marks;
  // otherwise a line in capitals is part of a title or a heading.
  if ((isAllCaps(l.text) || found.names.some((n) => n.caps)) && !found.marked && !overNumber) return undefined;
  const vouched = found.marked || found.affiliated;
  // After the affiliations, a further author stands over their own affiliation (or carries a mark): a place name
  // under an affiliation ("Banda Aceh") does not.
  if (place.afterAffiliation && !place.afterAuthor && !vouched && !overAffiliation && !overNumber) return undefined;
  // A line of one-word names only ("Suharto") could as well be a town ("Jakarta") or the end of a title: it needs an
  // affiliation or a student number under it, or marks, and never stands after the affiliations.
  if (found.names.every((n) => n.oneWord)) {
    if (place.afterAffiliation && !place.afterAuthor) return undefined;
    if (!vouched && !overNumber && !overAffiliation) return undefined;
  }
  return found;
}

function sentenceOf(first: Line, last: Line): Sentence {
  return { start: first.start, end: last.end, paragraph: first.paragraph };
}

/** The first non-blank lines of the text from `from` on, trimmed, with their offsets. */
function headerLines(text: string, masked: string, from: number): Line[] {
  const out: Line[] = [];
  let paragraph = 0;
  let blank = false;
  for (let at = from; at <= masked.length && out.length < MAX_LINES;) {
    const nl = masked.indexOf("\n", at);
    const stop = nl < 0 ? masked.length : nl;
    let s = at;
    let e = stop;
    while (s < e && /\s/.test(masked[s])) s++;
    while (e > s && /\s/.test(masked[e - 1])) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(masked.slice(s, e))) {
      if (blank && out.length) paragraph++;
      let ws = s;
      let we = e;
      while (ws > at && (text[ws - 1] === "*" || text[ws - 1] === "_")) ws--;
      while (we < stop && (text[we] === "*" || text[we] === "_")) we++;
      out.push({ start: ws, end: we, at: s, text: masked.slice(s, e), blankBefore: blank, paragraph });
      blank = false;
    } else blank = true;
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

/**
 * The study's sentences with its header read as lines: the title block one sentence, every other header line one
 * sentence, so a title never runs into the author line nor an author line into an affiliation. A sentence that
 * runs from the header into the abstract keeps its part from the abstract on.
 */
export function withHeaderLines(sentences: Sentence[], layout: Layout, masked: string): Sentence[] {
  if (!layout.lines.length) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.start >= layout.end) out.push(s);
    else if (s.end > layout.end) {
      let start = layout.end;
      while (start < s.end && /\s/.test(masked[start])) start++;
      if (start < s.end) out.push({ ...s, start });
    }
  }
  return [...layout.lines, ...out].sort((a, b) => a.start - b.start);
}
