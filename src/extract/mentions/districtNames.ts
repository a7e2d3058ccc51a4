// Korean and Japanese local units written with their romanised suffix: "Damyang-gun", "Gangnam-gu", "Suwon-si",
// "Shinjuku-ku", "Kitakyushu-shi". A city ("-si", "-shi") the gazetteer knows is that city; a district or county
// ("-gu", "-gun", "-ku", "-cho", "-machi", "-mura") is a partner of its own, never its whole city.
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { PRIORITY, type Lexicon } from "../lexicon/index.js";
import { foldName } from "../normalize.js";
import { cityMention, type Mention } from "./mention.js";

const SUFFIX_COUNTRY: Record<string, string> = {
  gu: "KR",
  gun: "KR",
  si: "KR",
  shi: "JP",
  ku: "JP",
  cho: "JP",
  machi: "JP",
  mura: "JP",
};
const CITY_SUFFIXES = new Set(["si", "shi"]);
const DISTRICT = /(?<![\p{L}-])(\p{Lu}\p{Ll}{2,}(?:[ -]\p{Lu}?\p{Ll}+)?)-(gun|gu|si|shi|ku|cho|machi|mura)\b/gu;

export function districtNames(lex: Lexicon, masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  if (!/-(?:gun?|si|shi|ku|cho|machi|mura)\b/.test(sm)) return [];
  const out: Mention[] = [];
  DISTRICT.lastIndex = 0;
  for (let m = DISTRICT.exec(sm); m; m = DISTRICT.exec(sm)) {
    const countryCode = SUFFIX_COUNTRY[m[2]];
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const city = CITY_SUFFIXES.has(m[2])
      ? lex.cities.get(foldName(m[1]))?.filter((c) => c.countryCode === countryCode)
      : undefined;
    if (city?.length) {
      out.push(cityMention(city, start, end, sentence, true));
      continue;
    }
    out.push({
      kind: "City",
      key: nodeKey("City", m[0]),
      label: m[0],
      start,
      end,
      sentence,
      priority: PRIORITY.cued,
      countryCode,
      cued: true,
    });
  }
  return out;
}
