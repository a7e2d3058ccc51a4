// Places after a cue word: any size of place, and provinces the gazetteer does not list.
import { isGeoKind, nodeKey } from "../../model/index.js";
import { isCommonWord, PRIORITY } from "../lexicon/index.js";
import { PLACE_CUES, placeLevel } from "../cues.js";
import { foldName } from "../normalize.js";
import { at, cuePattern, each, type MentionContext } from "./context.js";
import { cityMention, dropDeterminer, fromHit, MAX_NAME_WORDS, titleCaseIfCaps, type Mention } from "./mention.js";
import { RUN } from "./names.js";
import { cuedRegion } from "./regions.js";

const allCues = (side: "before" | "after") => Object.values(PLACE_CUES).flatMap((c) => c[side]);
const PLACE_PREFIX_RE = new RegExp(`\\b(${cuePattern(allCues("before"))})[ \\t]+(${RUN})`, "gu");
const PLACE_PREFIX_GATE = new RegExp(
  allCues("before")
    .map((c) => c.split(" ")[0])
    .join("|"),
  "i",
);
const capitalised = allCues("after").map((c) => c[0].toUpperCase() + c.slice(1));
const PLACE_SUFFIX_RE = new RegExp(`(${RUN})[ \\t]+(${capitalised.join("|")})\\b`, "gu");
const PLACE_SUFFIX_GATE = new RegExp(capitalised.join("|"));
// "Sanggau district", "Sumenep regency": a cue in lower case counts only for a regency the regional data knows. (An
// Indonesian city is read without a cue anyway, and "city" in lower case is in nearly every sentence.)
const LOWER_CUES = PLACE_CUES.regency.after.join("|");
const PLACE_SUFFIX_LOWER_RE = new RegExp(`(${RUN})[ \\t]+(${LOWER_CUES})\\b`, "gu");
const PLACE_SUFFIX_LOWER_GATE = new RegExp(`\\b(?:${LOWER_CUES})\\b`);

function cuedPlace(
  ctx: MentionContext,
  sentenceCountries: () => Set<string>,
  cue: string,
  runStart: number,
  run: string,
  cueAfter = false,
  knownOnly = false,
): Mention | undefined {
  const { lex, sentence } = ctx;
  // "Ulsan Metropolitan City": the run took the first word of a longer cue.
  for (let last = /[ \t]+(\S+)$/.exec(run); cueAfter && last && placeLevel(`${last[1]} ${cue}`);) {
    cue = `${last[1]} ${cue}`;
    run = run.slice(0, last.index);
    last = /[ \t]+(\S+)$/.exec(run);
  }
  const level = placeLevel(cue);
  // A province or regency the data lacks is still kept after its cue; an unknown name after "Kota" is not.
  const keepsUnknown = level === "province" || level === "regency";
  // After "Kota" the name is the run's first words; before "City" it is the run's last words (a few at most).
  const spans = [...run.matchAll(/\S+/g)].map((m) => [m.index!, m.index! + m[0].length]);
  if (spans.length > MAX_NAME_WORDS) {
    if (cueAfter) {
      const from = spans[spans.length - MAX_NAME_WORDS][0];
      runStart += from;
      run = run.slice(from);
    } else run = run.slice(0, spans[MAX_NAME_WORDS - 1][1]);
  }
  const words = run.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const sub = (cueAfter ? words.slice(words.length - n) : words.slice(0, n)).join(" ");
    const start = cueAfter ? runStart + run.length - sub.length : runStart;
    const end = start + sub.length;
    const fold = foldName(sub);
    // Regencies, Indonesian cities and the world's provinces and states, from the regional data.
    const region = cuedRegion(lex, fold, cue, sentenceCountries);
    if (region) {
      const m = region.cityOptions
        ? cityMention(region.cityOptions, start, end, sentence, true)
        : { ...fromHit(region.hit, start, end, sentence), priority: PRIORITY.cued, cued: true };
      return region.region ? { ...m, region: region.region } : m;
    }
    if (knownOnly) continue;
    const hits = (lex.phrases.get(fold) ?? []).filter((h) => isGeoKind(h.kind));
    if (hits.length && !(hits[0].kind === "Country" && level === "city"))
      return { ...fromHit(hits[0], start, end, sentence), priority: PRIORITY.cued, cued: true };
    // A concept, as in "Kota Cerdas"; a country after a city cue ("Singapore City") may still be a city.
    if (lex.phrases.get(fold)?.some((h) => h.kind !== "Country")) return;
    const options = lex.cities.get(fold);
    // "Surabaya Green City", "Makassar Creative City": before "City" a word that opens terms of the field names the
    // city's programme, not a small town of that name.
    if (cueAfter && options && lex.firstWords.has(fold) && options[0].population < 100_000) continue;
    if (options && level !== "province") return cityMention(options, start, end, sentence, true);
  }
  // An unknown name is only kept when no word of it is a common word or a term ("Case Study of Sister Province").
  if (knownOnly || !keepsUnknown || isCommonWord(foldName(words[0]))) return;
  if (words.some((w) => lex.firstWords.has(foldName(w)) || isCommonWord(foldName(w)))) return;
  const name = run;
  const start = runStart;
  const label = titleCaseIfCaps(name);
  const kind = level === "regency" ? "City" : "Province";
  return {
    kind,
    key: nodeKey(kind, label),
    label,
    start,
    end: start + name.length,
    sentence,
    priority: PRIORITY.cued,
    cued: true,
  };
}

/** The countries the sentence names, read on first use (made apart: tsx defines `name` on a named arrow each time). */
function countriesReader(ctx: MentionContext): () => Set<string> {
  let countriesHere: Set<string> | undefined;
  return () =>
    (countriesHere ??= new Set(
      ctx
        .placesIn(ctx.sentence.start, ctx.sentence.end)
        .filter((p) => p.kind === "Country")
        .map((p) => p.countryCode!),
    ));
}

export function cuedPlaces(ctx: MentionContext): Mention[] {
  const sentenceCountries = countriesReader(ctx);
  return [
    ...each(ctx, PLACE_PREFIX_RE, PLACE_PREFIX_GATE, (m) =>
      cuedPlace(ctx, sentenceCountries, m[1], at(ctx, m, 2), m[2]),
    ),
    ...each(ctx, PLACE_SUFFIX_RE, PLACE_SUFFIX_GATE, (m) =>
      cuedPlace(ctx, sentenceCountries, m[2], ...dropDeterminer(ctx.sentence.start + m.index, m[1]), true),
    ),
    ...each(ctx, PLACE_SUFFIX_LOWER_RE, PLACE_SUFFIX_LOWER_GATE, (m) =>
      cuedPlace(ctx, sentenceCountries, m[2], ...dropDeterminer(ctx.sentence.start + m.index, m[1]), true, true),
    ),
  ];
}
