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
const PLACE_CUE_WORDS =
  /\b(kota|city of|the city of|the|kabupaten|provinsi|prefektur|negara bagian|state of|state|dki|of|city|province|prefecture|regency|pemerintah|government|provincial|municipal|metropolitan)\b|[,;:()*"'“”]/gi;
/** What may stand between a place and its country: "Jakarta, Indonesia", "Gyeonggi Province, South Korea". */
const COUNTRY_AFTER_PLACE = /^[\s,]*(?:(?:Province|Prefecture|City|Regency|State|Metropolis)[\s,]+)?$/;
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

  // "Jakarta, Indonesia": a place followed by its own country. A province the gazetteer does not know
  // ("Gyeonggi Province, South Korea") takes the country written after it.
  for (const p of places) {
    const c = countries.find((c) => c.start > p.end && COUNTRY_AFTER_PLACE.test(ctx.masked.slice(p.end, c.start)));
    if (c && !p.countryCode && p.kind === "Province" && p.cued) p.countryCode = c.countryCode;
    if (c && c.countryCode === p.countryCode) add("LOCATED_IN", p.key, c.key);
    const prov = places.find(
      (q) => q.kind === "Province" && q.start > p.end && /^\s*,\s*$/.test(ctx.masked.slice(p.end, q.start)),
    );
    if (p.kind === "City" && prov && prov.countryCode === p.countryCode) add("LOCATED_IN", p.key, prov.key);
  }

  // Places joined by "dan"/"and"/"–" in a sentence about cooperation: a twinning, or plain cooperation.
  // A government's place counts too: "Pemerintah Kota Surabaya dan Kitakyushu".
  const partners = [
    ...places,
    ...mentions.flatMap((m) => (m.key.startsWith("organization:pemerintah-") ? (m.within ?? []) : [])),
  ].sort((a, b) => a.start - b.start);
  if (twinningHere || cooperationHere) {
    const period = findPeriods(ctx.text, sentence.start, sentence.end, true)[0];
    const since = findSince(sm);
    for (let i = 0; i + 1 < partners.length; i++) {
      const a = partners[i];
      const b = partners[i + 1];
      if (!PLACE_KINDS.has(a.kind) || !PLACE_KINDS.has(b.kind) || a.key === b.key) continue;
      // Across a border: both countries known and different, or one unknown in a sentence that says twinning.
      const crossBorder =
        a.countryCode && b.countryCode
          ? a.countryCode !== b.countryCode
          : twinningHere && !!(a.countryCode || b.countryCode);
      if (!crossBorder) continue;
      // Joined by "dan"/"and"/"–", or the only two places of a sentence that speaks of twinning.
      const onlyPair = twinningHere && new Set(partners.map((p) => p.key)).size === 2;
      if (!onlyPair && !PAIR_GLUE.test(between(ctx.masked, a.end, b.start, countries))) continue;
      const kind: EdgeKind = twinningHere || ctx.aboutTwinning ? "SISTER_CITY_OF" : "COOPERATES_WITH";
      const [s, t] = a.key < b.key ? [a.key, b.key] : [b.key, a.key];
      add(kind, s, t, {
        ...(period ? { period: { from: period.from, to: period.to } } : {}),
        ...(since !== undefined ? { since } : {}),
      });
    }
  }

  // An organization named after a place belongs to it ("Pemprov DKI Jakarta" is part of Jakarta).
  for (const o of mentions)
    if (o.kind === "Organization")
      for (const p of o.within ?? []) if (PLACE_KINDS.has(p.kind) || p.kind === "Country") add("PART_OF", o.key, p.key);

  // Who proposed a theory or a named method.
  for (const m of mentions) for (const p of m.proposers ?? []) add("PROPOSED_BY", m.key, p.key);

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
      if (!special.has(m.key)) {
        out.push({ kind: "MENTIONS", source: ctx.studyKey, target: m.key, evidence: evidenceOf(ctx, sentence, m) });
        special.add(m.key);
      }
  return out;
}
