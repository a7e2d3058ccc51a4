// The cue words relation rules read, as data in both languages; each list becomes one case-insensitive regex.

/** Words that say two actors cooperate. */
// prettier-ignore
const COOPERATION_WORDS = [
  "kerja sama", "kerja-sama", "kerjasama", "bekerja sama", "bekerjasama", "mou", "memorandum", "nota kesepahaman",
  "letter of intent", "loi", "perjanjian", "agreement", "kolaborasi", "kemitraan", "hubungan", "paradiplomasi\\w*",
  "cooperation", "co-operation", "cooperate", "collaborat\\w*", "partnership", "partners?", "relations?",
  "relationship", "paradiplomacy", "twinning", "twinned",
];
/** Words that say who pays. */
// prettier-ignore
export const FUNDING_WORDS = [
  "didanai", "dibiayai", "mendanai", "membiayai", "pendanaan", "pembiayaan", "hibah", "pemberi dana", "bantuan dana",
  "donor", "funded", "funding", "funds", "financed", "financing", "grants?", "sponsored",
];
/** Words that say an actor takes part in a named project or event. */
// prettier-ignore
export const PARTICIPATION_WORDS = [
  "ikut", "mengikuti", "berpartisipasi", "partisipasi", "terlibat", "melibatkan", "mengirim\\w*", "delegasi",
  "peserta", "bergabung", "take part", "takes part", "took part", "taking part", "participat\\w*", "involv\\w*",
  "join\\w*", "send\\w*", "sent", "delegations?", "fields?", "fielded", "dihadiri", "menghadiri", "diikuti",
  "tuan rumah", "attend\\w*", "host\\w*",
];
/** A project spoken of without its name. */
export const PROJECT_WORDS = ["proyek", "project", "program", "programme"];
/** Words that present a concept as the study's tool. */
// prettier-ignore
export const FRAME_WORDS = [
  "konsep", "concepts?", "kerangka", "frameworks?", "alat analisis", "analysis tool", "perspektif",
  "theoretical (?:basis|foundations?|grounding)", "landasan (?:teori|teoritis|teoretis|konseptual)", "dasar teori",
  "perspectives?", "pendekatan", "approach(?:es)?", "lens", "lensa", "kerangka (?:berpikir|pemikiran|teori|konseptual)",
];
/** Words right before or after a concept that present it as a tool: "konsep X", "the X approach". */
// prettier-ignore
export const FRAMED_BEFORE = [
  "konsep", "concept of", "the concept of", "perspektif", "pendekatan", "perspective of", "lens of", "framework of",
  "kerangka", "dalam kerangka",
];
/** Words that name the study's phenomenon with a concept: "the phenomenon known as paradiplomacy". */
// prettier-ignore
export const NAMED_AS = [
  "known as", "called", "termed", "referred to as", "dikenal dengan sebutan", "dikenal sebagai", "dikenal dengan istilah",
  "dikenal dengan nama", "disebut", "disebut sebagai", "disebut dengan", "diberi nama", "dinamakan", "diistilahkan",
  "diistilahkan dengan", "diistilahkan sebagai", "menyebut gejala tersebut", "menyebut gejala ini", "menyebut fenomena ini",
  "menyebut fenomena tersebut", "menyebutnya", "menamakannya", "call(?:s|ed)? (?:this|such a|the|that) (?:phenomenon|practice)",
  "call(?:s|ed)? it",
];
// prettier-ignore
export const FRAMED_AFTER = ["concept", "concepts", "approach", "framework", "perspective", "lens"];
/** Verbs with which a study uses a theory, concept or method. */
// prettier-ignore
export const APPLY_WORDS = [
  "menggunakan", "memakai", "menerapkan", "mengaplikasikan", "digunakan", "dipakai", "ditelaah", "dianalisis",
  "bertumpu", "berlandaskan", "berdasarkan", "berfungsi", "melalui", "apply", "applies", "applied", "applying",
  "uses?", "used", "using", "employs?", "employed", "adopts?", "adopted", "serves?", "served", "grounded", "based",
  "through", "examined", "analy[sz]ed", "drawing", "draws?", "berpijak", "bertolak", "rests?", "relies", "relying",
  "follows?", "guided", "terdiri atas", "terdiri dari", "consists? of", "comprises?", "dianalisa", "mengacu",
];
/** The study's own pair of places without their names: "kedua kota", "the two cities", "this partnership". */
// prettier-ignore
export const BOTH_PLACES_WORDS = [
  "kedua kota", "kedua daerah", "kedua provinsi", "kedua pemerintah(?: daerah| kota)?", "kerja ?sama ini",
  "kemitraan ini", "both cities", "the two cities", "both provinces", "the two provinces", "both regions",
  "the two regions", "this (?:cooperation|partnership|twinning)",
];

/** Words between a theory, concept or method and the scholar it comes from: "teori X dari Y", "konsep X karya Y". */
// prettier-ignore
export const PROPOSER_WORDS = [
  "dari", "oleh", "menurut", "milik", "karya", "by", "of", "from", "according to",
  "(?:yang )?(?:dikemukakan|dicetuskan|dikembangkan|diperkenalkan|digagas|dirumuskan|diusulkan|ditawarkan|dipopulerkan|diajukan) oleh",
  "(?:as )?(?:(?:it|they) (?:was|were|is|are) )?(?:proposed|developed|introduced|coined|formulated|advanced|put forward|set out|outlined|revealed|stated|explained|defined|described|initiated|pioneered) by",
];

/** The level of place a cue word names, written before the name ("Kota", "Prefektur") or after it ("City"). */
export type PlaceLevel = "city" | "regency" | "province";
// prettier-ignore
export const PLACE_CUES: Record<PlaceLevel, { before: string[]; after: string[] }> = {
  city: {
    before: ["kota", "city of", "the city of", "municipality of", "metropolis", "wali kota", "walikota"],
    after: ["city", "municipality", "metropolis", "metropolitan city", "special city"],
  },
  // "Distrik" is a Papuan or Timorese district; English writes an Indonesian regency as "Sanggau district" too.
  regency: { before: ["kabupaten", "kab.", "distrik"], after: ["regency", "district"] },
  // "Perfektur" is how Indonesian abstracts often misspell "Prefektur".
  province: {
    before: ["provinsi", "propinsi", "prefektur", "perfektur", "prefecture of", "negara bagian", "state of", "province of"],
    after: ["province", "prefecture"],
  },
};

const LEVEL_OF_CUE = new Map(
  (Object.keys(PLACE_CUES) as PlaceLevel[]).flatMap((level) =>
    [...PLACE_CUES[level].before, ...PLACE_CUES[level].after].map((cue) => [cue, level] as const),
  ),
);

/** The level a place cue names, as written in the text ("the City of", "PREFEKTUR"). */
export function placeLevel(cue: string): PlaceLevel | undefined {
  return LEVEL_OF_CUE.get(cue.toLowerCase().replace(/\s+/g, " ").trim());
}

/** One regex for a list of cue words: whole words, any case, spaces and hyphens as written or not. */
export function cueRegex(words: readonly string[], flags = "i"): RegExp {
  return new RegExp(`\\b(?:${cueAlternatives(words)})\\b`, flags);
}

/** The alternatives of a cue list as regex source, longest first, to build into a larger pattern. */
export function cueAlternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "[\\s-]+"))
    .join("|");
}

/** A sentence that speaks of cooperation in either language. */
export const COOPERATION = cueRegex(COOPERATION_WORDS);
/** The concepts that say a sentence speaks of twinning: sister city, kota kembar, sister province. */
export const TWINNING_KEYS: ReadonlySet<string> = new Set(["concept:sister-city", "concept:sister-province"]);
