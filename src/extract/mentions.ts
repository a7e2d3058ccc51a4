// Finds what a sentence names: places, organizations, projects, theories, methods, concepts and persons.
// Lexicon phrases and cue patterns each propose readings; the longest, then the strongest, wins each span.
import { nodeKey } from "../model/index.js";
import type { Sentence } from "../studies/sentences.js";
import {
  correctTypo,
  getLexicon,
  isCommonWord,
  PRIORITY,
  type EntityKind,
  type Lexicon,
  type PhraseHit,
} from "./lexicon/index.js";
import type { GazetteerCity } from "./lexicon/gazetteer.js";
import { GOVERNMENT_LEVELS, ORG_PREFIXES, ORG_SUFFIXES } from "./lexicon/organizations.js";
import { foldName, titleCase } from "./normalize.js";
import { citedScholars } from "./rules/citedScholars.js";
import { cuedRegion } from "./rules/regions.js";
import { NAME_WORD, PERSONS, personsIn, RUN } from "./rules/names.js";
import { methodPhrases } from "./rules/methodPhrases.js";
import { namedEvents } from "./rules/namedEvents.js";
import { namedTheories } from "./rules/namedTheories.js";

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
  /** A bracketed short form of an organization or project, as in "(JICA)". */
  acronym?: boolean;
  /** The words that name the entity when the mention also spans its cue or author ("teori X menurut Y"). */
  name?: { start: number; end: number };
}

interface Token {
  fold: string;
  start: number;
  end: number;
  upper: boolean;
}

const WORD = /[\p{L}\p{Nd}]+(?:['’][\p{L}]+)?/gu;
function tokenize(masked: string, offset: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(masked); m; m = WORD.exec(masked))
    out.push({
      fold: foldName(m[0]).replace(/'s$/, ""),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      upper: /^[\p{Lu}\p{Nd}]/u.test(m[0]),
    });
  return out;
}

/** Words typed in capitals ("KERJASAMA SISTERCITY DKI JAKARTA"): cue patterns are off, only the lexicons read it. */
function isAllCaps(s: string): boolean {
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

/** Case-tolerant first letters for a cue phrase: "dinas" -> "[Dd]inas". */
function cuePattern(phrases: readonly string[]): string {
  return phrases
    .map((p) =>
      p
        .split(" ")
        .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
        .join("[ \\t]+"),
    )
    .sort((a, b) => b.length - a.length)
    .join("|");
}

const GOV_PREFIX_RE = new RegExp(
  `\\b(${cuePattern(GOVERNMENT_LEVELS.flatMap((l) => l.prefixes))})[ \\t]+(${RUN})`,
  "gu",
);
/** "Jambi City government", "West Java Provincial Government". */
const GOV_SUFFIX_RE = new RegExp(
  `(${RUN})[ \\t]+(${cuePattern(GOVERNMENT_LEVELS.flatMap((l) => l.suffixes))})\\b`,
  "gu",
);
/** A bare "Aceh Government", "Zagreb government": the level is the place's. */
const PLACE_GOVERNMENT_RE = new RegExp(`(${RUN})[ \\t]+([Gg]overnment)\\b`, "gu");
const ORG_PREFIX_RE = new RegExp(`\\b(${cuePattern(ORG_PREFIXES)})[ \\t]+(${RUN})`, "gu");
const ORG_SUFFIX_RE = new RegExp(
  `(${RUN})[ \\t]+(${ORG_SUFFIXES.map((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())).join("|")})\\b`,
  "gu",
);
/** Project names may join words with "and": "Surabaya Green and Clean". */
const PROJECT_RUN = `${NAME_WORD}(?:[ \\t]+(?:(?:of|for|the|and|&)[ \\t]+)?${NAME_WORD})*`;
const PROJECT_PREFIX_RE = new RegExp(
  `\\b([Pp]royek|[Pp]roject|[Pp]rogram|[Pp]rogramme|[Ii]nisiatif|[Ii]nitiative)[ \\t]+(${PROJECT_RUN})`,
  "gu",
);
const PROJECT_SUFFIX_RE = new RegExp(`(${PROJECT_RUN})[ \\t]+(Project|Programme|Program|Initiative)\\b`, "gu");
const PLACE_PREFIX_RE = new RegExp(
  `\\b(${cuePattern(["kota", "city of", "the city of", "kabupaten", "kab.", "provinsi", "propinsi", "prefektur", "negara bagian", "state of", "province of", "prefecture of", "municipality of", "metropolis", "wali kota", "walikota"])})[ \\t]+(${RUN})`,
  "gu",
);
const PLACE_SUFFIX_RE = new RegExp(
  `(${RUN})[ \\t]+(City|Province|Prefecture|Regency|Municipality|Metropolis)\\b`,
  "gu",
);
// The words after the cue are read in a lookahead, so "teori yang digunakan adalah teori X" still finds the second.
const THEORY_PREFIX_RE =
  /\b([Tt]eori|[Tt]heory[ \t]+of|[Tt]he[ \t]+theory[ \t]+of|[Kk]onsep|[Cc]oncept[ \t]+of|[Tt]he[ \t]+concept[ \t]+of)[ \t]+(?=((?:[\p{L}'’-]+[ \t]*){1,6}))/gu;
const THEORY_SUFFIX_RE = /((?:[\p{L}'’-]+[ \t]+){1,5})[Tt]heory\b/gu;
const METHOD_NAMED_RE = new RegExp(
  `\\b([Mm]odel|[Pp]endekatan|[Aa]pproach|[Mm]etode|[Mm]ethod|[Tt]eknik|[Tt]echnique|[Kk]erangka|[Ff]ramework)[ \\t]+(?:(?:analisis|analisa|analysis|interaktif|interactive|data|penelitian|research|of)[ \\t]+)*(${PERSONS})`,
  "gu",
);
const METHOD_POSSESSIVE_RE = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+(?:and|&)[ \\t]+${NAME_WORD})?)['’]s?[ \\t]+((?:[a-z-]+[ \\t]+){0,3})(model|approach|method|framework)\\b`,
  "gu",
);
const PROPOSER_RE = new RegExp(
  `^[ \\t]*(?:(?:yang[ \\t]+)?(?:dikemukakan|dicetuskan|dikembangkan|diperkenalkan)?[ \\t]*(?:oleh|dari|menurut|by|of|from|according[ \\t]+to|proposed[ \\t]+by|developed[ \\t]+by)[ \\t]+)?(${PERSONS})`,
  "u",
);

const DETERMINER = /^(?:The|This|These|Those|That|A|An|Its|Their|Our|Both|Each|Every|Sang|Para)[ \t]+/u;

/** A name run found before a cue word without the sentence's opening determiner: "The Low Carbon Project". */
function dropDeterminer(start: number, run: string): [number, string] {
  const m = DETERMINER.exec(run);
  return m && m[0].length < run.length ? [start + m[0].length, run.slice(m[0].length)] : [start, run];
}

/** An office and the run of capitalised words after it: a place (optional) then the holder's name. */
const ROLE_RE = new RegExp(
  `\\b(${cuePattern(["gubernur", "wakil gubernur", "wali kota", "walikota", "bupati", "menteri", "duta besar", "presiden", "governor", "vice governor", "mayor", "lord mayor", "minister", "ambassador", "president"])})[ \\t]+(?:of[ \\t]+)?(${RUN}(?:[ \\t]*,[ \\t]*${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,3})?)`,
  "gu",
);

/** Cheap tests of the cue words each pattern needs: most sentences have none, and skip the costly patterns. */
const GATES = new Map<RegExp, RegExp>([
  [GOV_PREFIX_RE, /pem(erintah|prov|kot|kab|da)|government/i],
  [GOV_SUFFIX_RE, /government|council/i],
  [PLACE_GOVERNMENT_RE, /government/i],
  [ORG_PREFIX_RE, new RegExp(ORG_PREFIXES.map((p) => p.split(" ")[0]).join("|"), "i")],
  [ORG_SUFFIX_RE, new RegExp(ORG_SUFFIXES.map((p) => p.split(" ")[0]).join("|"), "i")],
  [PROJECT_PREFIX_RE, /proyek|project|program|inisiatif|initiative/i],
  [PROJECT_SUFFIX_RE, /Project|Program|Initiative/],
  [PLACE_PREFIX_RE, /kota|city|kab|provinsi|propinsi|prefe|negara bagian|state|province|municipality|metropolis/i],
  [PLACE_SUFFIX_RE, /City|Province|Prefecture|Regency|Municipality|Metropolis/],
  [THEORY_PREFIX_RE, /teori|theory|konsep|concept/i],
  [THEORY_SUFFIX_RE, /theory/i],
  [METHOD_NAMED_RE, /model|pendekatan|approach|metode|method|teknik|technique|kerangka|framework/i],
  [ROLE_RE, /gubernur|wali ?kota|bupati|menteri|duta besar|presiden|governor|mayor|minister|ambassador|president/i],
  [METHOD_POSSESSIVE_RE, /['’]s?\s.*(model|approach|method|framework)/],
]);

export interface SentenceMentions {
  sentence: Sentence;
  mentions: Mention[];
}

/** Every mention in a sentence, overlaps resolved. `masked` is the whole study text with markdown blanked. */
export function findMentions(masked: string, sentence: Sentence, lex: Lexicon = getLexicon()): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  const tokens = tokenize(sm, sentence.start);
  const candidates: Mention[] = lexiconMentions(lex, masked, tokens, sentence);
  if (!isAllCaps(sm))
    candidates.push(
      ...cuedMentions(lex, masked, sm, sentence),
      ...namedTheories(lex, masked, sentence),
      ...namedEvents(lex, masked, sentence),
    );
  let resolved = resolveOverlaps(candidates);
  const located = citiesBeforeCountries(lex, masked, sentence, resolved);
  if (located.length) resolved = resolveOverlaps([...resolved, ...located]);
  const scholars = citedScholars(lex, masked, sentence).filter(
    (p) => !resolved.some((m) => m.kind !== "Person" && m.start < p.end && p.start < m.end),
  );
  if (scholars.length) resolved = resolveOverlaps([...resolved, ...scholars]);
  resolved = methodPhrases(masked, resolved);
  const acronyms = acronymMentions(masked, sentence, resolved);
  return acronyms.length ? resolveOverlaps([...resolved, ...acronyms]) : resolved;
}

function lexiconMentions(lex: Lexicon, masked: string, tokens: Token[], sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  /** Regions of an ambiguous name ("Victoria", "Limburg"): kept only when the words read name their country. */
  const besideCountry: Mention[] = [];
  const folds = tokens.map((t) => t.fold);
  // Typo tolerance only beside a vocabulary word, where a misspelt term of the field is likely.
  for (let i = 0; i < folds.length; i++) {
    if (folds[i].length < 7 || lex.firstWords.has(folds[i]) || lex.cities.has(folds[i])) continue;
    if (lex.vocabulary.has(folds[i - 1]) || lex.vocabulary.has(folds[i + 1]))
      folds[i] = correctTypo(lex, folds[i]) ?? folds[i];
  }
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    const tryCity = first.upper;
    if (!lex.firstWords.has(folds[i]) && !(tryCity && (lex.cities.has(folds[i]) || lex.prefixes.has(folds[i]))))
      continue;
    let phrase = folds[i];
    let allUpper = tryCity;
    for (let n = 1; i + n <= tokens.length; n++) {
      const last = tokens[i + n - 1];
      if (n > 1) {
        if (!onlySpaceOrHyphen(masked, tokens[i + n - 2].end, last.start)) break;
        phrase = `${phrase} ${folds[i + n - 1]}`;
        allUpper &&= last.upper;
      }
      const hits = lex.phrases.get(phrase);
      if (hits)
        for (const hit of hits) {
          if (hit.exactCase && !isUpperCase(masked, first.start, last.end)) continue;
          if ((hit.kind === "Country" || hit.kind === "Province" || hit.kind === "City") && !tryCity) continue;
          (hit.needsCountry ? besideCountry : out).push(fromHit(hit, first.start, last.end, sentence));
        }
      if (allUpper) {
        const options = lex.cities.get(phrase);
        const atSentenceStart = masked.slice(sentence.start, first.start).trim() === "";
        if (
          options &&
          acceptUncuedCity(phrase, options, n, atSentenceStart) &&
          !beforeSurname(lex, masked, tokens[i + n - 1], tokens[i + n])
        )
          out.push(cityMention(options, first.start, last.end, sentence, false));
      }
      if (!lex.prefixes.has(phrase)) break;
    }
  }
  if (besideCountry.length) {
    const named = new Set(out.filter((m) => m.kind === "Country").map((m) => m.countryCode));
    out.push(...besideCountry.filter((m) => named.has(m.countryCode)));
  }
  return out;
}

/**
 * "Florence Wijaya", "Victoria Ananda": a city's name followed at once by a capitalised word that is no place, term
 * or common word is a person's given name.
 */
function beforeSurname(lex: Lexicon, masked: string, last: Token, next: Token | undefined): boolean {
  if (!next?.upper || next.start - last.end !== 1 || masked[last.end] !== " ") return false;
  if (/^\p{Lu}{2,}$/u.test(masked.slice(next.start, next.end))) return false; // an acronym: "Jakarta MRT"
  const f = next.fold;
  return !(lex.phrases.has(f) || lex.firstWords.has(f) || lex.cities.has(f) || lex.prefixes.has(f) || isCommonWord(f));
}

function onlySpaceOrHyphen(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 45 && c !== 9 && c !== 10 && c !== 13 && c !== 0x2010 && c !== 0x2013 && c !== 0x2014)
      return false;
  }
  return true;
}

function isUpperCase(text: string, from: number, to: number): boolean {
  const s = text.slice(from, to);
  return s === s.toUpperCase();
}

/** Without a cue word, a city name must be a known large city and no common word, or it is probably not a place. */
function acceptUncuedCity(phrase: string, options: GazetteerCity[], words: number, sentenceStart: boolean): boolean {
  if (isCommonWord(phrase)) return false;
  const best = options[0];
  if (best.capital && best.population >= 50_000) return true;
  if (words > 1) return best.population >= 50_000;
  return best.population >= (sentenceStart ? 1_000_000 : 100_000);
}

function fromHit(hit: PhraseHit, start: number, end: number, sentence: Sentence): Mention {
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

function cityMention(options: GazetteerCity[], start: number, end: number, sentence: Sentence, cued: boolean): Mention {
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

function cuedMentions(lex: Lexicon, masked: string, sm: string, sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  const at = (m: RegExpExecArray, group: number) =>
    sentence.start + m.index + m[0].indexOf(m[group], group === 2 ? m[1].length : 0);
  const each = (re: RegExp, fn: (m: RegExpExecArray) => void) => {
    if (!GATES.get(re)!.test(sm)) return;
    re.lastIndex = 0;
    for (let m = re.exec(sm); m; m = re.exec(sm)) fn(m);
  };
  const placesIn = (start: number, end: number) =>
    resolveOverlaps(lexiconMentions(lex, masked, tokenize(masked.slice(start, end), start), sentence)).filter((p) =>
      ["City", "Province", "Country"].includes(p.kind),
    );

  // Governments: one canonical name per level and place, whatever the language or abbreviation.
  // Written in English ("West Java Provincial Government"), the label stays English: no "Pemerintah Provinsi West Java".
  const government = (
    levelIndex: number,
    start: number,
    end: number,
    nameStart: number,
    nameEnd: number,
    englishLabel?: (surfaceName: string) => string,
  ) => {
    const level = GOVERNMENT_LEVELS[levelIndex];
    if (tooLong(masked.slice(nameStart, nameEnd))) return;
    const places = placesIn(nameStart, nameEnd);
    // "Pemerintah Kota Vanimo": the level is the cue, so a city of any size is the government's place.
    if (!places.length && /kota|kabupaten/i.test(level.level)) {
      const options = lex.cities.get(foldName(masked.slice(nameStart, nameEnd)));
      if (options) places.push(cityMention(options, nameStart, nameEnd, sentence, true));
    }
    const place = places[0];
    const exact = place && place.start === nameStart && place.end === nameEnd;
    const national = level.level === "Government of";
    if (national && !(exact && place.kind === "Country")) return;
    const name = exact ? place.label : titleCaseIfCaps(masked.slice(nameStart, nameEnd));
    const surfaceName = masked.slice(nameStart, nameEnd).replace(/\s+/g, " ");
    out.push({
      kind: "Organization",
      key: nodeKey("Organization", `${level.level} ${name}`),
      label: national
        ? `Government of ${name}`
        : englishLabel
          ? englishLabel(surfaceName)
          : `${level.level} ${surfaceName}`,
      start,
      end,
      sentence,
      priority: PRIORITY.cued + 1,
      within: places,
    });
  };
  each(GOV_PREFIX_RE, (m) => {
    const cue = foldName(m[1]);
    const li = GOVERNMENT_LEVELS.findIndex((l) => (l.prefixes as readonly string[]).includes(cue));
    const ns = at(m, 2);
    const english = /government/.test(cue) ? (name: string) => `${titleCase(cue)} ${name}` : undefined;
    government(li, sentence.start + m.index, ns + m[2].length, ns, ns + m[2].length, english);
  });
  each(GOV_SUFFIX_RE, (m) => {
    const cue = foldName(m[2]);
    const [ns, name] = dropDeterminer(sentence.start + m.index, m[1]);
    const li = GOVERNMENT_LEVELS.findIndex((l) => (l.suffixes as readonly string[]).includes(cue));
    const written = titleCase(m[2].replace(/\s+/g, " "));
    government(li, ns, sentence.start + m.index + m[0].length, ns, ns + name.length, (n) => `${n} ${written}`);
  });
  each(PLACE_GOVERNMENT_RE, (m) => {
    const [ns, name] = dropDeterminer(sentence.start + m.index, m[1]);
    const place = placesIn(ns, ns + name.length)[0];
    if (!place || place.start !== ns || place.end !== ns + name.length || place.kind === "Country") return;
    const level = place.kind === "City" ? "Pemerintah Kota" : "Pemerintah Provinsi";
    const li = GOVERNMENT_LEVELS.findIndex((l) => l.level === level);
    government(li, ns, sentence.start + m.index + m[0].length, ns, ns + name.length, (n) => `${n} Government`);
  });
  // Organizations named by a cue word before ("Dinas …") or after ("… University"); the place in the name is kept.
  const organization = (start: number, end: number, placeFrom: number, placeTo: number) => {
    // A name stops before the document it issued: "Ministry of Foreign Affairs Regulation No. 9".
    const doc = DOCUMENT_WORD.exec(masked.slice(placeFrom, end));
    if (doc) end = placeFrom + doc.index;
    if (end <= placeFrom) return;
    const label = masked.slice(start, end).replace(/\s+/g, " ").trim();
    if (tooLong(label)) return;
    const key = nodeKey("Organization", label);
    const within = placesIn(placeFrom, placeTo);
    out.push({ kind: "Organization", key, label, start, end, sentence, priority: PRIORITY.cued, within });
  };
  each(ORG_PREFIX_RE, (m) => {
    const start = sentence.start + m.index;
    organization(start, start + m[0].length, at(m, 2), start + m[0].length);
  });
  each(ORG_SUFFIX_RE, (m) => {
    const [start, name] = dropDeterminer(sentence.start + m.index, m[1]);
    organization(start, sentence.start + m.index + m[0].length, start, start + name.length);
  });

  // Projects: the name after "proyek"/"program" or before "Project"; a bare place or concept is no project name.
  const project = (start: number, end: number) => {
    const name = masked.slice(start, end).replace(/\s+/g, " ");
    if (tooLong(name)) return;
    const fold = foldName(name);
    const hits = lex.phrases.get(fold);
    if (hits?.length || lex.cities.has(fold) || isCommonWord(fold)) return;
    out.push({
      kind: "Project",
      key: nodeKey("Project", name),
      label: name,
      start,
      end,
      sentence,
      priority: PRIORITY.cued,
    });
  };
  each(PROJECT_PREFIX_RE, (m) => project(at(m, 2), at(m, 2) + m[2].length));
  each(PROJECT_SUFFIX_RE, (m) => {
    const [start, name] = dropDeterminer(sentence.start + m.index, m[1]);
    project(start, start + name.length);
  });

  // Places after a cue word: any size of place, and provinces the gazetteer does not list.
  let countriesHere: Set<string> | undefined;
  const sentenceCountries = () =>
    (countriesHere ??= new Set(
      placesIn(sentence.start, sentence.end)
        .filter((p) => p.kind === "Country")
        .map((p) => p.countryCode!),
    ));
  const cuedPlace = (cue: string, runStart: number, run: string, cueAfter = false) => {
    const isProvinceCue = /provin|propin|prefe|negara bagian|state|regency|kabupaten|kab\./i.test(cue);
    // After "Kota" the name is the run's first words; before "City" it is the run's last words (a few at most).
    const spans = [...run.matchAll(/\S+/g)].map((m) => [m.index!, m.index! + m[0].length]);
    if (spans.length > MAX_NAME_WORDS) {
      if (cueAfter) {
        const from = spans[spans.length - MAX_NAME_WORDS][0];
        runStart += from;
        run = run.slice(from);
      } else run = run.slice(0, spans[MAX_NAME_WORDS - 1][1]);
    }
    const words = run.split(/\s+/);
    for (let n = words.length; n >= 1; n--) {
      const sub = (cueAfter ? words.slice(words.length - n) : words.slice(0, n)).join(" ");
      const start = cueAfter ? runStart + run.length - sub.length : runStart;
      const end = start + sub.length;
      const fold = foldName(sub);
      // Regencies, Indonesian cities and the world's provinces and states, from the regional data.
      const region = cuedRegion(lex, fold, cue, sentenceCountries);
      if (region) {
        const m = region.cityOptions
          ? cityMention(region.cityOptions, start, end, sentence, true)
          : { ...fromHit(region.hit, start, end, sentence), priority: PRIORITY.cued, cued: true };
        out.push(region.region ? { ...m, region: region.region } : m);
        return;
      }
      const hits = (lex.phrases.get(fold) ?? []).filter(
        (h) => h.kind === "City" || h.kind === "Province" || h.kind === "Country",
      );
      if (hits.length && !(hits[0].kind === "Country" && /kota|city/i.test(cue))) {
        out.push({ ...fromHit(hits[0], start, end, sentence), priority: PRIORITY.cued, cued: true });
        return;
      }
      if (lex.phrases.has(fold)) return; // a concept, as in "Kota Cerdas"
      const options = lex.cities.get(fold);
      if (options && !/provin|propin|prefe|negara bagian|state/i.test(cue)) {
        out.push(cityMention(options, start, end, sentence, true));
        return;
      }
    }
    if (!isProvinceCue || isCommonWord(foldName(words[0]))) return;
    const name = run;
    const start = runStart;
    const label = titleCaseIfCaps(name);
    const kind = /kabupaten|kab\.|regency/i.test(cue) ? "City" : "Province";
    out.push({
      kind,
      key: nodeKey(kind, label),
      label,
      start,
      end: start + name.length,
      sentence,
      priority: PRIORITY.cued,
      cued: true,
    });
  };
  each(PLACE_PREFIX_RE, (m) => cuedPlace(m[1], at(m, 2), m[2]));
  each(PLACE_SUFFIX_RE, (m) => cuedPlace(m[2], ...dropDeterminer(sentence.start + m.index, m[1]), true));

  // Theories: "Teori Paradiplomasi Tavares", "the theory of complex interdependence", "Keohane's regime theory".
  const theory = (start: number, words: string, proposerFrom: number, suffix: boolean, conceptCue = false) => {
    const parts = words.split(/([ \t]+)/);
    let best: { hit: PhraseHit; len: number } | undefined;
    let acc = "";
    for (let i = 0; i < parts.length; i += 2) {
      acc += (i ? parts[i - 1] : "") + parts[i];
      const f = foldName(acc);
      const hit = (lex.phrases.get(`teori ${f}`) ?? lex.phrases.get(`${f} theory`) ?? lex.phrases.get(f))?.find((h) =>
        ["Theory", "Concept"].includes(h.kind),
      );
      if (hit) best = { hit, len: acc.length };
    }
    if (suffix) {
      // Words before "theory": the theory's name is the end of them.
      for (let i = 0; i < parts.length; i += 2) {
        const tail = parts.slice(i).join("").trim();
        const f = foldName(tail);
        const hit = (lex.phrases.get(`${f} theory`) ?? lex.phrases.get(f))?.find((h) =>
          ["Theory", "Concept"].includes(h.kind),
        );
        if (hit) {
          const s = start + words.indexOf(tail, parts.slice(0, i).join("").length);
          const label = hit.kind === "Theory" ? hit.label : `${hit.label} theory`;
          const nameEnd = s + tail.length + " theory".length;
          const before = possessiveBefore(masked, s, sentence);
          const after = before.length ? [] : proposersAfter(lex, masked, nameEnd, sentence);
          const proposers = [...before, ...after];
          out.push({
            kind: "Theory",
            key: nodeKey("Theory", label),
            label,
            start: before[0]?.start ?? s,
            end: after.length ? after[after.length - 1].end : nameEnd,
            name: { start: s, end: nameEnd },
            sentence,
            priority: PRIORITY.cued,
            proposers,
          });
          return;
        }
      }
      return;
    }
    if (!best) return;
    const nameEnd = start + best.len;
    const proposers = proposersAfter(lex, masked, nameEnd, sentence);
    // "konsep soft power Joseph Nye": a concept with its author; without one, the lexicon reads the concept.
    if (conceptCue && (!proposers.length || best.hit.kind !== "Concept")) return;
    const kind = conceptCue ? "Concept" : "Theory";
    const label = conceptCue || best.hit.kind === "Theory" ? best.hit.label : `${best.hit.label} theory`;
    const end = proposers.length ? proposers[proposers.length - 1].end : nameEnd;
    out.push({
      kind,
      key: nodeKey(kind, label),
      label,
      start: proposerFrom,
      end,
      // The theory is named with its cue word ("teori diplomasi publik"); a concept by its own words.
      name: { start: conceptCue ? start : proposerFrom, end: nameEnd },
      sentence,
      priority: PRIORITY.cued,
      proposers,
    });
  };
  each(THEORY_PREFIX_RE, (m) =>
    theory(sentence.start + m.index + m[0].length, m[2], sentence.start + m.index, false, /onsep|oncept/.test(m[1])),
  );
  each(THEORY_SUFFIX_RE, (m) => theory(sentence.start + m.index, m[1], sentence.start + m.index, true));

  // Office holders: "Wali Kota Surabaya Tri Rismaharini", "Governor of Queensland Annastacia Palaszczuk".
  each(ROLE_RE, (m) => {
    const runStart = sentence.start + m.index + m[0].length - m[2].length;
    const runEnd = runStart + m[2].length;
    const places = placesIn(runStart, runEnd);
    const place = places[0]?.start === runStart ? places[0] : undefined;
    // The holder's name is what follows the place and the office's own words ("Luar Negeri", "Foreign Affairs").
    const words = [...masked.slice(runStart, runEnd).matchAll(/[^\s,]+/g)].map((w) => ({
      text: w[0],
      start: runStart + w.index!,
    }));
    let first = place
      ? words.findIndex((w) => w.start >= place.end)
      : /\bof\s*$/.test(m[0].slice(0, -m[2].length))
        ? 1
        : 0;
    if (first < 0) return;
    while (
      first < words.length &&
      (isCommonWord(foldName(words[first].text)) || lex.phrases.has(foldName(words[first].text)))
    )
      first++;
    const name = words.slice(first);
    if (name.length < 2 || name.length > 4) return;
    if (
      name.some(
        (w) => isCommonWord(foldName(w.text)) || lex.phrases.has(foldName(w.text)) || /^\p{Lu}{2,}$/u.test(w.text),
      )
    )
      return;
    const start = name[0].start;
    const end = name[name.length - 1].start + name[name.length - 1].text.length;
    const label = masked.slice(start, end);
    out.push({ kind: "Person", key: nodeKey("Person", label), label, start, end, sentence, priority: PRIORITY.cued });
  });

  // Methods named after their authors: "model Miles dan Huberman", "pendekatan Creswell", "Yin's case study approach".
  const namedMethod = (
    kindWord: string,
    namesStart: number,
    names: string,
    start: number,
    end: number,
    middle = "",
  ) => {
    const persons = personsIn(lex, namesStart, names, sentence);
    if (!persons.length) return;
    const noun = /model/i.test(kindWord)
      ? "model"
      : /pendekatan|approach/i.test(kindWord)
        ? "approach"
        : /kerangka|framework/i.test(kindWord)
          ? "framework"
          : "method";
    const label = [persons.map((p) => p.label).join(" and "), middle.trim(), noun].filter(Boolean).join(" ");
    out.push({
      kind: "Method",
      key: nodeKey("Method", label),
      label,
      start,
      end,
      sentence,
      priority: PRIORITY.cued,
      proposers: persons,
    });
  };
  each(METHOD_NAMED_RE, (m) =>
    namedMethod(m[1], at(m, 2), m[2], sentence.start + m.index, sentence.start + m.index + m[0].length),
  );
  each(METHOD_POSSESSIVE_RE, (m) =>
    namedMethod(
      m[3],
      sentence.start + m.index,
      m[1],
      sentence.start + m.index,
      sentence.start + m.index + m[0].length,
      m[2],
    ),
  );
  return out;
}

const CITY_BEFORE_COUNTRY = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3})(?:[ \\t]*[,(][ \\t]*|[ \\t]+(?:di|in)[ \\t]+)$`,
  "u",
);

/**
 * "Lismore, Australia", "Lismore (Australia)", "Lismore di Australia": a name written just before a country is a city of that country when the gazetteer has one
 * of that name there, however small (no cue word needed: the country is the cue).
 */
function citiesBeforeCountries(lex: Lexicon, masked: string, sentence: Sentence, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const c of mentions) {
    if (c.kind !== "Country" || !c.countryCode) continue;
    const before = masked.slice(Math.max(sentence.start, c.start - 80), c.start);
    const m = CITY_BEFORE_COUNTRY.exec(before);
    if (!m) continue;
    const runStart = c.start - before.length + m.index;
    const words = [...m[1].matchAll(/\S+/g)];
    for (const w of words) {
      const name = m[1].slice(w.index!);
      const options = lex.cities.get(foldName(name))?.filter((o) => o.countryCode === c.countryCode);
      if (!options?.length || isCommonWord(foldName(name))) continue;
      out.push(cityMention(options, runStart + w.index!, runStart + m[1].length, sentence, true));
      break;
    }
  }
  return out;
}

const ACRONYM_AFTER = /^[ \t]*\([ \t]*(\p{Lu}[\p{L}\p{N}&.-]{1,14})[ \t]*\)/u;

/** "Japan International Cooperation Agency (JICA)": the bracketed short form names the same organization. */
function acronymMentions(masked: string, sentence: Sentence, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.kind !== "Organization" && m.kind !== "Project") continue;
    const a = ACRONYM_AFTER.exec(masked.slice(m.end, Math.min(sentence.end, m.end + 24)));
    if (!a || a[1].replace(/[^\p{Lu}]/gu, "").length < 2) continue;
    const start = m.end + a[0].indexOf(a[1]);
    out.push({
      ...m,
      start,
      end: start + a[1].length,
      within: [],
      proposers: [],
      acronym: true,
      priority: PRIORITY.knownOrg,
    });
  }
  return out;
}

function proposersAfter(lex: Lexicon, masked: string, from: number, sentence: Sentence): Mention[] {
  const rest = masked.slice(from, sentence.end);
  const m = PROPOSER_RE.exec(rest);
  if (!m) return [];
  return personsIn(lex, from + m.index + m[0].length - m[1].length, m[1], sentence);
}

const POSSESSIVE_BEFORE_RE = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+(?:and|&|dan)[ \\t]+${NAME_WORD})?)['’]s?[ \\t]+$`,
  "u",
);

function possessiveBefore(masked: string, at: number, sentence: Sentence): Mention[] {
  const before = masked.slice(sentence.start, at);
  const m = POSSESSIVE_BEFORE_RE.exec(before);
  if (!m) return [];
  return personsIn(getLexicon(), sentence.start + m.index, m[1], sentence);
}

function titleCaseIfCaps(name: string): string {
  const clean = name.replace(/\s+/g, " ").trim();
  return clean === clean.toUpperCase() && /\p{L}{4}/u.test(clean) ? titleCase(clean) : clean;
}

const DOCUMENT_WORD =
  /[ \t]+(?:Regulation|Regulations|Law|Act|Decree|Decision|Circular|Letter|No|Nomor|Number|Peraturan|Keputusan|Undang|Surat|Tahun|Year)\b/u;

/** Names of organizations and projects run to a few words; a longer capitalised run is a title or a list. */
export const MAX_NAME_WORDS = 10;

function tooLong(name: string): boolean {
  return name.trim().split(/\s+/).length > MAX_NAME_WORDS;
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
