// A stable layout computed when the graph is built: seeded start, ForceAtlas2, then noverlap. Same graph, same picture.
import noverlap from "graphology-layout-noverlap";
import type { KnowledgeGraph } from "../model/index.js";
import { assignForceAtlas2, inferSettings } from "./forceAtlas2.js";

/** FNV-1a hash of a key to [0, 1): start positions from the node's key, not from Math.random. */
function hashUnit(key: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296;
}

/**
 * Small graphs get an exact ForceAtlas2 and noverlap; large ones Barnes-Hut and fewer rounds, so that building a
 * corpus of thousands of studies stays a matter of seconds (the picture of such a graph is an overview anyway).
 */
export function layoutGraph(graph: KnowledgeGraph): void {
  if (!graph.order) return;
  // Attributes are set in place: nothing listens to the graph's events while it is built.
  graph.forEachNode((node, a) => {
    a.x = hashUnit(node, 1) * 100 - 50;
    a.y = hashUnit(node, 2) * 100 - 50;
  });
  const large = graph.order > 1000;
  const iterations = large ? Math.max(15, Math.round(50 * Math.min(1, 5000 / graph.order))) : 300;
  // The library's settings, run by its algorithm ported to preallocated arrays (see forceAtlas2.ts).
  assignForceAtlas2(graph, iterations, inferSettings(graph, large));
  if (!large) noverlap.assign(graph, { maxIterations: 100, settings: { ratio: 1.2, margin: 2 } });
  // Rounded so that the file is stable across platforms' last floating-point digits.
  graph.forEachNode((_, a) => {
    a.x = Math.round(a.x * 100) / 100;
    a.y = Math.round(a.y * 100) / 100;
  });
}
