// The model: the kinds, the graph format schema and its inferred types, ids, a study text as a reader sees it. Every
// module may import it.
export * from "./kinds.js";
export * from "./schema.js";
export * from "./storedGraph.js";
export * from "./compactGraph.js";
export * from "./graphFileText.js";
export * from "./pageFiles.js";
export * from "./ids.js";
export * from "./fold.js";
export * from "./errors.js";
export * from "./jsonSchema.js";
export * from "./functionWords.js";
export * from "./readerText.js";
export * from "./frontMatterFence.js";
export * from "./countryName.js";
