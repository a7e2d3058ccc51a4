// Relations read from sentence patterns: twinning and cooperation between places, funding, participation,
// location, membership, and what a study applies, focuses on and mentions.
import type { EdgeKind, Evidence } from "../model/index.js";
import { findPeriods, findSince } from "../studies/metadata.js";
import type { Sentence } from "../studies/sentences.js";
import type { RelationFact } from "./facts.js";
import type { Mention } from "./mentions.js";
import { placesInCountries } from "./rules/placesInCountries.js";
import { proposedBy } from "./rules/proposedBy.js";
import { twinnedPairs } from "./rules/twinnedPairs.js";

const COOPERATION =
  /\b(kerja[\s-]?sama|kerjasama|bekerja[\s-]?sama|mou|memorandum|nota kesepahaman|letter of intent|loi|perjanjian|agreement|kolaborasi|kemitraan|hubungan|paradiplomasi\w*|cooperation|co-operation|cooperate|collaborat\w*|partnership|partners?|relations?|relationship|paradiplomacy|twinning|twinned)\b/i;
const FUNDING =
  /\b(didanai|dibiayai|mendanai|membiayai|pendanaan|pembiayaan|hibah|pemberi[\s-]+dana|bantuan[\s-]+dana|donor|funded|funding|funds|financed|financing|grants?|sponsored)\b/i;
const PROJECT_WORD = /\b(proyek|project|program|programme)\b/i;
const CONCEPT_FRAME =
  /\b(konsep|concepts?|kerangka|framework|alat[\s-]+analisis|analysis[\s-]+tool|perspektif|perspective|pendekatan|approach)\b/i;
const APPLY_VERB =
  /\b(menggunakan|memakai|menerapkan|mengaplikasikan|digunakan|dipakai|apply|applies|applied|applying|uses?|used|using|employs?|employed|adopts?|adopted)\b/i;
/** "kedua kota", "the two cities": a sentence about the study's own pair of places without naming them. */
const BOTH_PLACES =
  /\b(kedua kota|kedua daerah|kedua provinsi|kedua pemerintah(?: daerah| kota)?|kerja ?sama ini|kemitraan ini|both cities|the two cities|both provinces|the two provinces|both regions|the two regions|this (?:cooperation|partnership|twinning))\b/i;
const TWINNING_KEYS = new Set(["concept:sister-city", "concept:sister-province"]);

const PLACE_KINDS = new Set(["City", "Province"]);

export interface StudyContext {
  studyKey: string;
  text: string;
  masked: string;
  /** The study names a twinning somewhere ("sister city", "kota kembar"): its cooperation sentences are about it. */
  aboutTwinning: boolean;
  /** The project the study is about, when it names one clearly: where "the project" and "this collaboration" point. */
  mainProject?: string;
  titleAndKeywords: Sentence[];
}

export function evidenceOf(ctx: StudyContext, s: Sentence, mention?: { start: number; end: number }): Evidence {
  const e: Evidence = { study: ctx.studyKey, quote: ctx.text.slice(s.start, s.end), start: s.start, end: s.end };
  if (mention) e.mention = { start: mention.start, end: mention.end };
  return e;
}

/** Relations between the entities of one sentence. */
export function sentenceRelations(ctx: StudyContext, sentence: Sentence, mentions: Mention[]): RelationFact[] {
  const out: RelationFact[] = [];
  const sm = ctx.masked.slice(sentence.start, sentence.end);
  const evidence = evidenceOf(ctx, sentence);
  const add = (kind: EdgeKind, source: string, target: string, extra: Partial<RelationFact> = {}) => {
    if (source !== target) out.push({ kind, source, target, evidence, ...extra });
  };

  const places = mentions.filter((m) => PLACE_KINDS.has(m.kind));
  const countries = mentions.filter((m) => m.kind === "Country");
  const twinningHere = mentions.some((m) => TWINNING_KEYS.has(m.key));
  const cooperationHere = COOPERATION.test(sm);

  for (const { place, region } of placesInCountries(ctx.masked, mentions)) add("LOCATED_IN", place.key, region.key);

  // Partners of a twinning or of cooperation; a government's place counts too ("Pemerintah Kota Surabaya dan Kitakyushu").
  if (twinningHere || cooperationHere) {
    const partners = [
      ...places,
      ...mentions.flatMap((m) => (m.key.startsWith("organization:pemerintah-") ? (m.within ?? []) : [])),
    ].sort((a, b) => a.start - b.start);
    const period = findPeriods(ctx.text, sentence.start, sentence.end, true)[0];
    const since = findSince(sm);
    const kind: EdgeKind = twinningHere || ctx.aboutTwinning ? "SISTER_CITY_OF" : "COOPERATES_WITH";
    for (const [a, b] of twinnedPairs({ masked: ctx.masked, partners, countries, twinningHere }))
      add(kind, a.key, b.key, {
        ...(period ? { period: { from: period.from, to: period.to } } : {}),
        ...(since !== undefined ? { since } : {}),
      });
  }

  // An organization named after a place belongs to it ("Pemprov DKI Jakarta" is part of Jakarta).
  for (const o of mentions)
    if (o.kind === "Organization")
      for (const p of o.within ?? []) if (PLACE_KINDS.has(p.kind) || p.kind === "Country") add("PART_OF", o.key, p.key);

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
  const funder = FUNDING.test(sm) ? closestToFunding(ctx, sentence, orgs) : undefined;
  for (const project of projects) {
    for (const o of orgs) add(o.key === funder ? "FUNDS" : "PARTICIPATES_IN", o.key, project);
    if (named.length && cooperationHere) for (const p of places) add("PARTICIPATES_IN", p.key, project);
  }
  return out;
}

/** The organization named nearest a funding word ("didanai oleh JICA", "the EU as donor"): the funder. */
function closestToFunding(ctx: StudyContext, sentence: Sentence, orgs: Mention[]): string | undefined {
  const sm = ctx.masked.slice(sentence.start, sentence.end);
  let best: { key: string; distance: number } | undefined;
  for (const m of sm.matchAll(new RegExp(FUNDING.source, "gi"))) {
    const c = sentence.start + m.index!;
    // "didanai oleh X", "funded by X", "hibah dari X": the funder is the agent after the cue, never before it.
    const agentAfter = /^\s+(oleh|by|dari|from)\b/i.test(sm.slice(m.index! + m[0].length, m.index! + m[0].length + 8));
    for (const o of orgs) {
      if (agentAfter && o.start < c) continue;
      const distance = c < o.start ? o.start - c : Math.max(0, c - o.end);
      if (!best || distance < best.distance) best = { key: o.key, distance };
    }
  }
  return best?.key;
}

/**
 * Sentences about "kedua kota" / "the two cities" without naming them: they speak of the study's own pair,
 * the pair it links most often, when there is one.
 */
export function bothPlacesRelations(
  ctx: StudyContext,
  bySentence: Array<[Sentence, Mention[]]>,
  found: RelationFact[],
): RelationFact[] {
  const counts = new Map<string, { kind: EdgeKind; source: string; target: string; n: number }>();
  for (const r of found)
    if (r.kind === "SISTER_CITY_OF" || r.kind === "COOPERATES_WITH") {
      const k = `${r.kind}|${r.source}|${r.target}`;
      const c = counts.get(k) ?? { kind: r.kind, source: r.source, target: r.target, n: 0 };
      c.n++;
      counts.set(k, c);
    }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || (a.source + a.target < b.source + b.target ? -1 : 1));
  if (!ranked.length || (ranked.length > 1 && ranked[1].n * 2 > ranked[0].n)) return [];
  const pair = ranked[0];
  const out: RelationFact[] = [];
  for (const [sentence, mentions] of bySentence) {
    const sm = ctx.masked.slice(sentence.start, sentence.end);
    if (mentions.some((m) => PLACE_KINDS.has(m.kind)) || !BOTH_PLACES.test(sm)) continue;
    if (!COOPERATION.test(sm) && !mentions.some((m) => TWINNING_KEYS.has(m.key))) continue;
    const period = findPeriods(ctx.text, sentence.start, sentence.end, true)[0];
    const since = findSince(sm);
    out.push({
      kind: pair.kind,
      source: pair.source,
      target: pair.target,
      evidence: evidenceOf(ctx, sentence),
      ...(period ? { period: { from: period.from, to: period.to } } : {}),
      ...(since !== undefined ? { since } : {}),
    });
  }
  return out;
}

/** Study-level edges: what it applies (theories, methods, concepts used as tools), focuses on, and mentions. */
export function studyRelations(ctx: StudyContext, mentionsBySentence: Array<[Sentence, Mention[]]>): RelationFact[] {
  const out: RelationFact[] = [];
  const special = new Set<string>();
  const focusSentences = new Set(ctx.titleAndKeywords.map((s) => s.start));
  for (const [sentence, mentions] of mentionsBySentence) {
    const sm = ctx.masked.slice(sentence.start, sentence.end);
    const conceptsApplied = CONCEPT_FRAME.test(sm) && APPLY_VERB.test(sm);
    for (const m of mentions) {
      const applies = m.kind === "Theory" || m.kind === "Method" || (m.kind === "Concept" && conceptsApplied);
      if (applies) {
        out.push({ kind: "APPLIES", source: ctx.studyKey, target: m.key, evidence: evidenceOf(ctx, sentence, m) });
        special.add(m.key);
      }
      if (focusSentences.has(sentence.start) && m.kind !== "Person" && m.kind !== "Method" && m.kind !== "Theory") {
        out.push({ kind: "FOCUSES_ON", source: ctx.studyKey, target: m.key, evidence: evidenceOf(ctx, sentence, m) });
        special.add(m.key);
      }
    }
  }
  // A MENTIONS edge carries the first sentence that names the entity; the entity node keeps every one.
  for (const [sentence, mentions] of mentionsBySentence)
    for (const m of mentions)
      if (!special.has(m.key)) {
        out.push({ kind: "MENTIONS", source: ctx.studyKey, target: m.key, evidence: evidenceOf(ctx, sentence, m) });
        special.add(m.key);
      }
  return out;
}
