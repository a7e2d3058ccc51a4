// From studies to facts with evidence (mentions, relations, lexicons, gazetteer). What other stages use.
export { extractStudies } from "./extractStudies.js";
export type { StudyFacts } from "./facts.js";
export { cityIndexByName } from "./lexicon/gazetteer.js";
export { foldName } from "./normalize.js";
