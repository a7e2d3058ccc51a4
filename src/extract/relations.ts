// Relations read from one sentence: twinning and cooperation between places, location, membership, proposers,
// funding and participation. Each kind is a rule in relations/; this file joins them for a sentence.
import { isGeoKind, isPlaceKind, type EdgeKind } from "../model/index.js";
import { findPeriods, findSince } from "../studies/metadata.js";
import type { Sentence } from "../studies/sentences.js";
import { evidenceOf, type StudyContext } from "./context.js";
import { COOPERATION, cueRegex, PARTICIPATION_WORDS, PROJECT_WORDS, TWINNING_KEYS } from "./cues.js";
import type { RelationFact } from "./facts.js";
import type { Mention } from "./mentions/index.js";
import { FUNDING, funderOf } from "./relations/funding.js";
import { countryPairs, countryPartners } from "./relations/countryPartners.js";
import { placesInCountries } from "./relations/placesInCountries.js";
import { proposedBy } from "./relations/proposedBy.js";
import { twinnedPairs } from "./relations/twinnedPairs.js";

const PARTICIPATION = cueRegex(PARTICIPATION_WORDS);
const PROJECT_WORD = cueRegex(PROJECT_WORDS);
const isPlaceLike = (m: Mention) => isGeoKind(m.kind);

/** The places named inside the mentions that `holds` picks, in order. */
function placesWithin(mentions: Mention[], holds: (m: Mention) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) if (m.within && holds(m)) for (const p of m.within) out.push(p);
  return out;
}

/**
 * What adds a relation with the sentence as evidence. Made apart, not as a named arrow in the caller: tsx keeps names
 * by defining `name` on every named closure as it is made, here once per sentence.
 */
function adder(out: RelationFact[], evidence: RelationFact["evidence"]) {
  return (kind: EdgeKind, source: string, target: string, extra: Partial<RelationFact> = {}) => {
    if (source !== target) out.push({ kind, source, target, evidence, ...extra });
  };
}

/** Relations between the entities of one sentence. */
export function sentenceRelations(ctx: StudyContext, sentence: Sentence, mentions: Mention[]): RelationFact[] {
  const out: RelationFact[] = [];
  const sm = ctx.masked.slice(sentence.start, sentence.end);
  const evidence = evidenceOf(ctx, sentence);
  const add = adder(out, evidence);

  const places = mentions.filter((m) => isPlaceKind(m.kind));
  const countries = mentions.filter((m) => m.kind === "Country");
  const twinningHere = mentions.some((m) => TWINNING_KEYS.has(m.key));
  const cooperationHere = COOPERATION.test(sm);

  // Places inside a government's name are placed too: "Pemprov Zhejiang RRT", "Pemerintah Kota Kitakyushu-Jepang".
  // It takes two places at least; most sentences name fewer.
  const inOrgs = placesWithin(mentions, (m) => m.kind === "Organization");
  // Loops, not flatMap: this runs for every sentence, and most mentions hold no place.
  const inGovernments = placesWithin(mentions, (m) => m.key.startsWith("organization:pemerintah-"));
  if (places.length + countries.length + inOrgs.filter(isPlaceLike).length >= 2) {
    const placed = [...mentions, ...inOrgs].sort((a, b) => a.start - b.start);
    for (const { place, region } of placesInCountries(ctx.masked, placed)) add("LOCATED_IN", place.key, region.key);
  }

  // Partners of a twinning or of cooperation; a government's place counts too ("Pemerintah Kota Surabaya dan Kitakyushu").
  if (twinningHere || cooperationHere) {
    const partners = [...places, ...inGovernments].sort((a, b) => a.start - b.start);
    const kind: EdgeKind = twinningHere || ctx.aboutTwinning ? "SISTER_CITY_OF" : "COOPERATES_WITH";
    // A pair needs two cities or provinces.
    const pairs =
      partners.filter((m) => isPlaceKind(m.kind)).length < 2
        ? []
        : twinnedPairs({
            masked: ctx.masked,
            partners,
            countries,
            twinningHere,
            unplacedPartners: twinningHere || ctx.aboutTwinning,
            // The title of a study about twinning names the pair it is about ("Kerjasama Pemprov NTB dengan Pemprov Zhejiang").
            onlyTwoPair: twinningHere || (ctx.aboutTwinning && ctx.titleAndKeywords[0]?.start === sentence.start),
          });
    // The period and start year are read only where a pair was found: most cooperation sentences pair nothing.
    const period = pairs.length ? findPeriods(ctx.text, sentence.start, sentence.end, true)[0] : undefined;
    const since = pairs.length ? findSince(sm) : undefined;
    for (const [a, b] of pairs)
      add(kind, a.key, b.key, {
        ...(period ? { period: { from: period.from, to: period.to } } : {}),
        ...(since !== undefined ? { since } : {}),
      });
  }

  // A province or city cooperating with a country abroad.
  if (cooperationHere && (countries.length || inOrgs.some((m) => m.kind === "Country")))
    for (const [place, country] of countryPartners(ctx.masked, [...places, ...countries, ...inGovernments]))
      add("COOPERATES_WITH", place.key, country.key);
  // Two countries cooperating: "hubungan Indonesia-Australia".
  if (cooperationHere && countries.length >= 2)
    for (const [a, b] of countryPairs(ctx.masked, mentions)) add("COOPERATES_WITH", a.key, b.key);

  // An organization named after a place belongs to it ("Pemprov DKI Jakarta" is part of Jakarta).
  for (const o of mentions)
    if (o.kind === "Organization") for (const p of o.within ?? []) if (isGeoKind(p.kind)) add("PART_OF", o.key, p.key);

  // Who proposed a theory or a named method.
  for (const m of mentions) for (const p of m.proposers ?? []) add("PROPOSED_BY", m.key, p.key);
  for (const [theory, person] of proposedBy(ctx.masked, mentions)) add("PROPOSED_BY", theory.key, person.key);

  // Projects: named here, or "the project"/"this collaboration" pointing at the study's main project.
  const named = [...new Set(mentions.filter((m) => m.kind === "Project").map((m) => m.key))];
  const projects = named.length
    ? named
    : ctx.mainProject && (PROJECT_WORD.test(sm) || FUNDING.test(sm))
      ? [ctx.mainProject]
      : [];
  // Organizations, and office holders named with them ("Wali Kota Surabaya Tri Rismaharini").
  const orgs = mentions.filter((m) => m.kind === "Organization" || m.kind === "Person");
  const funder = FUNDING.test(sm) ? funderOf(ctx.masked, sentence, orgs) : undefined;
  // Places take part in a project named with them in a sentence about cooperation or taking part.
  const placesTakePart = named.length && (cooperationHere || PARTICIPATION.test(sm));
  // "West Java Province, Indonesia, with Gyeongsangbuk-do": a country set off after a partner to say where it lies
  // takes no part ("… and Labuan, Indonesia from East Kalimantan" still lists a country that does).
  const wherePlacesLie = new Set(
    countries
      .filter((c) => {
        const before = mentions.filter((m) => m.end <= c.start).pop();
        return (
          before &&
          isPlaceKind(before.kind) &&
          /^\s*(?:province|provinsi|city|regency|prefecture|state)?\s*[,(]\s*$/i.test(
            ctx.masked.slice(before.end, c.start),
          ) &&
          /^\s*(?:[,)]|$)/.test(ctx.masked.slice(c.end, sentence.end))
        );
      })
      .map((c) => c.key),
  );
  for (const project of projects) {
    for (const o of orgs) add(o.key === funder ? "FUNDS" : "PARTICIPATES_IN", o.key, project);
    if (placesTakePart)
      for (const p of [...places, ...countries]) if (!wherePlacesLie.has(p.key)) add("PARTICIPATES_IN", p.key, project);
  }
  // An event named after places ("Jakarta-Berlin Arts Festival", "Festival Budaya Korea") has them take part.
  for (const m of mentions)
    if (m.kind === "Project") for (const p of m.within ?? []) add("PARTICIPATES_IN", p.key, m.key);
  return out;
}
