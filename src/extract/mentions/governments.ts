// Governments: one canonical name per level and place, whatever the language or abbreviation.
import { nodeKey } from "../../model/index.js";
import { isCommonWord, PRIORITY } from "../lexicon/index.js";
import { GOVERNMENT_LEVELS } from "../lexicon/organizations.js";
import { foldName, titleCase } from "../normalize.js";
import { at, cuePattern, each, type MentionContext } from "./context.js";
import { areaMention, cityMention, dropDeterminer, titleCaseIfCaps, tooLong, type Mention } from "./mention.js";
import { RUN } from "./names.js";

const GOV_PREFIX_RE = new RegExp(
  `\\b(${cuePattern(GOVERNMENT_LEVELS.flatMap((l) => l.prefixes))})[ \\t]+(${RUN})`,
  "gu",
);
const GOV_PREFIX_GATE = /pem(erintah|prov|kot|kab|da)|government/i;
/** "Jambi City government", "West Java Provincial Government". */
const GOV_SUFFIX_RE = new RegExp(
  `(${RUN})[ \\t]+(${cuePattern(GOVERNMENT_LEVELS.flatMap((l) => l.suffixes))})\\b`,
  "gu",
);
const GOV_SUFFIX_GATE = /government|council/i;
/** A bare "Aceh Government", "Zagreb government": the level is the place's. */
const PLACE_GOVERNMENT_RE = new RegExp(`(${RUN})[ \\t]+([Gg]overnment)\\b`, "gu");
const PLACE_GOVERNMENT_GATE = /government/i;

// Written in English ("West Java Provincial Government"), the label stays English: no "Pemerintah Provinsi West Java".
function government(
  ctx: MentionContext,
  levelIndex: number,
  start: number,
  end: number,
  nameStart: number,
  nameEnd: number,
  englishLabel?: (surfaceName: string) => string,
): Mention | undefined {
  const { lex, masked, sentence } = ctx;
  const level = GOVERNMENT_LEVELS[levelIndex];
  if (tooLong(masked.slice(nameStart, nameEnd))) return;
  const places = ctx.placesIn(nameStart, nameEnd);
  // "Pemerintah Kota Vanimo": the level is the cue, so a city of any size is the government's place.
  if (!places.length && /kota|kabupaten/i.test(level.level)) {
    const options = lex.cities.get(foldName(masked.slice(nameStart, nameEnd)));
    if (options) places.push(cityMention(options, nameStart, nameEnd, sentence, true));
    else {
      // A city the gazetteer lacks ("Pemerintah Kota Ichikawa"): the cue says it is one, so it is kept, unplaced.
      const unknown = unlistedCity(ctx, nameStart, nameEnd);
      if (unknown) places.push(unknown);
    }
  }
  // "Jambi City government": a city's government names the city, where the province has the same name.
  if (/kota|kabupaten/i.test(level.level) && places[0]?.kind === "Province") {
    const city = cityOfName(ctx, places[0].start, places[0].end, level.level);
    if (city) places[0] = city;
  }
  // "Pemerintah Provinsi Jawa Tengah Indonesia", "PEMPROV NTB MEMBANGUN KERJASAMA": after "Pemerintah X" the name is
  // the place it opens with; what follows (its country, the title's next words) is not part of it.
  const first = places[0];
  if (first && first.start === nameStart && end === nameEnd && first.end < nameEnd && first.kind !== "Country") {
    end = nameEnd = first.end;
    places.length = 1;
  }
  const place = places[0];
  const exact = place && place.start === nameStart && place.end === nameEnd;
  // "pemerintah Jawa Tengah", "the Government of Surabaya": a bare government of a province or city is at its level.
  if (level.level === "Government of" && exact && place.kind !== "Country") {
    const own = GOVERNMENT_LEVELS.findIndex(
      (l) => l.level === (place.kind === "City" ? "Pemerintah Kota" : "Pemerintah Provinsi"),
    );
    return government(ctx, own, start, end, nameStart, nameEnd, englishLabel);
  }
  const national = level.level === "Government of";
  if (national && !(exact && place.kind === "Country")) return;
  // "the Beijing City Government of China": a city's or province's government is never named by a country.
  if (!national && exact && place.kind === "Country") return;
  const name = exact ? place.label : titleCaseIfCaps(masked.slice(nameStart, nameEnd));
  const surfaceName = masked.slice(nameStart, nameEnd).replace(/\s+/g, " ");
  return {
    kind: "Organization",
    key: nodeKey("Organization", `${level.level} ${name}`),
    label: national
      ? `Government of ${name}`
      : englishLabel
        ? englishLabel(surfaceName)
        : `${level.level} ${surfaceName}`,
    start,
    end,
    sentence,
    priority: PRIORITY.cued + 1,
    within: places,
  };
}

/** The Indonesian city or regency of a name, from the regional data ("Jambi" the city, not the province). */
function cityOfName(ctx: MentionContext, start: number, end: number, level: string): Mention | undefined {
  const f = foldName(ctx.masked.slice(start, end));
  const area = (/kabupaten/i.test(level) ? ctx.lex.regencies : ctx.lex.kotas).get(f);
  if (!area) return;
  const options = ctx.lex.cities.get(f)?.filter((c) => c.countryCode === "ID");
  if (options?.length) return { ...cityMention(options, start, end, ctx.sentence, true), region: area.provinceKey };
  return areaMention(area, start, end, ctx.sentence, true);
}

/** One to three capitalised words that are no common word and no term of the field: a city's name. */
function unlistedCity(ctx: MentionContext, start: number, end: number): Mention | undefined {
  const name = ctx.masked.slice(start, end).replace(/\s+/g, " ");
  const words = name.split(" ");
  if (words.length > 3 || !words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return;
  if (words.some((w) => isCommonWord(foldName(w)) || ctx.lex.phrases.has(foldName(w)))) return;
  return {
    kind: "City",
    key: nodeKey("City", name),
    label: name,
    start,
    end,
    sentence: ctx.sentence,
    priority: PRIORITY.cued,
    cued: true,
  };
}

export function governments(ctx: MentionContext): Mention[] {
  const { sentence } = ctx;
  return [
    ...each(ctx, GOV_PREFIX_RE, GOV_PREFIX_GATE, (m) => {
      const cue = foldName(m[1]);
      const li = GOVERNMENT_LEVELS.findIndex((l) => (l.prefixes as readonly string[]).includes(cue));
      const ns = at(ctx, m, 2);
      // "Local Government of Aceh": the cue's small word stays in lower case.
      const english = /government/.test(cue)
        ? (name: string) => `${titleCase(cue).replace(/ Of$/, " of").replace(/^The /, "")} ${name}`
        : undefined;
      return government(ctx, li, sentence.start + m.index, ns + m[2].length, ns, ns + m[2].length, english);
    }),
    ...each(ctx, GOV_SUFFIX_RE, GOV_SUFFIX_GATE, (m) => {
      const cue = foldName(m[2]);
      const [ns, name] = dropDeterminer(sentence.start + m.index, m[1]);
      const li = GOVERNMENT_LEVELS.findIndex((l) => (l.suffixes as readonly string[]).includes(cue));
      const written = titleCase(m[2].replace(/\s+/g, " "));
      const end = sentence.start + m.index + m[0].length;
      return government(ctx, li, ns, end, ns, ns + name.length, (n) => `${n} ${written}`);
    }),
    ...each(ctx, PLACE_GOVERNMENT_RE, PLACE_GOVERNMENT_GATE, (m) => {
      const [runStart, written] = dropDeterminer(sentence.start + m.index, m[1]);
      const runEnd = runStart + written.replace(/['’]s?$/, "").length; // "Bukittinggi's government"
      // "City Diplomacy Of Jakarta Government": the government is the place's that ends the run.
      const place =
        ctx.placesIn(runStart, runEnd).find((p) => p.end === runEnd) ??
        // "the Sawahlunto government": a city the regional data knows, however small.
        cityOfName(ctx, runStart, runEnd, "Pemerintah Kota");
      if (!place || place.end !== runEnd || place.kind === "Country") return;
      const [ns, name] = [place.start, ctx.masked.slice(place.start, runEnd)];
      const level = place.kind === "City" ? "Pemerintah Kota" : "Pemerintah Provinsi";
      const li = GOVERNMENT_LEVELS.findIndex((l) => l.level === level);
      const end = sentence.start + m.index + m[0].length;
      return government(ctx, li, ns, end, ns, ns + name.length, (n) => `${n} Government`);
    }),
  ];
}
