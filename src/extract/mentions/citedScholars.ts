// Scholars cited in the shapes abstracts use in both languages: "Duchacek (1990)", "Keohane dan Nye (1977: 23)",
// "Putnam's (1988)", "(Rosenau, 1969)", "(Hooghe & Marks, 2003; Kuznetsov, 2015)", "Soldatos dkk. (1990)",
// "menurut Duchacek", "according to Keating", "dikemukakan oleh Lecours".
import type { Sentence } from "../../studies/sentences.js";
import type { Lexicon } from "../lexicon/index.js";
import type { Mention } from "./mention.js";
import { PERSON_LIST, personsIn } from "./names.js";

const YEAR = "(?:1[89]|20)\\d{2}[a-z]?";
const PAGES = "(?:[ \\t]*[:,][ \\t]*(?:hlm\\.?|hal\\.?|p\\.?|pp\\.?)?[ \\t]*\\d+(?:[-–]\\d+)?)?";
const ET_AL = "(?:[ \\t]+(?:et[ \\t]+al\\.?|dkk\\.?|dan[ \\t]+kawan-kawan))?";

/** Names, then the year in brackets: "Duchacek (1990)", "Keohane dan Nye (1977: 23)", "Putnam's (1988)". */
const NAMES_THEN_YEAR = new RegExp(
  `(${PERSON_LIST})${ET_AL}(?:['’]s?)?[ \\t]*\\([ \\t]*${YEAR}${PAGES}[ \\t]*\\)`,
  "gu",
);
/** A bracket of citations: "(Rosenau, 1969)", "(Hooghe & Marks, 2003; Kuznetsov 2015)". */
const CITATION_BRACKET = new RegExp(`\\(([^()]*?${YEAR}[^()]*)\\)`, "gu");
const ONE_CITATION = new RegExp(
  `^[ \\t]*(?:(?:lihat|see|cf\\.?|dalam|in)[ \\t]+)?(${PERSON_LIST})${ET_AL}[ \\t]*,?[ \\t]*${YEAR}`,
  "u",
);
/** A scholar named as the source of a view: "menurut Duchacek", "according to Keating", "proposed by Soldatos". */
const AS_SOURCE = new RegExp(
  `\\b(?:[Mm]enurut|[Aa]ccording[ \\t]+to|(?:dikemukakan|dicetuskan|dikembangkan|diperkenalkan|digagas|dirumuskan)[ \\t]+oleh|(?:proposed|developed|introduced|formulated|coined|argued)[ \\t]+by|as[ \\t]+(?:argued|defined|described)[ \\t]+by)[ \\t]+(${PERSON_LIST})`,
  "gu",
);
const GATE = new RegExp(`${YEAR}|menurut|according|oleh|by`, "iu");
const YEAR_IN_BRACKETS = new RegExp(`\\([ \\t]*${YEAR}`, "u");
const SOURCE_WORD = /menurut|according|oleh|by/i;

/** Capitalised words that open a sentence or a clause before a name: "Menurut Duchacek (1990)", "Lihat Keating". */
const LEAD =
  /^(?:(?:Menurut|Lihat|Dalam|Oleh|Dari|Teori|Konsep|Sedangkan|Sementara|Namun|According|See|In|By|The|Following|As|While|Whereas)[ \t]+(?:to[ \t]+)?)+/u;

export function citedScholars(lex: Lexicon, masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  if (!GATE.test(sm)) return [];
  const out: Mention[] = [];
  // Each pattern runs only where its cue stands: a year in brackets, or a word naming a source.
  const yearInBrackets = YEAR_IN_BRACKETS.test(sm);
  for (const re of [yearInBrackets ? NAMES_THEN_YEAR : undefined, SOURCE_WORD.test(sm) ? AS_SOURCE : undefined]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sm); m; m = re.exec(sm)) {
      const lead = LEAD.exec(m[1])?.[0].length ?? 0;
      out.push(...personsIn(lex, sentence.start + m.index + m[0].indexOf(m[1]) + lead, m[1].slice(lead), sentence));
    }
  }
  if (!/\([^()]*(?:1[89]|20)\d{2}/.test(sm)) return out;
  CITATION_BRACKET.lastIndex = 0;
  for (let m = CITATION_BRACKET.exec(sm); m; m = CITATION_BRACKET.exec(sm)) {
    let at = m.index + 1;
    for (const part of m[1].split(";")) {
      const c = ONE_CITATION.exec(part);
      if (c) out.push(...personsIn(lex, sentence.start + at + c[0].indexOf(c[1]), c[1], sentence));
      at += part.length + 1;
    }
  }
  return out;
}
