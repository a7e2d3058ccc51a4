// The kinds of the graph, listed once: nodes, places, relations, the symmetric relations and the graph's options.
// The schema makes its enums of these lists; the types of the same names are inferred there.

type NodeKind = (typeof NODE_KINDS)[number];
type EdgeKind = (typeof EDGE_KINDS)[number];

export const NODE_KINDS = [
  "Study",
  "City",
  "Province",
  "Country",
  "Organization",
  "Project",
  "Person",
  "Theory",
  "Method",
  "Concept",
] as const;

/** Everything a study names: every node kind but the study itself. */
export const ENTITY_KINDS = NODE_KINDS.filter((k) => k !== "Study") as readonly Exclude<NodeKind, "Study">[];

/** Places below a country: what twinnings and cooperation between places join. */
export const PLACE_KINDS = ["City", "Province"] as const satisfies readonly NodeKind[];

/** The kinds the gazetteer knows: places and countries, the nodes that may carry coordinates. */
export const GEO_KINDS = [...PLACE_KINDS, "Country"] as const satisfies readonly NodeKind[];

/** Relation kinds. Direction is source -> target, read as a sentence: "Berlin LOCATED_IN Germany". */
export const EDGE_KINDS = [
  "SISTER_CITY_OF", // place <-> place: a twinning (sister city / kota kembar) between them
  "COOPERATES_WITH", // place or country <-> place or country: cooperation a study does not call twinning
  "LOCATED_IN", // place -> country, city -> province
  "PART_OF", // organization -> the government, city or province it belongs to
  "FUNDS", // funder -> project or partnership it pays for
  "PARTICIPATES_IN", // organization, city or person -> project
  "FOCUSES_ON", // study -> concept or field it centres on (from title and keywords)
  "AUTHORED", // person -> study
  "APPLIES", // study -> theory or method it uses
  "PROPOSED_BY", // theory -> person who proposed it
  "MENTIONS", // study -> anything else it names
] as const;

/** The relation kinds that read the same both ways; the graph stores each once, source key < target key. */
export const SYMMETRIC_EDGE_KINDS = ["SISTER_CITY_OF", "COOPERATES_WITH"] as const satisfies readonly EdgeKind[];

/** Membership tests for the lists above, for kinds read from anywhere (a mention, a hit, a file). */
export const isPlaceKind = memberOf(PLACE_KINDS);
export const isGeoKind = memberOf(GEO_KINDS);
export const isSymmetricEdgeKind = memberOf(SYMMETRIC_EDGE_KINDS);

function memberOf<K extends string>(kinds: readonly K[]): (kind: string) => kind is K {
  const set: ReadonlySet<string> = new Set(kinds);
  return (kind): kind is K => set.has(kind);
}

/**
 * graphology's options for the graph: relations have a direction, two nodes may be joined by several kinds, and
 * nothing relates to itself. The builder, the file format and the page's graphs all use these.
 */
export const GRAPH_OPTIONS = { type: "directed", multi: true, allowSelfLoops: false } as const;

/**
 * The version of the graph file format, written in its attributes; it changes when old files stop being valid.
 * 2: each study's text and cited sentences once, evidence as references to them (1: every evidence quoted in full).
 */
export const FORMAT_VERSION = 2;
