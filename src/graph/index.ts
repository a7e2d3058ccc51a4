// Facts -> one graphology graph (merge, aliases, layout); reading and writing graph.json. What other stages use.
export { buildGraph } from "./buildGraph.js";
export { readGraphFile, serializeGraph } from "./graphFile.js";
export { writeFileAtomic } from "./writeFileAtomic.js";
