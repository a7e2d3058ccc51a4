// Measuring extraction: a gold file of what the studies say, and the scores of a graph against it.
export { Gold, GoldFileError, parseGold } from "./gold.js";
export { scoreGraph, type EvalReport } from "./score.js";
export { formatReport } from "./report.js";
