// Map view geometry: gazetteer coordinates and the world outline, projected into sigma's graph space (y up).
import { geoEquirectangular, geoStream, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";

export interface Point {
  x: number;
  y: number;
}

/** Equirectangular keeps east-west order and is easy to read at world scale; scale 1 keeps numbers small. */
export function createProjection(): GeoProjection {
  return geoEquirectangular().scale(100).translate([0, 0]);
}

/** lon/lat to sigma graph coordinates: d3 grows y downwards, sigma upwards. */
export function projectPoint(projection: GeoProjection, lon: number, lat: number): Point {
  const p = projection([lon, lat]) ?? [0, 0];
  return { x: p[0], y: -p[1] };
}

/** The extent of the whole world in graph coordinates, so the camera frames the map, not only the places. */
export function worldBBox(projection: GeoProjection): { x: [number, number]; y: [number, number] } {
  const a = projectPoint(projection, -180, -85);
  const b = projectPoint(projection, 180, 85);
  return { x: [Math.min(a.x, b.x), Math.max(a.x, b.x)], y: [Math.min(a.y, b.y), Math.max(a.y, b.y)] };
}

/** Land polygons as rings of graph-space points, computed once and drawn on every frame. */
export function outlineRings(topology: unknown, objectName: string, projection: GeoProjection): Point[][] {
  const topo = topology as Topology;
  const object = topo.objects[objectName] as GeometryCollection | undefined;
  if (!object) throw new Error(`viewer/map: the world outline has no object "${objectName}".`);
  const geo = feature(topo, object) as unknown as GeoJSON.FeatureCollection;
  // Streaming through the projection lets d3 cut rings at the antimeridian instead of drawing lines across the map.
  const rings: Point[][] = [];
  let ring: Point[] | null = null;
  const sink = projection.stream({
    point: (x: number, y: number) => void ring?.push({ x, y: -y }),
    lineStart: () => void (ring = []),
    lineEnd: () => {
      if (ring && ring.length > 1) rings.push(ring);
      ring = null;
    },
    polygonStart: () => undefined,
    polygonEnd: () => undefined,
    sphere: () => undefined,
  });
  for (const f of geo.features) geoStream(f, sink);
  return rings;
}
