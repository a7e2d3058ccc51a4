// A point that represents a polygon on the map: inside it, away from its coasts, for shapes whose centre is not.
import { geoBounds, geoCentroid, geoContains, geoDistance } from "d3-geo";
import type { Polygon } from "geojson";

/** Grid cells per side when the centroid falls outside the shape (Vietnam's S, Israel, an atoll's ring). */
const GRID = 40;

/**
 * The polygon's centroid when it lies inside the polygon, else the point of a grid over the polygon's bounds that is
 * inside and farthest from every vertex of its rings: a cheap pole of inaccessibility, never in the sea next door.
 */
export function representativePoint(polygon: Polygon): [number, number] {
  const centroid = geoCentroid(polygon) as [number, number];
  if (geoContains(polygon, centroid)) return centroid;
  const [[west, south], [east, north]] = geoBounds(polygon);
  const width = east >= west ? east - west : east + 360 - west;
  const vertices = polygon.coordinates.flat() as Array<[number, number]>;
  let best: [number, number] | null = null;
  let bestClearance = -1;
  for (let i = 0; i <= GRID; i++)
    for (let j = 0; j <= GRID; j++) {
      const lon = west + (width * (i + 0.5)) / (GRID + 1);
      const point: [number, number] = [lon > 180 ? lon - 360 : lon, south + ((north - south) * (j + 0.5)) / (GRID + 1)];
      if (!geoContains(polygon, point)) continue;
      let clearance = Infinity;
      for (const v of vertices) clearance = Math.min(clearance, geoDistance(point, v));
      if (clearance > bestClearance) [best, bestClearance] = [point, clearance];
    }
  // A sliver thinner than a grid cell: its first vertex is still on the shape.
  return best ?? vertices[0];
}
