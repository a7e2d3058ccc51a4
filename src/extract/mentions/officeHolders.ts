// Office holders: "Wali Kota Surabaya Tri Rismaharini", "Governor of Queensland Annastacia Palaszczuk".
import { nodeKey } from "../../model/index.js";
import { isCommonWord, PRIORITY } from "../lexicon/index.js";
import { foldName } from "../normalize.js";
import { cuePattern, each, type MentionContext } from "./context.js";
import { DOCUMENT_WORD, type Mention } from "./mention.js";
import { NAME_WORD, RUN } from "./names.js";

/** An office and the run of capitalised words after it: a place (optional) then the holder's name. */
const ROLE_RE = new RegExp(
  `\\b(${cuePattern(["gubernur", "wakil gubernur", "wali kota", "walikota", "bupati", "menteri", "duta besar", "presiden", "governor", "vice governor", "mayor", "lord mayor", "minister", "ambassador", "president"])})[ \\t]+(?:of[ \\t]+)?(${RUN}(?:[ \\t]*,[ \\t]*${NAME_WORD}(?:[ \\t]+${NAME_WORD}){1,3})?)`,
  "gu",
);
const ROLE_GATE =
  /gubernur|wali ?kota|bupati|menteri|duta besar|presiden|governor|mayor|minister|ambassador|president/i;

export function officeHolders(ctx: MentionContext): Mention[] {
  const { lex, masked, sentence } = ctx;
  // The office's place, read apart from the name after it (where the lexicon takes "Semarang Hendrar" for a person).
  const officePlaces: Mention[] = [];
  const holders = each(ctx, ROLE_RE, ROLE_GATE, (m) => {
    const runStart = sentence.start + m.index + m[0].length - m[2].length;
    const runEnd = runStart + m[2].length;
    const place = placeOpening(ctx, runStart, runEnd);
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
    // Many Indonesians go by one name ("Gubernur Soekarwo"); one word must still look like a name, not an initial.
    if (name.length > 4 || (name.length === 1 && !/^\p{Lu}\p{Ll}{3,}$/u.test(name[0].text)) || !name.length) return;
    if (name.length === 1 && (lex.cities.has(foldName(name[0].text)) || isCommonWord(foldName(name[0].text)))) return;
    // "Minister of Home Affairs Regulation No. 25": the office's document, not its holder.
    if (DOCUMENT_WORD.test(` ${name.map((w) => w.text).join(" ")}`)) return;
    if (
      name.some(
        (w) => isCommonWord(foldName(w.text)) || lex.phrases.has(foldName(w.text)) || /^\p{Lu}{2,}$/u.test(w.text),
      )
    )
      return;
    const start = name[0].start;
    const end = name[name.length - 1].start + name[name.length - 1].text.length;
    const label = masked.slice(start, end);
    if (place) officePlaces.push(place);
    return { kind: "Person", key: nodeKey("Person", label), label, start, end, sentence, priority: PRIORITY.cued };
  });
  return [...holders, ...officePlaces];
}

/** The place a run opens with: its longest first words (up to three) that the lexicons read as a place. */
function placeOpening(ctx: MentionContext, runStart: number, runEnd: number): Mention | undefined {
  const ends = [...ctx.masked.slice(runStart, runEnd).matchAll(/[^\s,]+/g)]
    .slice(0, 3)
    .map((w) => runStart + w.index! + w[0].length);
  for (const end of ends.reverse()) {
    const place = ctx.placesIn(runStart, end).find((p) => p.start === runStart && p.end === end);
    if (place) return place;
  }
  return ctx.placesIn(runStart, runEnd).find((p) => p.start === runStart);
}
