// Named events and exchanges, which studies count among a partnership's projects: "the Youth Exchange Camp 2019",
// "Jakarta Japan Matsuri", "Festival Budaya Korea 2018", "Pekan Kebudayaan Makassar".
import type { Sentence } from "../../studies/sentences.js";
import { ACTIVITY_WORDS } from "../lexicon/commonWords.js";
import { isCommonWord, type Lexicon } from "../lexicon/index.js";
import { mentionContext } from "./context.js";
import { projectMention, type Mention } from "./mention.js";
import { foldName } from "../normalize.js";
import { NAME_WORD } from "./names.js";

const EN_HEADS =
  "Camp|Festival|Forum|Summit|Expo|Exhibition|Fair|Week|Exchange|Conference|Workshop|Competition|Carnival|Games|Championship|Matsuri|Marathon|Jamboree|Webinar|Seminar|Symposium|Dialogue|Bazaar|Parade|Tournament|Cup|Olympiad|Mission";
const ID_HEADS =
  "Festival|Pekan|Pameran|Forum|Lokakarya|Kompetisi|Lomba|Karnaval|Pertukaran|Konferensi|Kemah|Gelar|Webinar|Seminar|Pelatihan|Misi|Temu|Pagelaran|Jambore";
const YEAR = "(?:[ \\t]+(?:19|20)\\d{2})?";
const WORDS = `${NAME_WORD}(?:[ \\t]+(?:(?:of|for|the|and|&|dan)[ \\t]+)?${NAME_WORD}){0,5}`;
/** Capitalised words closed by an event word: "Youth Exchange Camp 2019". */
const HEAD_LAST = new RegExp(`(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,4}[ \\t]+(?:${EN_HEADS})\\b${YEAR})`, "gu");
/** An Indonesian event word opening capitalised words: "Festival Budaya Korea 2018". */
const HEAD_FIRST = new RegExp(`\\b((?:${ID_HEADS})[ \\t]+${WORDS}${YEAR})`, "gu");
/** Capitalised words, then a lower-case kind of event: "the Sukan Borneo sports event". */
const NAME_THEN_EVENT = new RegExp(
  `(${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,4}|\\p{Lu}{3,}\\b)(?=(?:[ \\t]+\\p{Ll}+)?[ \\t]+(?:event|festival|exhibition|competition|tournament|games)\\b)`,
  "gu",
);
/** Heads that make an event of a place's name alone ("Denpasar Festival"); a "Tokyo Forum" may be a body or a venue. */
const FESTIVE_HEADS = new Set([
  "festival",
  "fair",
  "expo",
  "carnival",
  "marathon",
  "webinar",
  "matsuri",
  "jamboree",
  "games",
]);
const GATE = new RegExp(`${EN_HEADS}|${ID_HEADS}|event|festival|exhibition|competition|tournament|games`);
/** "untuk Memperoleh Gelar Sarjana": a thesis cover's degree is no event ("gelar" is also a show, "Gelar Budaya"). */
const DEGREE_WORDS = new Set(["sarjana", "magister", "doktor", "diploma", "master", "bachelor", "ahli", "profesi"]);
/** Determiners, and the documents an event gives ("Makalah Seminar …": a paper, not the seminar's name). */
const DETERMINER = /^(?:(?:The|This|These|A|An|Sang|Para|Makalah|Prosiding|Laporan|Paper|Proceedings|Report)[ \t]+)+/u;

export function namedEvents(lex: Lexicon, masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  if (!GATE.test(sm)) return [];
  const out: Mention[] = [];
  let places: ReturnType<typeof mentionContext> | undefined;
  for (const re of [HEAD_LAST, HEAD_FIRST, NAME_THEN_EVENT]) {
    re.lastIndex = 0;
    for (let m = re.exec(sm); m; m = re.exec(sm)) {
      const det = DETERMINER.exec(m[1])?.[0].length ?? 0;
      const name = m[1].slice(det).replace(/\s+/g, " ");
      const words = foldName(name).split(" ");
      // Two words at least, and more than a place or a term with an event word: "Tokyo Forum" is too little to know;
      // an acronym before a kind of event is a name ("the JERIN festival").
      const acronym = words.length === 1 && /^\p{Lu}{3,}$/u.test(name) && !lex.phrases.has(words[0]);
      if ((words.length < 2 && !acronym) || words.length > 8 || words.some((w) => DEGREE_WORDS.has(w))) continue;
      // Words that make a name: no number, common word, term, city or kind of activity ("Student Exchange").
      const named = words.filter(
        (w) =>
          !/^\d+$/.test(w) && !isCommonWord(w) && !lex.phrases.has(w) && !lex.cities.has(w) && !ACTIVITY_WORDS.has(w),
      );
      // "Denpasar Festival": a place and a capitalised event word name an event; a term and one ("Sister City
      // Forum") or a bare common word do not.
      const placed =
        words.length === 2 && lex.cities.has(words[0]) && !isCommonWord(words[0]) && FESTIVE_HEADS.has(words[1]);
      if (named.length < 2 && words.length < 3 && !/\d{4}$/.test(name) && !placed && !acronym) continue;
      const start = sentence.start + m.index + det;
      const end = start + m[1].length - det;
      // "Jakarta-Berlin Arts Festival": the places it is named after take part in it.
      const within = (places ??= mentionContext(lex, masked, sentence)).placesIn(start, end);
      out.push(projectMention(name, start, end, sentence, within));
    }
  }
  return out;
}
