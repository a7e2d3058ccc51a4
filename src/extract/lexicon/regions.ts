// Administrative regions from installed data packages, read once: Indonesia's provinces, regencies and cities
// (idn-area-data, the Ministry of Home Affairs' codes) and the world's first-level subdivisions with their positions
// (@countrystatecity/countries, one states.json per country; its city files are never read).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PlaceKind } from "../../model/index.js";
import { titleCase } from "../normalize.js";
import { PROVINCE_NAMES } from "./provinces.js";

interface IndonesianProvince {
  /** The ministry's code, e.g. "32" for Jawa Barat. */
  code: string;
  /** As written in Indonesian, title-cased: "Jawa Barat". */
  name: string;
}

export interface IndonesianArea {
  code: string;
  provinceCode: string;
  /** A kabupaten (regency) or a kota (city); "Kabupaten Bogor" and "Kota Bogor" are two areas. */
  type: "regency" | "city";
  /** The name without "Kabupaten", "Kota" or "Administrasi": "Bogor", "Kepulauan Seribu". */
  name: string;
}

interface Subdivision {
  /** ISO 3166-2 code, e.g. "JP-14". */
  code: string;
  countryCode: string;
  /** English name as the package gives it: "Hokkaidō", "North Gyeongsang", "Asturias, Principality of". */
  name: string;
  /** "province", "state", "prefecture", ... */
  type: string;
  lat?: number;
  lon?: number;
}

/**
 * Kinds of subdivision that people write as a province, state or region. Districts, municipalities, counties,
 * departments and the like are left out: they are mostly second-level units named after their towns.
 */
const SUBDIVISION_TYPES = new Set([
  "province",
  "state",
  "prefecture",
  "region",
  "administrative region",
  "autonomous region",
  "autonomous community",
  "autonomous province",
  "autonomous republic",
  "metropolitan region",
  "land",
  "voivodship",
  "canton",
  "governorate",
  "oblast",
  "republic",
  "territory",
  "union territory",
  "administrative territory",
  "emirate",
  "division",
  "overseas region",
  "special self-governing province",
  "federal territory",
]);

/** Where the package lists regions above provinces, the provinces are second-level units named after their towns. */
const SECOND_LEVEL: Record<string, string> = { IT: "province", ES: "province" };

const require = createRequire(import.meta.url);

export function packageDir(specifier: string): string {
  try {
    return dirname(require.resolve(specifier));
  } catch (e) {
    throw new Error(`lexicon/regions: cannot find ${specifier}; run npm ci (${(e as Error).message})`);
  }
}

function readCsv(file: string, columns: number): string[][] {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean);
  return lines.slice(1).map((line, i) => {
    const cells = line.split(",");
    if (cells.length !== columns || line.includes('"'))
      throw new Error(`lexicon/regions: ${file} line ${i + 2} is not ${columns} plain columns: ${line}`);
    return cells.map((c) => c.trim());
  });
}

/** "PANGKAJENE DAN KEPULAUAN" -> "Pangkajene dan Kepulauan". */
function indonesianName(upper: string): string {
  return titleCase(upper).replace(/ (Dan|Di) /g, (w) => w.toLowerCase());
}

let provinces: IndonesianProvince[] | undefined;
let areas: IndonesianArea[] | undefined;

function indonesianProvinces(): IndonesianProvince[] {
  provinces ??= readCsv(join(packageDir("idn-area-data/package.json"), "data", "provinces.csv"), 2).map(
    ([code, name]) => ({ code, name: indonesianName(name) }),
  );
  return provinces;
}

export function indonesianAreas(): IndonesianArea[] {
  areas ??= readCsv(join(packageDir("idn-area-data/package.json"), "data", "regencies.csv"), 3).map(
    ([code, provinceCode, full]) => {
      const m = /^(KABUPATEN|KOTA)(?: ADMINISTRASI)? (.+)$/.exec(full);
      if (!m) throw new Error(`lexicon/regions: idn-area-data regency ${code} "${full}" is neither KABUPATEN nor KOTA`);
      return { code, provinceCode, type: m[1] === "KOTA" ? "city" : "regency", name: indonesianName(m[2]) };
    },
  );
  return areas;
}

let subdivisions: Subdivision[] | undefined;

interface StateRecord {
  name: string;
  country_code: string;
  iso3166_2: string | null;
  type: string | null;
  latitude: string | null;
  longitude: string | null;
}

/** Subdivisions of the kinds in SUBDIVISION_TYPES, every country, in file order (countries by folder name). */
function worldSubdivisions(): Subdivision[] {
  if (subdivisions) return subdivisions;
  const dir = packageDir("@countrystatecity/countries/data/countries.json");
  subdivisions = [];
  for (const folder of readdirSync(dir).sort()) {
    const file = join(dir, folder, "states.json");
    if (!existsSync(file)) continue;
    for (const s of JSON.parse(readFileSync(file, "utf8")) as StateRecord[]) {
      const type = (s.type ?? "").toLowerCase();
      if (!SUBDIVISION_TYPES.has(type) || SECOND_LEVEL[s.country_code] === type || !s.name?.trim()) continue;
      const lat = Number(s.latitude);
      const lon = Number(s.longitude);
      const located = s.latitude && s.longitude && Number.isFinite(lat) && Number.isFinite(lon);
      subdivisions.push({
        code: s.iso3166_2 ?? `${s.country_code}-${s.name.trim()}`,
        countryCode: s.country_code,
        name: s.name.trim(),
        type,
        ...(located ? { lat, lon } : {}),
      });
    }
  }
  return subdivisions;
}

/** Words that name no place by themselves: a subdivision named only with them ("Central", "Northern Territory"). */
const GENERIC_WORDS = new Set(
  (
    "northern southern eastern western north south east west central centre center middle upper lower inner outer " +
    "coast coastal highlands lowlands lakes mountain mountains plateau plateaux delta rivers river federal capital " +
    "territory territories district special autonomous metropolitan province region state island islands sea gulf " +
    "littoral maritime nord sud est ouest centro norte sur oriental occidental greater lesser holy unity antique " +
    "administrative self governing city and of the la el al de del do national free jewish bank borders isles " +
    "nations peninsula peoples community country proper rural urban valley bay"
  ).split(" "),
);

/**
 * Subdivisions whose name is also a given name or a surname that studies cite (Alberta, Miranda, Rizal, Hidalgo):
 * read as a region only after a cue word, so "Miranda (2019)" stays a scholar.
 */
const PERSON_NAMES = new Set(
  (
    "alberta aurora augusta carolina isabela lara lori miranda nelson rizal hidalgo guerrero morelos bolivar sucre " +
    "virginia maria santa elena florence jackson chandler marlborough isabel herrera duarte valverde espaillat " +
    "loreto saladin sanchez ramirez santiago rodriguez maria trinidad sanchez elias pina hermanas mirabal " +
    "monsenor nouel ho chi minh"
  ).split(" "),
);

/** Suffixes people drop: "Hokkaidō Prefecture" is Hokkaido, "Guangxi Autonomous Region" Guangxi. */
/**
 * Region names that are also words of English, Indonesian or nearby languages ("Para", "Sila", "Falcon", "Midlands"):
 * read alone only when the sentence names their country.
 */
const WORD_NAMES = new Set(
  (
    "para sila mara salamat sahel zaire leste insular centrale litoral independencia somali afar chin shan marche " +
    "falcon portuguesa bale volta bono equateur principe midlands tanganyika babylon nineveh jerusalem chechen " +
    "chuvash granma northland southland lapland piedmont galicia seno"
  ).split(" "),
);
const WORD_PHRASES = new Set(["holy cross", "free state", "white nile", "blue nile", "red sea", "national capital"]);

const GENERIC_SUFFIX =
  /\s+(special autonomous region|autonomous region|special administrative region|sar|province|prefecture|region|oblast|governorate|state|division|emirate|voivodeship|canton)$/i;

const DIRECTIONS: Record<string, string> = {
  north: "utara",
  northern: "utara",
  south: "selatan",
  southern: "selatan",
  east: "timur",
  eastern: "timur",
  west: "barat",
  western: "barat",
  central: "tengah",
};

/** How a form of a region may be read without a cue word. */
type FormUse = "bare" | "context" | "cue";

interface RegionForm {
  /** Folded, as the phrase index keys it. */
  fold: string;
  /** bare: alone; context: when the sentence names its country; cue: only after "Provinsi", "State of", ... */
  use: FormUse;
}

export interface ForeignRegion {
  subdivision: Subdivision;
  label: string;
  forms: RegionForm[];
}

function isGeneric(fold: string): boolean {
  return fold.split(" ").every((w) => GENERIC_WORDS.has(w));
}

/** The label and the forms people write: the name, without its generic suffix, Korean "-do", Indonesian directions. */
function regionNames(s: Subdivision, fold: (name: string) => string): { label: string; forms: string[] } {
  const full = s.name
    .replace(/\s*\([^)]*\)/g, "")
    .split(",")[0]
    .trim();
  const stripped = full.replace(GENERIC_SUFFIX, "");
  const label = stripped && !isGeneric(fold(stripped)) ? stripped : full;
  const forms = new Set([full, label]);
  const words = label.split(" ");
  const direction = DIRECTIONS[words[0].toLowerCase()];
  if (s.countryCode === "KR" && /province/.test(s.type)) {
    // Korean provinces are also written romanised: Gyeonggi-do, Gyeongsangbuk-do (North Gyeongsang).
    const base = direction ? words.slice(1).join(" ") : label;
    const infix = direction === "utara" ? "buk" : direction === "selatan" ? "nam" : "";
    forms.add(`${base}${infix}-do`);
  }
  // Indonesian puts the direction after the name: Western Australia = Australia Barat.
  const rest = words.slice(1).join(" ");
  if (direction && rest && !isGeneric(fold(rest))) forms.add(`${rest} ${direction}`);
  return { label, forms: [...forms] };
}

export interface RegionContext {
  fold: (name: string) => string;
  /** Folded forms the lexicon already reads (countries, Indonesian provinces, organizations, terms). */
  taken: (fold: string) => boolean;
  isCommonWord: (fold: string) => boolean;
  /** Population of the largest city of this name in the country, and elsewhere (0 when none). */
  cityPopulation: (fold: string, countryCode: string) => { here: number; elsewhere: number };
  /** True when another spelling of the name is a large city of the country ("Samarqand", "Marrakech"). */
  nearCity: (fold: string, countryCode: string) => boolean;
}

/**
 * Foreign first-level subdivisions with the forms to find them by. A form is read alone only when it is distinctive:
 * no city of that name in its country (Tokyo, Seoul and Osaka stay cities; their prefecture needs a cue), no common
 * word or person's name, and no other subdivision of the name. Ambiguous forms need their country in the sentence.
 */
export function foreignRegions(ctx: RegionContext): ForeignRegion[] {
  const entries = worldSubdivisions()
    .filter((s) => s.countryCode !== "ID")
    .map((s) => ({ subdivision: s, ...regionNames(s, ctx.fold) }));
  const owners = new Map<string, Set<string>>();
  for (const e of entries)
    for (const f of e.forms) {
      const set = owners.get(ctx.fold(f)) ?? new Set();
      set.add(e.subdivision.code);
      owners.set(ctx.fold(f), set);
    }
  return entries.map((e) => ({
    subdivision: e.subdivision,
    label: e.label,
    forms: [...new Set(e.forms.map(ctx.fold))].map((fold) => {
      const letters = fold.replace(/[^a-z]/g, "").length;
      const city = ctx.cityPopulation(fold, e.subdivision.countryCode);
      let use: FormUse = "bare";
      if (PERSON_NAMES.has(fold) || ctx.taken(fold) || isGeneric(fold) || city.here > 0) use = "cue";
      else if (
        letters <= 3 ||
        ctx.isCommonWord(fold) ||
        WORD_NAMES.has(fold) ||
        WORD_PHRASES.has(fold) ||
        city.elsewhere >= 100_000 ||
        (owners.get(fold)?.size ?? 0) > 1
      )
        use = "context";
      else if (ctx.nearCity(fold, e.subdivision.countryCode)) use = "cue";
      return { fold, use };
    }),
  }));
}

export interface IndonesianProvinceRegion {
  code: string;
  /** "Province", or "City" for Jakarta. */
  kind: PlaceKind;
  label: string;
  /** The package's Indonesian name, the English label and the other forms people write. */
  forms: string[];
  lat?: number;
  lon?: number;
}

/** Indonesia's provinces from idn-area-data, with English names and positions (from the subdivision package). */
export function indonesianProvinceRegions(fold: (name: string) => string): IndonesianProvinceRegion[] {
  const positions = new Map(
    worldSubdivisions()
      .filter((s) => s.countryCode === "ID" && s.lat !== undefined)
      .map((s) => [fold(s.name), s]),
  );
  return indonesianProvinces().map((p) => {
    const names = PROVINCE_NAMES[p.code] ?? { label: p.name, forms: [] };
    // "Riau Islands" is also written "Riau Island", and "South Kalimantan" "South of Kalimantan".
    const written = [p.name, names.label, ...names.forms];
    const forms = [
      ...new Set([
        ...written,
        ...written.filter((f) => / Islands$/i.test(f)).map((f) => f.slice(0, -1)),
        ...written.flatMap((f) => {
          const d = /^(North|South|East|West|Central)[ ](\S.*)$/.exec(f);
          return d ? [`${d[1]} of ${d[2]}`] : [];
        }),
      ]),
    ];
    const at = forms.map((f) => positions.get(fold(f))).find(Boolean);
    return {
      code: p.code,
      kind: names.city ? "City" : "Province",
      label: names.city ?? names.label,
      forms,
      ...(at && !names.city ? { lat: at.lat, lon: at.lon } : {}),
    };
  });
}
