// The `Mention` a rule proposes, and the small helpers the mention rules share.
import { nodeKey, type EntityKind } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { PRIORITY, type AreaHit, type PhraseHit } from "../lexicon/index.js";
import type { GazetteerCity } from "../lexicon/gazetteer.js";
import { endOfLetters, endOfLettersOrDigits, isUpperOrDigit, nextLetterOrDigit } from "../../studies/characters.js";
import { foldName, titleCase } from "../normalize.js";

export interface Mention {
  kind: EntityKind;
  key: string;
  label: string;
  start: number;
  end: number;
  sentence: Sentence;
  priority: number;
  countryCode?: string;
  /** Cities of this name in the gazetteer, best first; resolved against the study's countries later. */
  cityOptions?: GazetteerCity[];
  /** Places named inside an organization's name ("Pemprov DKI Jakarta" -> Jakarta). */
  within?: Mention[];
  /** Persons named as the authors of a theory or method ("Teori Paradiplomasi Tavares"). */
  proposers?: Mention[];
  /** True when a cue word ("Kota", "city of") introduced the place. */
  cued?: boolean;
  /** The province key of an Indonesian regency or city, from idn-area-data ("Kabupaten Sleman" -> DI Yogyakarta). */
  region?: string;
  /** Where the body a unit belongs to is named ("Fakultas Hukum Universitas Riau": the university's offset). */
  partOfAt?: number;
  /** A bracketed short form of an organization or project, as in "(JICA)". */
  acronym?: boolean;
  /** The words that name the entity when the mention also spans its cue or author ("teori X menurut Y"). */
  name?: { start: number; end: number };
}

export interface Token {
  fold: string;
  start: number;
  end: number;
  upper: boolean;
}

/**
 * The words of a text: letters and digits, with an apostrophe and the letters after it ("Makassar's"), the folded form
 * without a possessive "'s". A scan by character codes: this runs on every word of every study.
 */
export function tokenize(masked: string, offset: number): Token[] {
  const out: Token[] = [];
  const n = masked.length;
  for (let i = nextLetterOrDigit(masked, 0); i < n; i = nextLetterOrDigit(masked, i)) {
    const start = i;
    const upper = isUpperOrDigit(masked.codePointAt(i)!);
    i = endOfLettersOrDigits(masked, i);
    // "Makassar's", "Jakarta’s": an apostrophe joins the letters after it (letters only, not digits).
    const code = masked.charCodeAt(i);
    if ((code === 0x27 || code === 0x2019) && i + 1 < n) {
      const j = endOfLetters(masked, i + 1);
      if (j > i + 1) i = j;
    }
    const fold = foldName(masked.slice(start, i));
    out.push({
      fold: fold.endsWith("'s") ? fold.slice(0, -2) : fold,
      start: offset + start,
      end: offset + i,
      upper,
    });
  }
  return out;
}

/** Words typed in capitals ("KERJASAMA SISTERCITY DKI JAKARTA"): cue patterns are off, only the lexicons read it. */
export function isAllCaps(s: string): boolean {
  let lower = 0;
  let upper = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c > 127) {
      const ch = s[i];
      if (ch !== ch.toUpperCase()) lower++;
      else if (ch !== ch.toLowerCase()) upper++;
    }
  }
  return upper > 0 && upper / (upper + lower) > 0.8;
}

/** Spaces, hyphens, dashes and double quotes: what may stand between the words of one phrase ("Kota “Kembar”"). */
const PHRASE_GAP = new Set([32, 45, 9, 10, 13, 0x2010, 0x2013, 0x2014, 0x22, 0x201c, 0x201d]);

export function onlySpaceOrHyphen(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!PHRASE_GAP.has(text.charCodeAt(k))) return false;
  return true;
}

export function isUpperCase(text: string, from: number, to: number): boolean {
  const s = text.slice(from, to);
  return s === s.toUpperCase();
}

export function fromHit(hit: PhraseHit, start: number, end: number, sentence: Sentence): Mention {
  return {
    kind: hit.kind,
    key: hit.key,
    label: hit.label,
    start,
    end,
    sentence,
    priority: hit.priority,
    countryCode: hit.countryCode,
  };
}

export function cityMention(
  options: GazetteerCity[],
  start: number,
  end: number,
  sentence: Sentence,
  cued: boolean,
): Mention {
  const best = options[0];
  return {
    kind: "City",
    key: nodeKey("City", best.name),
    label: best.name,
    start,
    end,
    sentence,
    priority: cued ? PRIORITY.cued : PRIORITY.city,
    countryCode: best.countryCode,
    cityOptions: options,
    cued,
  };
}

const DETERMINER = /^(?:The|This|These|Those|That|A|An|Its|Their|Our|Both|Each|Every|Sang|Para)[ \t]+/u;

/** A name run found before a cue word without the sentence's opening determiner: "The Low Carbon Project". */
export function dropDeterminer(start: number, run: string): [number, string] {
  const m = DETERMINER.exec(run);
  return m && m[0].length < run.length ? [start + m[0].length, run.slice(m[0].length)] : [start, run];
}

export function titleCaseIfCaps(name: string): string {
  const clean = name.replace(/\s+/g, " ").trim();
  return clean === clean.toUpperCase() && /\p{L}{4}/u.test(clean) ? titleCase(clean) : clean;
}

export const DOCUMENT_WORD =
  /[ \t]+(?:Regulation|Regulations|Law|Act|Decree|Decision|Circular|Letter|No|Nomor|Number|Peraturan|Keputusan|Undang|Surat|Tahun|Year)\b/u;

/** Names of organizations and projects run to a few words; a longer capitalised run is a title or a list. */
export const MAX_NAME_WORDS = 10;

export function tooLong(name: string): boolean {
  return name.trim().split(/\s+/).length > MAX_NAME_WORDS;
}

/** Each mention followed by the places named inside it, by a loop: a flatMap of small arrays per sentence costs more. */
export function withInner(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    out.push(m);
    if (m.within) for (const p of m.within) out.push(p);
  }
  return out;
}

/** Keeps the longest reading of each span, then the strongest; nested places stay inside their organization. */
export function resolveOverlaps(candidates: Mention[]): Mention[] {
  const sorted = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start || (a.key < b.key ? -1 : 1),
  );
  const kept: Mention[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** A project or event named `name` between two offsets; the places in its name take part in it. */
export function projectMention(
  name: string,
  start: number,
  end: number,
  sentence: Sentence,
  within: Mention[],
): Mention {
  return {
    kind: "Project",
    key: nodeKey("Project", name),
    label: name,
    start,
    end,
    sentence,
    priority: PRIORITY.cued,
    within,
  };
}

/** An Indonesian regency or city from the regional data, where the gazetteer has no entry for it (no position). */
export function areaMention(area: AreaHit, start: number, end: number, sentence: Sentence, cued: boolean): Mention {
  const priority = cued ? PRIORITY.cued : PRIORITY.city;
  return {
    kind: "City",
    key: area.key,
    label: area.label,
    start,
    end,
    sentence,
    priority,
    countryCode: "ID",
    cued,
    region: area.provinceKey,
  };
}
