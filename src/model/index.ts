// The model: graph format schema, inferred types and ids. Every module may import it.
export * from "./schema.js";
export * from "./ids.js";
