// Which places of a sentence about twinning or cooperation are partners: pairs joined by "dan"/"and"/"–", the only two
// places of a twinning sentence, and one home place with every partner of a list ("Makassar dengan A, B, C dan D").
import { isPlaceKind } from "../../model/index.js";
import type { Mention } from "../mentions/index.js";

/** Words that join the two sides of one partnership. */
const PAIR_GLUE = /^\s*(dan|and|&|with|dengan|bersama|[-–—/]|to|serta)?\s*$/i; // no comma: a comma lists
/** Glue that binds one pair tighter than "dan" binds pairs: "A–B dan C–D", "A dengan B dan C dengan D". */
const TIGHT = /^\s*(?:[-–—/]|dengan|with|bersama)\s*$/i;
/** A short clause from a home place to its list of partners, without a comma between. */
const JOINS_LIST =
  /^[^,;.]{0,80}\b(?:dengan|with|bersama|and|dan)[ \t]+(?:(?:kota|city|of|the|provinsi|province)[ \t]+)*$/i;
/** A list announced after its partners' kind: "dengan beberapa negara, di antaranya A dan B", "with cities such as". */
export const LIST_INTRO =
  /\b(?:dengan|with|bersama)\b[^.;]{0,60}?\b(?:di antaranya|diantaranya|antara lain|yaitu|yakni|termasuk|seperti|including|such as|namely|among them)[\s:,]*$/i;
/** Words that separate the members of a list of partners. */
export const LIST_GLUE = /^(?:\s|[,;]|\b(?:dan|and|serta|&|as well as|juga|also)\b)*$/i;
/** Cue words and punctuation around a place name that say nothing about how two places relate. */
const PLACE_CUE_WORDS =
  /\b(kota|city of|the city of|the|kabupaten|kab|distrik|district|provinsi|prefektur|negara bagian|state of|state|dki|of|city|province|prefecture|regency|pemerintah|government|provincial|municipal|metropolitan|pemkot|pemprov|pemkab)\b|[:()*"'“”.]/gi;

export interface PairInput {
  masked: string;
  /** Places of the sentence, and places named inside governments ("Pemerintah Kota Makassar"), in text order. */
  partners: Mention[];
  countries: Mention[];
  /** The sentence itself speaks of twinning (sister city, kota kembar, sister province). */
  twinningHere: boolean;
  /** A partner of unknown country may pair (a city the gazetteer lacks): the sentence or the study is about twinning. */
  unplacedPartners?: boolean;
  /** The only two places pair whatever stands between them: a twinning sentence, or the title of a twinning study. */
  onlyTwoPair?: boolean;
}

export function twinnedPairs({
  masked,
  partners,
  countries,
  twinningHere,
  unplacedPartners = twinningHere,
  onlyTwoPair = twinningHere,
}: PairInput): Array<[Mention, Mention]> {
  // "Penang (Georgetown)": a place in brackets right after another glosses it (its capital, its other name);
  // "Kendari, Sulawesi Tenggara": a province after a city of its country, with a comma, says where the city is.
  // A province that holds another place of the sentence ("Sawahlunto, a small town in West Sumatra") is no partner.
  const holders = new Set(partners.map((p) => p.region).filter(Boolean));
  const places = partners.filter((p, i, all) => {
    if (!isPlaceKind(p.kind) || (p.kind === "Province" && holders.has(p.key))) return false;
    const before = all[i - 1];
    if (!before || !isPlaceKind(before.kind)) return true;
    const glue = masked.slice(before.end, p.start);
    // "Jung-gu, Ulsan Metropolitan City": the city after a district, with a comma, is where the district lies.
    if (/-(?:gu|gun|ku)$/.test(before.label) && p.kind === "City" && /^\s*,\s*$/.test(glue)) return false;
    // "Penang (Georgetown)"; "Gangnam-gu di Seoul": a place after "di"/"in" says where the one before it lies.
    if (/^\s*(?:\(|\bdi\b|\bin\b)\s*$/i.test(glue)) return false;
    return !(
      before.kind === "City" &&
      p.kind === "Province" &&
      /^\s*,\s*$/.test(glue) &&
      before.countryCode !== undefined &&
      before.countryCode === p.countryCode
    );
  });
  const pairs = new Map<string, [Mention, Mention]>();
  const add = (a: Mention, b: Mention) => {
    if (a.key === b.key || !crossBorder(a, b, unplacedPartners)) return;
    const [s, t] = a.key < b.key ? [a, b] : [b, a];
    pairs.set(`${s.key}|${t.key}`, [s, t]);
  };
  if (places.length < 2) return [];
  const glue = places.map((p, i) => (i ? between(masked, places[i - 1].end, p.start, countries) : ""));
  const distinct = new Set(places.map((p) => p.key));

  // One home place, then a list of partners abroad: the home place is paired with each, the partners with none.
  // Outside a twinning sentence the list must follow the home place closely, joined by "dengan"/"with"
  // ("Makassar bekerja sama dengan A, B dan C").
  const home = places[0];
  // The list runs as far as list glue joins its members: a word it cannot read ends it, not the earlier partners.
  let last = 1;
  while (last + 1 < places.length && (places[last + 1].key === home.key || LIST_GLUE.test(glue[last + 1]))) last++;
  const rest = places.slice(1, last + 1).filter((p) => p.key !== home.key);
  const opening = masked.slice(home.end, places[1].start);
  const announced = LIST_INTRO.test(opening) || JOINS_LIST.test(opening);
  const listed =
    (twinningHere || announced) &&
    // One partner after a short clause ("Kabupaten Garut menjalin hubungan luar negeri dengan Damyang-gun").
    rest.length >= 1 &&
    (rest.length >= 2 || announced) &&
    rest.every((p) => p.countryCode && home.countryCode && p.countryCode !== home.countryCode) &&
    (last === places.length - 1 || rest.length >= 2);
  if (listed) {
    for (const p of rest) add(home, p);
    return [...pairs.values()];
  }
  // The only two places of a twinning sentence.
  if (onlyTwoPair && distinct.size === 2)
    add(
      places[0],
      places.find((p) => p.key !== places[0].key)!,
    );
  // Neighbours joined by "dan"/"and"/"–"; a dash or "dengan" binds tighter, so "A–B dan C–D" and "A dengan B dan C
  // dengan D" never pair B with C.
  for (let i = 1; i < places.length; i++) {
    if (!PAIR_GLUE.test(glue[i])) continue;
    const tight = TIGHT.test(glue[i]);
    if (!tight && ((i > 1 && TIGHT.test(glue[i - 1])) || (i + 1 < places.length && TIGHT.test(glue[i + 1])))) continue;
    add(places[i - 1], places[i]);
  }
  return [...pairs.values()];
}

/** Across a border: both countries known and different, or one unknown where twinning is spoken of. */
function crossBorder(a: Mention, b: Mention, unplacedPartners: boolean): boolean {
  return a.countryCode && b.countryCode
    ? a.countryCode !== b.countryCode
    : unplacedPartners && !!(a.countryCode || b.countryCode);
}

/**
 * What lies between two places once countries (with the comma before them), cue words and brackets are taken out:
 * "Jakarta, Indonesia dan Berlin" gives " dan ", while "Lismore (Australia), Kitakyushu" keeps its list comma.
 */
function between(masked: string, from: number, to: number, countries: Mention[]): string {
  let s = "";
  let at = from;
  for (const c of countries)
    if (c.start >= from && c.end <= to) {
      // "Lismore, Australia", "Kota Davao di Filipina": the country qualifies the place before it.
      s += masked.slice(at, c.start).replace(/(?:,|\b(?:di|in))\s*$/i, " ");
      at = c.end;
    }
  s += masked.slice(at, to);
  return s.replace(PLACE_CUE_WORDS, " ");
}
