// Organizations named by a cue word before ("Dinas …") or after ("… University"); the place in the name is kept.
import { nodeKey } from "../../model/index.js";
import { PLACE_CUES } from "../cues.js";
import { PRIORITY } from "../lexicon/index.js";
import { GOVERNMENT_LEVELS, ORG_PREFIXES, ORG_SUFFIXES } from "../lexicon/organizations.js";
import { foldName } from "../normalize.js";
import { at, cuePattern, each, type MentionContext } from "./context.js";
import { DOCUMENT_WORD, dropDeterminer, tooLong, type Mention } from "./mention.js";
import { NAME_WORD, RUN } from "./names.js";

/** Words that open a body of its own inside a longer name: "Fakultas Hukum Universitas Syiah Kuala" is two bodies. */
const BODY_OPENERS =
  "Universitas|Universiti|University|Institut|Politeknik|Kementerian|Kementrian|Ministry|Fakultas|Faculty";
/** A run of capitalised words that stops before another body's name. */
// A word of the name may stand in quotes: Universitas Pembangunan "Veteran" Yogyakarta.
const ORG_RUN = `${NAME_WORD}(?:[ \\t]+(?:(?:of|for|the|de|van|der|von|al|&)[ \\t]+)?(?!(?:${BODY_OPENERS})\\b)["“]?${NAME_WORD}["”]?)*`;
// An affiliation's number may be glued to the name it marks: "1Prodi Hubungan Internasional".
const ORG_PREFIX_RE = new RegExp(
  `(?:(?<![\\p{L}\\p{Nd}_])|(?<=(?:^|\\n)[ \\t]*\\d{1,2}))(${cuePattern(ORG_PREFIXES)})[ \\t]+(${ORG_RUN})`,
  "gu",
);
/** A unit of a university or a ministry, named with the body it belongs to so that faculties stay apart. */
const UNIT_CUE =
  /^(?:fakultas|faculty of|jurusan|program studi|prodi|departemen|department of|pusat studi|centre for|center for|biro|bagian)/i;
// A cover page writes its lines in capitals: "FAKULTAS HUKUM" over "UNIVERSITAS RIAU".
const BODY_AFTER = new RegExp(
  `^[ \\t]*,?\\s*((?:${BODY_OPENERS}|${BODY_OPENERS.toUpperCase()})[ \\t]+(?:of[ \\t]+|OF[ \\t]+)?${ORG_RUN})`,
  "u",
);
const ORG_PREFIX_GATE = new RegExp(ORG_PREFIXES.map((p) => p.split(" ")[0]).join("|"), "i");
// "Regional Research and Development Agency": before its suffix a name may join two runs with "and".
const ORG_SUFFIX_RE = new RegExp(
  `((?:${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,2}[ \\t]+(?:and|&)[ \\t]+)?${RUN})[ \\t]+(${ORG_SUFFIXES.map((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())).join("|")})\\b`,
  "gu",
);
const ORG_SUFFIX_GATE = new RegExp(ORG_SUFFIXES.map((p) => p.split(" ")[0]).join("|"), "i");

function organization(
  ctx: MentionContext,
  start: number,
  end: number,
  placeFrom: number,
  placeTo: number,
  unit = false,
): Mention | undefined {
  const { masked, sentence } = ctx;
  // A name stops before the document it issued: "Ministry of Foreign Affairs Regulation No. 9".
  const doc = DOCUMENT_WORD.exec(masked.slice(placeFrom, end));
  if (doc) end = placeFrom + doc.index;
  if (end <= placeFrom) return;
  const written = masked.slice(start, end).replace(/\s+/g, " ").trim();
  // "Fakultas Ilmu Sosial dan Ilmu Politik Universitas Riau": the faculty keeps its university in its label.
  // On a cover the university stands on the next line, a sentence of its own.
  const body = unit ? BODY_AFTER.exec(masked.slice(end, Math.min(masked.length, sentence.end + 120))) : null;
  const label = body ? `${written}, ${body[1].replace(/\s+/g, " ")}` : written;
  if (tooLong(label)) return;
  const key = nodeKey("Organization", label);
  const within = ctx.placesIn(placeFrom, placeTo);
  const mention: Mention = { kind: "Organization", key, label, start, end, sentence, priority: PRIORITY.cued, within };
  if (body) mention.partOfAt = end + body.index + body[0].length - body[1].length;
  return mention;
}

/** More of the name after "dan"/"and", with commas before: "Dinas Pemuda, Olahraga dan Pariwisata". */
const CONTINUED = new RegExp(
  `^((?:[ \\t]*,[ \\t]*${NAME_WORD}(?:[ \\t]+${NAME_WORD})*)*[ \\t]+(?:dan|and|&)[ \\t]+)(${ORG_RUN})`,
  "u",
);
/** Words that open a name of their own: the list goes on to another body or a government, not this one's name. */
const OPENS_NAME = new Set(
  [
    ...ORG_PREFIXES,
    ...GOVERNMENT_LEVELS.flatMap((l) => l.prefixes),
    ...Object.values(PLACE_CUES).flatMap((c) => c.before),
  ].map((p) => foldName(p).split(" ")[0]),
);

/** Posts an affiliation line writes before its body. */
const POST_BEFORE =
  /^.*\b(?:Lecturers?|Students?|Professors?|Researchers?|Fellows?|Staff|Alumn(?:us|i|a)|Dosen|Mahasiswa|Peneliti|Pengajar)[ \t]+(?:(?:at|of|in|di)[ \t]+)?/u;
/** Bodies whose affiliation lines carry posts: "Lecturer Padjadjaran University". */
const ACADEMIC = /^(?:University|Universitas|Universiti|Institute|Institut|College|Polytechnic|Politeknik)$/u;
const ORG_SUFFIX_IN = new RegExp(`\\b(?:${ORG_SUFFIXES.join("|")})\\b`, "i");

/**
 * Where a name cut at "dan" goes on: "Kementerian Kelautan dan Perikanan", "Universitas Sains dan Teknologi Jayapura".
 * Not when the words after "dan" open another body, a government or a place ("Universitas Lampung dan Zagreb").
 */
function continuedEnd(ctx: MentionContext, end: number): number {
  const m = CONTINUED.exec(ctx.masked.slice(end, ctx.sentence.end));
  if (!m) return end;
  const segments = m[0]
    .split(/,|\b(?:dan|and)\b|&/)
    .map((w) => w.trim())
    .filter(Boolean);
  for (const segment of segments) {
    if (/['’]s?$/.test(segment)) return end; // "… and Bukittinggi's government": another body's owner
    const first = foldName(segment.split(/\s+/)[0]);
    if (OPENS_NAME.has(first)) return end;
    // "… dan Busan Foundation for International Cooperation": a body of its own, named by its closing word.
    if (ORG_SUFFIX_IN.test(segment)) return end;
    const at = end + m[0].indexOf(segment);
    const place = ctx.placesIn(at, at + segment.length)[0];
    if (place && place.start === at) return end;
  }
  return end + m[0].length;
}

export function organizations(ctx: MentionContext): Mention[] {
  const { sentence } = ctx;
  return [
    ...each(ctx, ORG_PREFIX_RE, ORG_PREFIX_GATE, (m) => {
      const start = sentence.start + m.index;
      // A government's name is its place's: "the Government of Surabaya and Bukittinggi" names two.
      const end = /government/i.test(m[1]) ? start + m[0].length : continuedEnd(ctx, start + m[0].length);
      return organization(ctx, start, end, at(ctx, m, 2), end, UNIT_CUE.test(m[1]));
    }),
    ...each(ctx, ORG_SUFFIX_RE, ORG_SUFFIX_GATE, (m) => {
      let [start, name] = dropDeterminer(sentence.start + m.index, m[1]);
      // "Undergraduate Thesis International Relations Study Program": the document is no part of the body's name.
      const doc = /^.*\b(?:Thesis|Theses|Skripsi|Tesis|Dissertation|Disertasi|Paper|Article)[ \t]+/u.exec(name);
      if (doc) [start, name] = [start + doc[0].length, name.slice(doc[0].length)];
      // "Lecturer Padjadjaran University", "PhD Student Gadjah Mada University": an affiliation's post is no part of it.
      const post = POST_BEFORE.exec(name);
      if (post && post[0].length < name.length && ACADEMIC.test(m[2]))
        [start, name] = [start + post[0].length, name.slice(post[0].length)];
      // "University of Lampung and Zagreb University" are two: "and" joins one name only between plain words.
      const and = /[ \t]+(?:and|&)[ \t]+/.exec(name);
      if (and) {
        const [first, second] = [name.slice(0, and.index), name.slice(and.index + and[0].length)];
        const separate =
          new RegExp(`\\b(?:${BODY_OPENERS})\\b`).test(first) ||
          ctx.placesIn(start, start + and.index).length > 0 ||
          ctx.placesIn(start + and.index + and[0].length, start + name.length).length > 0;
        if (separate) [start, name] = [start + and.index + and[0].length, second];
      }
      // "Development Planning Agency of Semarang": the place after "of" is part of the name.
      let end = sentence.start + m.index + m[0].length;
      const of = /^[ \t]+of[ \t]+(?:the[ \t]+)?/.exec(ctx.masked.slice(end, sentence.end));
      const place = of ? ctx.placesIn(end + of[0].length, sentence.end)[0] : undefined;
      if (of && place && place.start === end + of[0].length && place.kind !== "Country") end = place.end;
      // "Busan Foundation for International Cooperation": what the body is for is part of its name.
      const purpose = new RegExp(`^[ \\t]+for[ \\t]+(?:the[ \\t]+)?${RUN}`, "u").exec(
        ctx.masked.slice(end, sentence.end),
      );
      if (purpose && !of) end += purpose[0].length;
      return organization(ctx, start, end, start, end);
    }),
  ];
}
