// Persons written with their titles and degrees, as Indonesian thesis pages and journal headers name supervisors,
// examiners and authors: "Pembimbing: Dr. Yusnarida Eka Nizmi, S.IP., M.Si", "Prof. Dr. H. Adi Suryadi Culla, MA",
// "Pusparida Syahdan, S. Sos, M.Si". A title or a degree says a person; the name is keyed whole, as an author's is.
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import type { Lexicon } from "../lexicon/index.js";
import type { Mention } from "./mention.js";
import { NAME_WORD, personsIn } from "./names.js";

/** Titles before a name; "H." and "Hj." are the pilgrim's titles that Indonesian names carry. */
const HONORIFICS = ["Prof", "Dr", "Drs", "Dra", "Ir", "Hj", "H", "Mr", "Mrs", "Ms"];
/** Degrees after a name, Indonesian (S.IP, M.Si) and international (MA, Ph.D). */
const DEGREES = [
  "S.IP", "S.I.P", "S.Sos", "S.H", "S.E", "S.Pd", "S.T", "S.Kom", "S.Hum", "S.Ag", "S.Psi", "S.Si", "S.AP", "S.IKom",
  "M.Si", "M.Sc", "M.A", "M.Hum", "M.Pd", "M.H", "M.M", "M.T", "M.Kom", "M.Soc.Sc", "M.Phil", "M.Ag", "M.AP", "M.IP",
  "M.Int.Rel", "M.Ec.Dev", "MA", "MPA", "MPP", "MBA", "MSc", "Ph.D", "PhD", "Lc", "LL.M", "DEA",
]; // prettier-ignore

/** "S.IP" -> S, then IP, a dot and a space optional between and after: "S.IP.", "S. IP", "SIP" are not all written. */
const degree = (d: string) => d.split(".").join("\\.?[ \\t]?") + "\\.?";
const DEGREE = `(?:${DEGREES.map(degree)
  .sort((a, b) => b.length - a.length)
  .join("|")})(?![\\p{L}])`;
/** A nickname in quotes inside a name: "Hendrar “Hendi” Prihadi". */
const NICKNAME = `["“]${NAME_WORD}["”]`;
const NAME = `${NAME_WORD}(?:[ \\t]+(?:${NICKNAME}|${NAME_WORD})){0,4}`;
const TITLED = new RegExp(
  `(?<![\\p{L}.])((?:(?:${HONORIFICS.join("|")})\\.[ \\t]*)+)(${NAME})|(${NAME}),[ \\t]*${DEGREE}`,
  "gu",
);
/** A thesis page's role label names a person, titled or not: "Pembimbing II: Aswin Baharuddin". */
const ROLE =
  "(?:[Pp]embimbing|[Pp]enguji|[Pp]romotor|[Kk]o-?[Pp]romotor|[Pp]enasihat|[Ss]upervisor|[Cc]o-[Ss]upervisor|[Aa]dvis[eo]r|[Ee]xaminer)";
const ROLE_NAMED = new RegExp(
  `\\b${ROLE}(?:[ \\t]+(?:[Uu]tama|[Pp]endamping|[Aa]kademik|[IV]{1,3}|\\d))?[ \\t]*:[ \\t]*((?:(?:${HONORIFICS.join("|")})\\.[ \\t]*)*)(${NAME})`,
  "gu",
);
const GATE = new RegExp(`(?:${HONORIFICS.join("|")})\\.|,[ \\t]*${DEGREE}|${ROLE}`, "u");
/** "Jl. Dr. Sutomo": a street named after a person is an address, not a person of the study. */
const STREET_BEFORE = /(?:\bJl|\bJln|\bJalan|\bStreet|\bSt)\.?[ \t]*$/i;

export function titledPersons(lex: Lexicon, masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  if (!GATE.test(sm)) return [];
  const out: Mention[] = [];
  for (const re of [TITLED, ROLE_NAMED]) out.push(...titled(lex, re, sm, sentence));
  return out;
}

function titled(lex: Lexicon, re: RegExp, sm: string, sentence: Sentence): Mention[] {
  const out: Mention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(sm); m; m = re.exec(sm)) {
    if (STREET_BEFORE.test(sm.slice(Math.max(0, m.index - 12), m.index))) continue;
    const name = (m[2] ?? m[3]).replace(/[ \t]*,$/, "");
    // A name after its titles or role ends the match; a name before its degrees opens it.
    const at = sentence.start + m.index + (m[2] !== undefined ? m[0].length - m[2].length : 0);
    // The words must make a person (no place, term or common word), and all of them must.
    // The nickname is read as blanks, so the words around it are checked as one name and the label keeps it.
    const plain = name.replace(new RegExp(NICKNAME, "gu"), (q) => " ".repeat(q.length));
    const read = personsIn(lex, at, plain, sentence);
    if (read.length !== 1 || read[0].end - read[0].start !== plain.replace(/\.$/, "").trimEnd().length) continue;
    const label = plain === name ? read[0].label : name.replace(/\.$/, "").trim();
    out.push({ ...read[0], label, key: nodeKey("Person", label) });
  }
  return out;
}
