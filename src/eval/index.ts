// Measuring extraction: a gold file of what the studies say, and the scores of a graph against it.
export * from "./gold.js";
export * from "./fold.js";
export * from "./score.js";
export * from "./report.js";
