// The port of ForceAtlas2 gives the library's positions bit for bit, Barnes-Hut and exact, parallel edges included.
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { describe, expect, it } from "vitest";
import { assignForceAtlas2, inferSettings } from "../../src/graph/forceAtlas2";
import { GRAPH_OPTIONS, type KnowledgeGraph } from "../../src/model";

/** A graph with hubs, parallel edges and two nodes on the same spot, from a fixed linear congruential sequence. */
function sampleGraph(order: number, size: number): KnowledgeGraph {
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296;
  const graph = new Graph(GRAPH_OPTIONS) as unknown as KnowledgeGraph;
  for (let i = 0; i < order; i++)
    graph.addNode(`city:n${i}`, { x: i === 1 ? 0 : next() * 100 - 50, y: i === 1 ? 0 : next() * 100 - 50 } as never);
  graph.mergeNodeAttributes("city:n0", { x: 0, y: 0 });
  for (let e = 0; e < size; e++) {
    const s = Math.floor(next() ** 3 * order);
    const t = Math.floor(next() * order);
    if (s !== t) graph.addEdge(`city:n${s}`, `city:n${t}`, {} as never);
  }
  return graph;
}

function positions(graph: KnowledgeGraph): number[] {
  return graph.mapNodes((_, a) => [a.x, a.y]).flat();
}

describe("assignForceAtlas2", () => {
  for (const barnesHutOptimize of [true, false])
    it(`matches graphology-layout-forceatlas2 (${barnesHutOptimize ? "Barnes-Hut" : "exact"})`, () => {
      const ours = sampleGraph(600, 2400);
      const theirs = ours.copy();
      forceAtlas2.assign(theirs, {
        iterations: 40,
        settings: { ...forceAtlas2.inferSettings(ours), barnesHutOptimize },
      });
      assignForceAtlas2(ours, 40, inferSettings(ours, barnesHutOptimize));
      expect(positions(ours)).toEqual(positions(theirs));
      expect(positions(ours)).not.toEqual(positions(sampleGraph(600, 2400)));
    });
});
