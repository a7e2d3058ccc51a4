// Generates corpora of realistic studies for the benchmark: real abstract sentences, recombined, with the places
// swapped for other gazetteer cities, so the extractor meets new names the way it will on unseen studies.
import { seededRandom } from "./syntheticGraph.js";

export interface CorpusFile {
  file: string;
  text: string;
}

const SEED_PLACES = /\b(DKI Jakarta|Jakarta|JAKARTA|Berlin|BERLIN|Tokyo|TOKYO)\b/g;

/** Sentences of the source abstracts that name a place, and those that do not, split at full stops. */
function sentencePool(sources: string[]): { withPlace: string[]; other: string[] } {
  const withPlace: string[] = [];
  const other: string[] = [];
  for (const text of sources)
    for (const s of text.split(/(?<=[.!?])\s+(?=[A-Z*])/)) {
      const clean = s.trim();
      if (clean.length < 40 || clean.length > 700) continue;
      (SEED_PLACES.test(clean) ? withPlace : other).push(clean);
      SEED_PLACES.lastIndex = 0;
    }
  return { withPlace, other };
}

/**
 * `count` studies of 8–14 sentences each. `homeCities` are Indonesian cities, `partnerCities` foreign ones;
 * every study pairs one of each, as real sister-city studies do.
 */
export function syntheticCorpus(
  sources: string[],
  count: number,
  homeCities: string[],
  partnerCities: string[],
  seed = 7,
): CorpusFile[] {
  const random = seededRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const { withPlace, other } = sentencePool(sources);
  const out: CorpusFile[] = [];
  const width = String(count).length;
  for (let i = 0; i < count; i++) {
    const home = pick(homeCities);
    const partner = pick(partnerCities);
    const third = pick(partnerCities);
    const n = 8 + Math.floor(random() * 7);
    const sentences: string[] = [];
    for (let j = 0; j < n; j++) {
      const s = random() < 0.6 ? pick(withPlace) : pick(other);
      sentences.push(s.replace(SEED_PLACES, (m) => (/jakarta/i.test(m) ? home : /berlin/i.test(m) ? partner : third)));
    }
    out.push({ file: `study-${String(i).padStart(width, "0")}.txt`, text: sentences.join(" ") + "\n" });
  }
  return out;
}
