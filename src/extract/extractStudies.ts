// From parsed studies to facts with evidence. Pure: the same studies give the same facts, in the same order.
import { isGeoKind, nodeKey } from "../model/index.js";
import type { Study } from "../studies/study.js";
import type { Sentence } from "../studies/sentences.js";
import type { EntityFact, RelationFact, StudyFacts } from "./facts.js";
import { countryPosition, saintVariants } from "./lexicon/gazetteer.js";
import { getLexicon, type Lexicon } from "./lexicon/index.js";
import { joinedLines } from "./mentions/casing.js";
import { findMentions, type Mention } from "./mentions/index.js";
import { addKnownMentions, indexKnownNames, knownNameEntries, type KnownNames } from "./knownNames.js";
import { foldName } from "./normalize.js";
import { toOriginalOffsets } from "./originalOffsets.js";
import { inferredLocations } from "./relations/inferredLocations.js";
import { evidenceOf, type StudyContext } from "./context.js";
import { sentenceRelations } from "./relations.js";
import { bothPlacesRelations } from "./relations/bothPlaces.js";
import { studyRelations } from "./relations/studyRelations.js";
import { homePartners } from "./relations/homePartners.js";
import { unitsOfBodies } from "./relations/unitsOfBodies.js";
import { provinceReadings } from "./resolve/provinceReadings.js";

interface Pass1 {
  study: Study;
  masked: string;
  bySentence: Array<[Sentence, Mention[]]>;
}

/** Extracts every study. Names found in one study (projects, organizations) are then looked for in all of them. */
export function extractStudies(
  studies: Study[],
  onProgress?: (done: number, total: number) => void,
  lex: Lexicon = getLexicon(),
): StudyFacts[] {
  const total = studies.length * 2;
  const first: Pass1[] = studies.map((study, i) => {
    const pass = firstPass(study, lex);
    onProgress?.(i + 1, total);
    return pass;
  });
  const known = indexKnownNames(knownNameEntries(first));
  return first.map((p, i) => {
    const facts = secondPass(p, known);
    onProgress?.(studies.length + i + 1, total);
    return facts;
  });
}

export function extractStudy(study: Study): StudyFacts {
  return extractStudies([study])[0];
}

/** Pass one: every sentence's mentions. Pass two (`secondPass`) adds names learnt from all studies. */
function firstPass(study: Study, lex: Lexicon = getLexicon()): Pass1 {
  const masked = study.masked;
  const joined = joinedLines(masked, study.sentences);
  return { study, masked, bySentence: study.sentences.map((s) => [s, findMentions(masked, s, lex, joined)]) };
}

function secondPass(p: Pass1, known: KnownNames): StudyFacts {
  addKnownMentions(p, known);
  const { study, masked } = p;
  const bySentence = provinceReadings(masked, p.bySentence);
  resolveCities(bySentence, getLexicon());

  const projectCounts = new Map<string, number>();
  for (const [, ms] of bySentence)
    for (const m of ms) if (m.kind === "Project") projectCounts.set(m.key, (projectCounts.get(m.key) ?? 0) + 1);
  const projects = [...projectCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const ctx: StudyContext = {
    studyKey: study.key,
    text: study.text,
    masked,
    aboutTwinning: bySentence.some(([, ms]) =>
      ms.some((m) => m.key === "concept:sister-city" || m.key === "concept:sister-province"),
    ),
    // The main project: the only one, or one named at least twice as often as the next.
    mainProject:
      projects.length && (projects.length === 1 || projects[0][1] >= 2 * projects[1][1]) ? projects[0][0] : undefined,
    titleAndKeywords: [...(study.titleSentence ? [study.titleSentence] : []), ...study.keywordSentences],
  };

  const entities: EntityFact[] = [];
  const relations: RelationFact[] = [];
  const entity = (m: Mention, sentence: Sentence) => {
    entities.push({
      key: m.key,
      kind: m.kind,
      label: m.label,
      alias: aliasOf(masked.slice(m.name?.start ?? m.start, m.name?.end ?? m.end)),
      evidence: evidenceOf(ctx, sentence, m.name ?? m),
      ...(isGeoKind(m.kind) ? { geo: geoOf(m) } : {}),
    });
  };
  for (const [sentence, mentions] of bySentence) {
    for (const m of mentions) {
      entity(m, sentence);
      for (const inner of m.within ?? []) entity(inner, sentence);
      for (const inner of m.proposers ?? []) entity(inner, sentence);
    }
    for (const r of sentenceRelations(ctx, sentence, mentions)) relations.push(r);
  }
  relations.push(...bothPlacesRelations(ctx, bySentence, relations));
  relations.push(...homePartners(ctx, bySentence, relations));
  relations.push(...inferredLocations(bySentence, relations, (s, m) => evidenceOf(ctx, s, m.name ?? m)));
  relations.push(...studyRelations(ctx, bySentence));
  relations.push(...unitsOfBodies(bySentence, (s, m) => evidenceOf(ctx, s, m.name ?? m)));

  // Authors: a person node each, AUTHORED with the name line as evidence.
  const warnings: string[] = [];
  for (const author of study.authors) {
    if (!author.line) {
      warnings.push(`author "${author.name}" does not appear in the text, so AUTHORED has no evidence and is left out`);
      continue;
    }
    const key = nodeKey("Person", author.name);
    const at = author.span?.start ?? study.text.indexOf(author.name, author.line.start);
    const mention = at >= 0 && at < author.line.end ? { start: at, end: at + author.name.length } : undefined;
    const evidence = evidenceOf(ctx, author.line, mention);
    entities.push({ key, kind: "Person", label: author.name, alias: author.name, evidence });
    relations.push({ kind: "AUTHORED", source: key, target: study.key, evidence });
  }
  if (!entities.length) warnings.push("no entities found: is this an abstract about city or regional cooperation?");

  const facts: StudyFacts = {
    study: {
      key: study.key,
      file: study.file,
      title: study.title,
      authors: study.authors.map((a) => a.name),
      ...(study.studentNumber ? { studentNumber: study.studentNumber } : {}),
      ...(study.year !== undefined ? { year: study.year } : {}),
      ...(study.url ? { url: study.url } : {}),
      ...(study.period ? { period: study.period } : {}),
      language: study.language,
      text: study.text,
    },
    entities,
    relations,
    warnings,
  };
  return study.original ? toOriginalOffsets(facts, study.original) : facts;
}

/** The words that name an entity, on one line: "Makassar's" is Makassar. */
function aliasOf(written: string): string {
  const clean = hasOnlySingleSpaces(written) ? written : written.replace(/\s+/g, " ").trim();
  return clean.replace(/['’]s$/, "");
}

const WHITE_SPACE = /\s/;

/** No white space but single spaces between words: what the clean-up would leave as it is (most names). */
function hasOnlySingleSpaces(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === s.length - 1 || s.charCodeAt(i - 1) === 32) return false;
    } else if ((c >= 9 && c <= 13) || (c > 127 && WHITE_SPACE.test(s[i]))) return false;
  }
  return true;
}

/** Picks, for each city name, the gazetteer city in a country the study names; else the most populous. */
function resolveCities(bySentence: Array<[Sentence, Mention[]]>, lex: Lexicon): void {
  const countries = new Set<string>();
  for (const [, ms] of bySentence)
    for (const m of ms)
      if (m.kind === "Country" || m.kind === "Province") if (m.countryCode) countries.add(m.countryCode);
  for (const [, ms] of bySentence)
    for (const m of ms) {
      if (m.kind === "City" && !m.cityOptions) {
        // A city named by its province form ("DKI Jakarta"): its coordinates still come from the gazetteer.
        const options = lex.cities.get(foldName(m.label))?.filter((c) => c.countryCode === m.countryCode);
        if (options?.length) m.cityOptions = options.slice(0, 1);
        continue;
      }
      if (!m.cityOptions) continue;
      const best = m.cityOptions[0];
      const local = m.cityOptions.find((c) => countries.has(c.countryCode) && c.population >= best.population / 10);
      const chosen = countries.has(best.countryCode) ? best : (local ?? best);
      // The most populous city of a name is `city:<name>`; any other of that name also carries its country.
      const first = lex.cities.get(saintVariants(foldName(chosen.name))[0])?.[0] ?? chosen;
      m.key =
        chosen.geonameId === first.geonameId
          ? nodeKey("City", chosen.name)
          : nodeKey("City", `${chosen.name} ${chosen.countryCode}`);
      m.label = chosen.name;
      m.countryCode = chosen.countryCode;
      m.cityOptions = [chosen];
    }
}

function geoOf(m: Mention) {
  const c = m.cityOptions?.[0];
  if (c) return { geonameId: c.geonameId, countryCode: c.countryCode, lat: round(c.lat), lon: round(c.lon) };
  if (m.kind === "Country" && m.countryCode) {
    const at = countryPosition(m.countryCode);
    return { countryCode: m.countryCode, ...(at ? { lat: round(at.lat), lon: round(at.lon) } : {}) };
  }
  // A province's position from the subdivision package, for the map.
  const at = m.kind === "Province" ? getLexicon().positions.get(m.key) : undefined;
  if (at) return { ...(m.countryCode ? { countryCode: m.countryCode } : {}), lat: round(at.lat), lon: round(at.lon) };
  return m.countryCode ? { countryCode: m.countryCode } : {};
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}
