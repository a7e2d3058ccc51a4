// A country named by its people's adjective before a kind of place: "Gyeongsangbuk-do, a South Korean province",
// "the Japanese city of Ichikawa". Alone, "Japanese" is a language or a people, not the country.
import { nodeKey } from "../../model/index.js";
import type { Sentence } from "../../studies/sentences.js";
import { demonymIndex } from "../lexicon/demonyms.js";
import { countryOfCode } from "../lexicon/gazetteer.js";
import { PRIORITY } from "../lexicon/index.js";
import type { Mention } from "./mention.js";

const PLACE_NOUN = "city|cities|town|province|state|prefecture|region|port|capital|municipality|metropolis|island";
let pattern: RegExp | undefined;

function demonymPattern(): RegExp {
  const names = [...demonymIndex().keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return (pattern ??= new RegExp(`\\b(${names.join("|")})[ \\t]+(?:${PLACE_NOUN})\\b`, "gu"));
}

export function demonymPlaces(masked: string, sentence: Sentence): Mention[] {
  const sm = masked.slice(sentence.start, sentence.end);
  if (!new RegExp(`\\b(?:${PLACE_NOUN})\\b`).test(sm)) return [];
  const out: Mention[] = [];
  const re = demonymPattern();
  re.lastIndex = 0;
  for (let m = re.exec(sm); m; m = re.exec(sm)) {
    const country = countryOfCode(demonymIndex().get(m[1])!);
    if (!country) continue;
    const start = sentence.start + m.index;
    out.push({
      kind: "Country",
      key: nodeKey("Country", country.name),
      label: country.name,
      start,
      end: start + m[1].length,
      sentence,
      priority: PRIORITY.country,
      countryCode: country.code,
    });
  }
  return out;
}
