// A small real corpus for the map: Indonesian studies of sister provinces (Central Java–Queensland, West Java–Gyeonggi,
// Central Java–Fujian) with Semarang, Surakarta and Bandung, run through the pipeline as `npm run extract` would.
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { KnowledgeGraph } from "../../src/model/index.js";
import { graphOfStudies } from "../../src/pipeline.js";
import { parseStudy } from "../../src/studies/study.js";

const FIXTURES = resolve(import.meta.dirname, "../fixtures");
const FILES = ["unseen/central-java.txt", "unseen/westjava.md", "devset/studies/801_jateng-fujian.txt"];

/** Edge keys of the sister-province relations the corpus states. */
export const SISTER_PROVINCES = [
  "SISTER_CITY_OF|province:central-java|province:queensland",
  "SISTER_CITY_OF|province:gyeonggi|province:west-java",
];

export function sisterProvinceGraph(): KnowledgeGraph {
  const studies = FILES.map((f) => parseStudy(basename(f), readFileSync(resolve(FIXTURES, f), "utf8")));
  return graphOfStudies(studies).graph;
}
