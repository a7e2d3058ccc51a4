// Where the map draws a country: inside the country's own outline, on its main landmass.
import { geoContains } from "d3-geo";
import type { FeatureCollection, Geometry } from "geojson";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import worldAtlas from "world-atlas/countries-50m.json";
import { describe, expect, it } from "vitest";
import { countryPosition } from "../../src/extract/lexicon/gazetteer.js";

const topology = worldAtlas as unknown as Topology<{ countries: GeometryCollection }>;
const shapes = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry>).features;

describe("country positions", () => {
  it("puts Australia on the Australian mainland, not on Ashmore and Cartier Islands in the Timor Sea", () => {
    const at = countryPosition("AU")!;
    expect(at.lat).toBeGreaterThan(-39);
    expect(at.lat).toBeLessThan(-11);
    expect(at.lon).toBeGreaterThan(113);
    expect(at.lon).toBeLessThan(154);
    // That box also holds the Timor Sea: the point must be on the land of the shape named Australia.
    const australia = shapes.find((f) => f.properties?.name === "Australia")!;
    expect(geoContains(australia, [at.lon, at.lat])).toBe(true);
  });

  it("puts every country of the world outline inside one of its own shapes", () => {
    const outside: string[] = [];
    const codes = new Set(shapes.map((f) => countries.numericToAlpha2(String(f.id))).filter(Boolean) as string[]);
    for (const code of codes) {
      const at = countryPosition(code);
      if (!at) continue;
      const own = shapes.filter((f) => countries.numericToAlpha2(String(f.id)) === code);
      if (!own.some((f) => geoContains(f, [at.lon, at.lat]))) outside.push(code);
    }
    expect(codes.size).toBeGreaterThan(200);
    expect(outside).toEqual([]);
  });
});
