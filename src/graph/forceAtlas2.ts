// ForceAtlas2 as graphology-layout-forceatlas2 0.10 iterates it, for the settings the layout uses (strong gravity,
// linear attraction, no size adjustment, no weights, no fixed node), on typed arrays allocated once instead of a Barnes-Hut tree grown in a plain
// array every round: the same operations in the same order on the same float32 positions, so the same positions.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { KnowledgeGraph } from "../model/index.js";

export interface ForceAtlas2Settings {
  barnesHutOptimize: boolean;
  barnesHutTheta: number;
  gravity: number;
  scalingRatio: number;
  slowDown: number;
}

/** Positions, forces and masses in float32, as the library keeps them: each store rounds as it does there. */
interface Nodes {
  count: number;
  x: Float32Array;
  y: Float32Array;
  dx: Float32Array;
  dy: Float32Array;
  oldDx: Float32Array;
  oldDy: Float32Array;
  mass: Float32Array;
  convergence: Float32Array;
}

/** Edges as node indices; the library keeps them in float32, exact for these integers. */
interface Edges {
  count: number;
  source: Int32Array;
  target: Int32Array;
}

/** The Barnes-Hut quadtree; the library's regions hold float64 numbers, so do these. */
class Regions {
  node = new Int32Array(0);
  centerX = new Float64Array(0);
  centerY = new Float64Array(0);
  size = new Float64Array(0);
  nextSibling = new Int32Array(0);
  firstChild = new Int32Array(0);
  mass = new Float64Array(0);
  massCenterX = new Float64Array(0);
  massCenterY = new Float64Array(0);

  /** Room for `count` regions, keeping the first `used`. */
  reserve(count: number, used: number): void {
    if (count <= this.node.length) return;
    const n = Math.max(count, this.node.length * 2);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(n);
      b.set(a.subarray(0, used));
      return b;
    };
    const i32 = (k: number) => new Int32Array(k);
    const f64 = (k: number) => new Float64Array(k);
    this.node = grow(this.node, i32);
    this.centerX = grow(this.centerX, f64);
    this.centerY = grow(this.centerY, f64);
    this.size = grow(this.size, f64);
    this.nextSibling = grow(this.nextSibling, i32);
    this.firstChild = grow(this.firstChild, i32);
    this.mass = grow(this.mass, f64);
    this.massCenterX = grow(this.massCenterX, f64);
    this.massCenterY = grow(this.massCenterY, f64);
  }

  init(r: number, centerX: number, centerY: number, size: number, nextSibling: number): void {
    this.node[r] = -1;
    this.centerX[r] = centerX;
    this.centerY[r] = centerY;
    this.size[r] = size;
    this.nextSibling[r] = nextSibling;
    this.firstChild[r] = -1;
    this.mass[r] = 0;
    this.massCenterX[r] = 0;
    this.massCenterY[r] = 0;
  }
}

const SUBDIVISION_ATTEMPTS = 3;

/**
 * The library's settings for this graph (`inferSettings`, its default theta), checked to be the modes ported here so
 * that a new version of it that infers others fails loudly instead of laying out differently.
 */
export function inferSettings(graph: KnowledgeGraph, barnesHutOptimize: boolean): ForceAtlas2Settings {
  const { gravity, scalingRatio, slowDown, strongGravityMode, ...rest } = forceAtlas2.inferSettings(graph);
  const known = Object.keys(rest).every((k) => k === "barnesHutOptimize");
  if (gravity === undefined || scalingRatio === undefined || slowDown === undefined || !strongGravityMode || !known)
    throw new Error("graphology-layout-forceatlas2 infers settings that the ported ForceAtlas2 does not implement");
  return { barnesHutOptimize, barnesHutTheta: 0.5, gravity, scalingRatio, slowDown };
}

/** Runs `iterations` rounds from the graph's x and y and writes the float32 results back to them. */
export function assignForceAtlas2(graph: KnowledgeGraph, iterations: number, settings: ForceAtlas2Settings): void {
  const index = new Map<string, number>();
  const count = graph.order;
  const f32 = () => new Float32Array(count);
  const nodes: Nodes = {
    count,
    x: f32(),
    y: f32(),
    dx: f32(),
    dy: f32(),
    oldDx: f32(),
    oldDy: f32(),
    mass: f32(),
    convergence: f32(),
  };
  let i = 0;
  graph.forEachNode((node, a) => {
    index.set(node, i);
    nodes.x[i] = a.x;
    nodes.y[i] = a.y;
    nodes.mass[i] = 1;
    nodes.convergence[i] = 1;
    i++;
  });
  const edges: Edges = {
    count: graph.size,
    source: new Int32Array(graph.size),
    target: new Int32Array(graph.size),
  };
  i = 0;
  // A node's mass is 1 + its degree (every edge weighs 1: edges have no weight attribute).
  graph.forEachEdge((_, _a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    nodes.mass[s] += 1;
    nodes.mass[t] += 1;
    edges.source[i] = s;
    edges.target[i] = t;
    i++;
  });
  const regions = new Regions();
  for (let k = 0; k < iterations; k++) iterate(settings, nodes, edges, regions);
  i = 0;
  graph.updateEachNodeAttributes((_, a) => {
    a.x = nodes.x[i];
    a.y = nodes.y[i];
    i++;
    return a;
  });
}

function iterate(options: ForceAtlas2Settings, nodes: Nodes, edges: Edges, regions: Regions): void {
  const { count, x, y, dx, dy, oldDx, oldDy, mass } = nodes;
  for (let n = 0; n < count; n++) {
    oldDx[n] = dx[n];
    oldDy[n] = dy[n];
    dx[n] = 0;
    dy[n] = 0;
  }
  if (options.barnesHutOptimize) {
    buildTree(nodes, regions);
    repulseBarnesHut(options, nodes, regions);
  } else repulseExactly(options, nodes);

  // Strong gravity.
  const g = options.gravity / options.scalingRatio;
  const coefficient = options.scalingRatio;
  for (let n = 0; n < count; n++) {
    let factor = 0;
    const xDist = x[n];
    const yDist = y[n];
    const distance = Math.sqrt(Math.pow(xDist, 2) + Math.pow(yDist, 2));
    if (distance > 0) factor = coefficient * mass[n] * g;
    dx[n] -= xDist * factor;
    dy[n] -= yDist * factor;
  }

  // Linear attraction: the factor is -coefficient * weight, -1.
  const { source, target } = edges;
  const factor = -1;
  for (let e = 0; e < edges.count; e++) {
    const n1 = source[e];
    const n2 = target[e];
    const xDist = x[n1] - x[n2];
    const yDist = y[n1] - y[n2];
    dx[n1] += xDist * factor;
    dy[n1] += yDist * factor;
    dx[n2] -= xDist * factor;
    dy[n2] -= yDist * factor;
  }

  applyForces(options, nodes);
}

function buildTree(nodes: Nodes, regions: Regions): void {
  const { count, x, y, mass } = nodes;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let n = 0; n < count; n++) {
    minX = Math.min(minX, x[n]);
    maxX = Math.max(maxX, x[n]);
    minY = Math.min(minY, y[n]);
    maxY = Math.max(maxY, y[n]);
  }
  // Squarified bounds: it is a quadtree.
  const sx = maxX - minX;
  const sy = maxY - minY;
  if (sx > sy) {
    minY -= (sx - sy) / 2;
    maxY = minY + sx;
  } else {
    minX -= (sy - sx) / 2;
    maxX = minX + sy;
  }
  regions.reserve(1 + 16 * count, 0);
  regions.init(0, (minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY), -1);
  const R = regions;
  let l = 1;
  for (let n = 0; n < count; n++) {
    let r = 0;
    let subdivisionAttempts = SUBDIVISION_ATTEMPTS;
    for (;;) {
      if (R.firstChild[r] >= 0) {
        // Down to the quadrant of n, adding n to the mass of each region on the way.
        const q = quadrant(R, r, x[n], y[n]);
        R.massCenterX[r] = (R.massCenterX[r] * R.mass[r] + x[n] * mass[n]) / (R.mass[r] + mass[n]);
        R.massCenterY[r] = (R.massCenterY[r] * R.mass[r] + y[n] * mass[n]) / (R.mass[r] + mass[n]);
        R.mass[r] += mass[n];
        r = q;
        continue;
      }
      if (R.node[r] < 0) {
        R.node[r] = n;
        break;
      }
      // A leaf holding a node: four sub-regions, the old node in its own, then n in its own if it differs.
      R.reserve(l + 4, l);
      const first = l;
      R.firstChild[r] = first;
      const w = R.size[r] / 2;
      R.init(first, R.centerX[r] - w, R.centerY[r] - w, w, first + 1);
      R.init(first + 1, R.centerX[r] - w, R.centerY[r] + w, w, first + 2);
      R.init(first + 2, R.centerX[r] + w, R.centerY[r] - w, w, first + 3);
      R.init(first + 3, R.centerX[r] + w, R.centerY[r] + w, w, R.nextSibling[r]);
      l += 4;
      const old = R.node[r];
      const q = quadrant(R, r, x[old], y[old]);
      R.mass[r] = mass[old];
      R.massCenterX[r] = x[old];
      R.massCenterY[r] = y[old];
      R.node[q] = old;
      R.node[r] = -1;
      const q2 = quadrant(R, r, x[n], y[n]);
      if (q === q2) {
        if (subdivisionAttempts--) {
          r = q;
          continue;
        }
        // Out of precision: n stays out of the tree this round, as in the library.
        break;
      }
      R.node[q2] = n;
      break;
    }
  }
}

/** The child of region r (which has children) that holds the point: top left, bottom left, top right, bottom right. */
function quadrant(R: Regions, r: number, px: number, py: number): number {
  const first = R.firstChild[r];
  if (px < R.centerX[r]) return py < R.centerY[r] ? first : first + 1;
  return py < R.centerY[r] ? first + 2 : first + 3;
}

function repulseBarnesHut(options: ForceAtlas2Settings, nodes: Nodes, R: Regions): void {
  const { count, x, y, dx, dy, mass } = nodes;
  const { firstChild, nextSibling, node, size, massCenterX, massCenterY } = R;
  const regionMass = R.mass;
  const coefficient = options.scalingRatio;
  const thetaSquared = options.barnesHutTheta * options.barnesHutTheta;
  const fround = Math.fround;
  for (let n = 0; n < count; n++) {
    // n's force is held in a local, rounded to float32 as each store into the array would round it.
    const xn = x[n];
    const yn = y[n];
    const cm = coefficient * mass[n];
    let fx = dx[n];
    let fy = dy[n];
    let r = 0;
    for (;;) {
      if (firstChild[r] >= 0) {
        const xDist = xn - massCenterX[r];
        const yDist = yn - massCenterY[r];
        const distance = Math.pow(xDist, 2) + Math.pow(yDist, 2);
        const s = size[r];
        if ((4 * s * s) / distance < thetaSquared) {
          if (distance > 0) {
            const factor = (cm * regionMass[r]) / distance;
            fx = fround(fx + xDist * factor);
            fy = fround(fy + yDist * factor);
          }
          r = nextSibling[r];
          if (r < 0) break;
          continue;
        }
        r = firstChild[r];
        continue;
      }
      const rn = node[r];
      if (rn >= 0 && rn !== n) {
        const xDist = xn - x[rn];
        const yDist = yn - y[rn];
        const distance = xDist * xDist + yDist * yDist;
        if (distance > 0) {
          const factor = (cm * mass[rn]) / distance;
          fx = fround(fx + xDist * factor);
          fy = fround(fy + yDist * factor);
        }
      }
      r = nextSibling[r];
      if (r < 0) break;
    }
    dx[n] = fx;
    dy[n] = fy;
  }
}

function repulseExactly(options: ForceAtlas2Settings, nodes: Nodes): void {
  const { count, x, y, dx, dy, mass } = nodes;
  const coefficient = options.scalingRatio;
  const fround = Math.fround;
  for (let n1 = 0; n1 < count; n1++) {
    // n1's force is only touched in this inner loop: held in a local, rounded to float32 as each store would.
    const x1 = x[n1];
    const y1 = y[n1];
    const cm = coefficient * mass[n1];
    let fx = dx[n1];
    let fy = dy[n1];
    for (let n2 = 0; n2 < n1; n2++) {
      const xDist = x1 - x[n2];
      const yDist = y1 - y[n2];
      const distance = Math.sqrt(xDist * xDist + yDist * yDist);
      if (distance > 0) {
        const factor = (cm * mass[n2]) / distance / distance;
        fx = fround(fx + xDist * factor);
        fy = fround(fy + yDist * factor);
        dx[n2] -= xDist * factor;
        dy[n2] -= yDist * factor;
      }
    }
    dx[n1] = fx;
    dy[n1] = fy;
  }
}

function applyForces(options: ForceAtlas2Settings, nodes: Nodes): void {
  const { count, x, y, dx, dy, oldDx, oldDy, mass, convergence } = nodes;
  for (let n = 0; n < count; n++) {
    const swinging =
      mass[n] * Math.sqrt((oldDx[n] - dx[n]) * (oldDx[n] - dx[n]) + (oldDy[n] - dy[n]) * (oldDy[n] - dy[n]));
    const traction = Math.sqrt((oldDx[n] + dx[n]) * (oldDx[n] + dx[n]) + (oldDy[n] + dy[n]) * (oldDy[n] + dy[n])) / 2;
    const nodespeed = (convergence[n] * Math.log(1 + traction)) / (1 + Math.sqrt(swinging));
    convergence[n] = Math.min(
      1,
      Math.sqrt((nodespeed * (Math.pow(dx[n], 2) + Math.pow(dy[n], 2))) / (1 + Math.sqrt(swinging))),
    );
    x[n] = x[n] + dx[n] * (nodespeed / options.slowDown);
    y[n] = y[n] + dy[n] * (nodespeed / options.slowDown);
  }
}
