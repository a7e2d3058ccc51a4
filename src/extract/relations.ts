// Relations read from sentence patterns: twinning and cooperation between places, funding, participation,
// location, membership, and what a study applies, focuses on and mentions.
import type { EdgeKind, Evidence } from "../model/index.js";
import { findPeriods, findSince } from "../studies/metadata.js";
import type { Sentence } from "../studies/sentences.js";
import type { RelationFact } from "./facts.js";
import type { Mention } from "./mentions.js";

const COOPERATION =
  /\b(kerja[\s-]?sama|kerjasama|bekerja[\s-]?sama|kolaborasi|kemitraan|hubungan|paradiplomasi\w*|cooperation|co-operation|cooperate|collaborat\w*|partnership|partners?|relations?|relationship|paradiplomacy|twinning|twinned)\b/i;
const FUNDING =
  /\b(didanai|dibiayai|mendanai|membiayai|pendanaan|pembiayaan|hibah|pemberi[\s-]+dana|bantuan[\s-]+dana|donor|funded|funding|funds|financed|financing|grants?|sponsored)\b/i;
const PROJECT_WORD = /\b(proyek|project|program|programme)\b/i;
const CONCEPT_FRAME =
  /\b(konsep|concepts?|kerangka|framework|alat[\s-]+analisis|analysis[\s-]+tool|perspektif|perspective|pendekatan|approach)\b/i;
const APPLY_VERB =
  /\b(menggunakan|memakai|menerapkan|mengaplikasikan|digunakan|dipakai|apply|applies|applied|applying|uses?|used|using|employs?|employed|adopts?|adopted)\b/i;
const PAIR_GLUE = /^\s*(dan|and|&|with|dengan|bersama|[-–—]|to|serta)?\s*$/i;
const PLACE_CUE_WORDS = /\b(kota|city of|the city of|the|kabupaten|provinsi|dki|of|city|pemerintah)\b|[,;:()*"'“”]/gi;

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
  const twinningHere = mentions.some((m) => m.key === "concept:sister-city" || m.key === "concept:sister-province");
  const cooperationHere = COOPERATION.test(sm);

  // Places joined by "dan"/"and"/"–" in a sentence about cooperation: a twinning, or plain cooperation.
  if (twinningHere || cooperationHere) {
    const period = findPeriods(ctx.text, sentence.start, sentence.end, true)[0];
    const since = findSince(sm);
    for (let i = 0; i + 1 < places.length; i++) {
      const a = places[i];
      const b = places[i + 1];
      if (a.key === b.key || !a.countryCode || a.countryCode === b.countryCode) continue;
      if (!PAIR_GLUE.test(between(ctx.masked, a.end, b.start, countries))) continue;
      const kind: EdgeKind = twinningHere || ctx.aboutTwinning ? "SISTER_CITY_OF" : "COOPERATES_WITH";
      const [s, t] = a.key < b.key ? [a.key, b.key] : [b.key, a.key];
      add(kind, s, t, {
        ...(period ? { period: { from: period.from, to: period.to } } : {}),
        ...(since !== undefined ? { since } : {}),
      });
    }
  }

  // "Jakarta, Indonesia": a place followed by its own country.
  for (const p of places) {
    const c = countries.find((c) => c.start > p.end && /^[\s,]*$/.test(ctx.masked.slice(p.end, c.start)));
    if (c && c.countryCode === p.countryCode) add("LOCATED_IN", p.key, c.key);
    const prov = places.find(
      (q) => q.kind === "Province" && q.start > p.end && /^\s*,\s*$/.test(ctx.masked.slice(p.end, q.start)),
    );
    if (p.kind === "City" && prov && prov.countryCode === p.countryCode) add("LOCATED_IN", p.key, prov.key);
  }

  // An organization named after a place belongs to it ("Pemprov DKI Jakarta" is part of Jakarta).
  for (const o of mentions)
    if (o.kind === "Organization")
      for (const p of o.within ?? []) if (PLACE_KINDS.has(p.kind)) add("PART_OF", o.key, p.key);

  // Who proposed a theory or a named method.
  for (const m of mentions) for (const p of m.proposers ?? []) add("PROPOSED_BY", m.key, p.key);

  // Projects: named here, or "the project"/"this collaboration" pointing at the study's main project.
  const named = [...new Set(mentions.filter((m) => m.kind === "Project").map((m) => m.key))];
  const projects = named.length
    ? named
    : ctx.mainProject && (PROJECT_WORD.test(sm) || FUNDING.test(sm))
      ? [ctx.mainProject]
      : [];
  const orgs = mentions.filter((m) => m.kind === "Organization");
  const funding = FUNDING.test(sm);
  for (const project of projects) {
    for (const o of orgs) add(funding ? "FUNDS" : "PARTICIPATES_IN", o.key, project);
    if (named.length && cooperationHere) for (const p of places) add("PARTICIPATES_IN", p.key, project);
  }
  return out;
}

/** What lies between two places once countries, cue words and punctuation are taken out. */
function between(masked: string, from: number, to: number, countries: Mention[]): string {
  let s = "";
  let at = from;
  for (const c of countries) {
    if (c.start >= from && c.end <= to) {
      s += masked.slice(at, c.start);
      at = c.end;
    }
  }
  s += masked.slice(at, to);
  return s.replace(PLACE_CUE_WORDS, " ");
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
      if (!special.has(m.key) && m.kind !== "Person") {
        out.push({ kind: "MENTIONS", source: ctx.studyKey, target: m.key, evidence: evidenceOf(ctx, sentence, m) });
        special.add(m.key);
      }
  return out;
}
