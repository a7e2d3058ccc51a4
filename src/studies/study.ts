// A study: its file text, sentences and metadata (front matter first, then what the abstract page's layout says).
import type { Language, Period } from "../model/index.js";
import { studyKey } from "../model/index.js";
import { composeText } from "./composedText.js";
import { readFrontMatter } from "./frontMatter.js";
import { withHeaderLines } from "./layout/readLayout.js";
import { KEYWORDS } from "./layout/lineKinds.js";
import { ABSTRACT_HEADING, detectLanguage, findPeriods, plain, readLayout } from "./metadata.js";
import { maskMarkdown, splitSentences, type Sentence } from "./sentences.js";
import { labelFromFileName, untitledWarning } from "./untitled.js";

interface Author {
  name: string;
  /** Where the name stands in the file (the name line, or the front matter line). */
  line?: Sentence;
  /** The name itself within `line`: text.slice(span.start, span.end) === name. */
  span?: { start: number; end: number };
}

export interface Study {
  key: string;
  file: string;
  text: string;
  /** The text with markdown blanked (same length): what the matchers read. */
  masked: string;
  bodyStart: number;
  sentences: Sentence[];
  title: string;
  /** The title line, when the abstract page has one: what it names is what the study focuses on. */
  titleSentence?: Sentence;
  keywordSentences: Sentence[];
  authors: Author[];
  studentNumber?: string;
  year?: number;
  url?: string;
  period?: Period;
  language: Language;
  /** What the reader should know about the file (a study without a title), printed when it is read. */
  warnings: string[];
  /** When the file writes accents decomposed: its own text, and where each offset of `text` stands in it. */
  original?: { text: string; toOriginal: Int32Array };
}

/** Parses a study from its file name and text. Throws FrontMatterError on broken front matter. */
export function parseStudy(file: string, fileText: string): Study {
  const composed = composeText(fileText);
  const text = composed?.text ?? fileText;
  const { meta, bodyStart } = readFrontMatter(text);
  const masked = maskMarkdown(text);
  const layout = readLayout(text, masked, bodyStart);
  // The header is read line by line, so its title, author and affiliation lines are sentences of their own.
  const sentences = withHeaderLines(splitSentences(text, bodyStart, masked), layout, masked);
  const stem = file.replace(/^.*[\\/]/, "").replace(/\.(txt|md|markdown)$/i, "");
  const body = text.slice(bodyStart);

  const metaAuthors = meta.authors === undefined ? [] : Array.isArray(meta.authors) ? meta.authors : [meta.authors];
  const authors: Author[] = metaAuthors.length
    ? metaAuthors.map((name) => ({ name, ...lineOf(text, name) }))
    : dedupe(layout.authors.map((a) => ({ name: a.name, line: a.line, span: { start: a.start, end: a.end } })));

  // A title stated in the front matter is read like a title line: its words are the study's first sentence.
  const titleSentence = layout.title ?? (meta.title ? frontMatterLine(text, bodyStart, meta.title) : undefined);
  if (titleSentence && !layout.title) sentences.unshift(titleSentence);
  // A bare abstract (no title anywhere) is labelled after its file name when that says something.
  const untitled = !meta.title && !layout.title;
  const fileLabel = untitled ? labelFromFileName(stem) : undefined;
  const title =
    meta.title ?? (layout.title ? plain(text, layout.title) : (fileLabel ?? fallbackTitle(text, sentences)));
  const titlePeriod = titleSentence ? findPeriods(text, titleSentence.start, titleSentence.end, true)[0] : undefined;
  const bodyPeriod = findPeriods(text, bodyStart)[0];
  const found = titlePeriod ?? bodyPeriod;

  return {
    key: studyKey(stem),
    file: file.replace(/^.*[\\/]/, ""),
    text,
    masked,
    bodyStart,
    sentences,
    title,
    titleSentence,
    keywordSentences: sentences.filter(
      (s) => /^[*_\s]*k/i.test(text.slice(s.start, s.start + 12)) && KEYWORDS.test(plain(text, s)),
    ),
    authors,
    studentNumber: layout.studentNumber,
    year: meta.year,
    url: meta.url,
    period: meta.period !== undefined ? periodOf(meta.period) : found ? { from: found.from, to: found.to } : undefined,
    language: meta.language ?? detectLanguage(body),
    warnings: untitled ? [untitledWarning(fileLabel, authors.length > 0)] : [],
    ...(composed ? { original: { text: fileText, toOriginal: composed.toOriginal } } : {}),
  };
}

/** Where a front matter value is written as is (plain or quoted, without escapes), as a sentence of the file. */
function frontMatterLine(text: string, bodyStart: number, value: string): Sentence | undefined {
  const at = text.slice(0, bodyStart).indexOf(value);
  return at < 0 ? undefined : { start: at, end: at + value.length, paragraph: -1 };
}

function periodOf(value: number | string): Period {
  if (typeof value === "number") return { from: value, to: value };
  const [from, to] = value.match(/\d{4}/g)!.map(Number);
  return { from, to };
}

/** Without a title line, the first sentence stands for the title, shortened at a word. */
function fallbackTitle(text: string, sentences: Sentence[]): string {
  // Headings ("Abstract") and keyword lines are no title.
  const firstProse = sentences.find((s) => !ABSTRACT_HEADING.test(plain(text, s)) && !KEYWORDS.test(plain(text, s)));
  if (!firstProse) return "(untitled)";
  const first = plain(text, firstProse);
  if (first.length <= 120) return first;
  return first.slice(0, 120).replace(/\s+\S*$/, "") + "…";
}

/** The line of the file where a name first appears, as a sentence-like span, and the name in it. */
function lineOf(text: string, name: string): Pick<Author, "line" | "span"> {
  const at = text.indexOf(name);
  if (at < 0) return {};
  const start = text.lastIndexOf("\n", at) + 1;
  const nl = text.indexOf("\n", at);
  let end = nl < 0 ? text.length : nl;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { line: { start, end, paragraph: -1 }, span: { start: at, end: at + name.length } };
}

function dedupe(authors: Author[]): Author[] {
  const seen = new Set<string>();
  return authors.filter((a) => !seen.has(a.name.toLowerCase()) && seen.add(a.name.toLowerCase()));
}
