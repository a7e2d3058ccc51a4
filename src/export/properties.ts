// Graph file nodes and edges <-> flat Neo4j property maps (no nested maps), shared by the push, Cypher and CSV.
import { createHash } from "node:crypto";
import { int, isInt, type Integer } from "neo4j-driver";
import {
  readerText,
  type EdgeKind,
  type Evidence,
  type GraphFile,
  type NodeKind,
  type Period,
} from "../model/index.js";

type SerializedNode = GraphFile["nodes"][number];
type SerializedEdge = GraphFile["edges"][number];

/**
 * A Neo4j property value. Integers are driver `Integer`s so that the push, the Cypher script and the CSV all store
 * INTEGER where the graph file has an integer (offsets, years) and FLOAT where it has a coordinate, even `0`.
 * `null` removes the property (`SET n += {lat: null}`), so an attribute dropped from the graph disappears on update.
 */
export type PropertyValue = string | number | Integer | boolean | null | string[] | number[] | Integer[];
export type Properties = Record<string, PropertyValue>;

/** The label every node of this project carries besides its kind; MERGE and --replace go through it. */
export const COMMON_LABEL = "ScgEntity";
/**
 * Property on every node and relationship the project writes: a hash of what was written. It marks the project's
 * data (--replace touches nothing without it) and lets the push skip unchanged rows and count updates.
 */
export const MARKER = "scgHash";
/**
 * On what the Neo4j model adds to the graph file (see neo4jModel.ts): what it was derived from, e.g. `"countryCode"`
 * for a place's LOCATED_IN to its country. `null` (no property) on everything from the graph file, so a derived row
 * that the graph later has itself loses the mark when pushed again.
 */
export const DERIVED_FROM = "derivedFrom";
/** `evidenceMentionStart` / `evidenceMentionEnd` hold this where an evidence has no mention span. */
const NO_MENTION = -1;

export interface NodeRow {
  id: string;
  kind: NodeKind;
  props: Properties;
}

export interface EdgeRow {
  key: string;
  kind: EdgeKind;
  source: string;
  target: string;
  props: Properties;
}

/**
 * A quote is stored as a reader sees it (a markdown study's `**`, `_` and links left out), since it is what a query
 * shows; the verbatim sentence is the study's `text` at `evidenceStart`..`evidenceEnd`.
 */
function evidenceProperties(evidence: Evidence[]): Properties {
  return {
    evidenceStudy: evidence.map((e) => e.study),
    evidenceQuote: evidence.map((e) => readerText(e.quote)),
    evidenceStart: evidence.map((e) => int(e.start)),
    evidenceEnd: evidence.map((e) => int(e.end)),
    evidenceMentionStart: evidence.map((e) => int(e.mention?.start ?? NO_MENTION)),
    evidenceMentionEnd: evidence.map((e) => int(e.mention?.end ?? NO_MENTION)),
  };
}

/** A study's own research period. */
function periodProperties(period: Period | undefined): Properties {
  return { periodFrom: period ? int(period.from) : null, periodTo: period ? int(period.to) : null };
}

/**
 * A relation's period is the union of its studies' research periods, not the relation's own duration: named for
 * what it is. `RETIRED_EDGE_PROPERTIES` are the names pushes before this one gave it; the MERGE removes them.
 */
function periodStudiedProperties(period: Period | undefined): Properties {
  return { periodStudiedFrom: period ? int(period.from) : null, periodStudiedTo: period ? int(period.to) : null };
}

export const RETIRED_EDGE_PROPERTIES = ["periodFrom", "periodTo"] as const;

const optionalInt = (value: number | undefined) => (value === undefined ? null : int(value));

/** Stable content hash: property names sorted, integers tagged, so a float 1 and an integer 1 differ. */
function hashProperties(props: Properties, extra = ""): string {
  const hash = createHash("sha256").update(extra).update("\0");
  for (const key of Object.keys(props).sort()) hash.update(`${JSON.stringify(key)}=${canonical(props[key])};`);
  return hash.digest("base64url").slice(0, 22);
}

/** A text form of a value that tells every value apart (faster than JSON.stringify with a replacer). */
function canonical(value: PropertyValue | Integer | string | number): string {
  if (value === null) return "n";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return `f${value}`;
  if (typeof value === "boolean") return value ? "t" : "b";
  if (Array.isArray(value)) return `[${(value as (string | number | Integer)[]).map(canonical).join(",")}]`;
  return `i${(value as Integer).toString()}`;
}

/**
 * The same text form for a value read back from Neo4j, where it may be anything someone stored by hand. Missing,
 * null and an empty list read the same: `null` removes a property, and the CSV import leaves empty lists out.
 */
function canonicalStored(value: unknown): string {
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return "n";
  if (Array.isArray(value)) return `[${value.map(canonicalStored).join(",")}]`;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return canonical(value);
  if (isInt(value)) return canonical(value as Integer);
  // Temporal values, points, maps: never what the project writes.
  return `o${JSON.stringify(String(value))}`;
}

/**
 * The names of the properties in `wanted` whose stored value differs (types included: an INTEGER 1 is not a FLOAT 1).
 * Properties the project does not write are not compared: someone else's additions are theirs to keep.
 */
export function changedProperties(wanted: Properties, stored: Record<string, unknown>): string[] {
  return Object.keys(wanted).filter((name) => canonicalStored(wanted[name]) !== canonicalStored(stored[name]));
}

export function nodeRow(node: SerializedNode): NodeRow {
  return withHash(node.key, node.attributes.kind, { ...nodeProperties(node), [DERIVED_FROM]: null });
}

/** A node the Neo4j model adds: no place in the layout (`x`, `y` absent), marked with what it was derived from. */
export function derivedNodeRow(node: SerializedNode, derivedFrom: string): NodeRow {
  return withHash(node.key, node.attributes.kind, {
    ...nodeProperties(node),
    x: null,
    y: null,
    [DERIVED_FROM]: derivedFrom,
  });
}

function withHash(id: string, kind: NodeKind, props: Properties): NodeRow {
  props[MARKER] = hashProperties(props, `node\0${kind}\0${id}`);
  return { id, kind, props };
}

function nodeProperties(node: SerializedNode): Properties {
  const a = node.attributes;
  const props: Properties = {
    kind: a.kind,
    label: a.label,
    aliases: a.aliases,
    x: a.x,
    y: a.y,
    ...evidenceProperties(a.evidence),
  };
  if (a.kind === "Study") {
    Object.assign(props, {
      file: a.file,
      title: a.title,
      authors: a.authors,
      studentNumber: a.studentNumber ?? null,
      year: optionalInt(a.year),
      url: a.url ?? null,
      ...periodProperties(a.period),
      language: a.language,
      text: a.text,
    });
  } else {
    Object.assign(props, {
      geonameId: optionalInt(a.geonameId),
      countryCode: a.countryCode ?? null,
      lat: a.lat ?? null,
      lon: a.lon ?? null,
    });
  }
  return props;
}

export function edgeRow(edge: SerializedEdge): EdgeRow {
  return edgeRowOf(edge, null);
}

/** A relationship the Neo4j model adds, marked with what it was derived from. */
export function derivedEdgeRow(edge: SerializedEdge, derivedFrom: string): EdgeRow {
  return edgeRowOf(edge, derivedFrom);
}

function edgeRowOf(edge: SerializedEdge, derivedFrom: string | null): EdgeRow {
  const a = edge.attributes;
  const props: Properties = {
    ...evidenceProperties(a.evidence),
    ...periodStudiedProperties(a.period),
    since: optionalInt(a.since),
    inferred: a.inferred ?? null,
    [DERIVED_FROM]: derivedFrom,
  };
  props[MARKER] = hashProperties(props, `edge\0${a.kind}\0${edge.key}\0${edge.source}\0${edge.target}`);
  return { key: edge.key, kind: a.kind, source: edge.source, target: edge.target, props };
}

/** Groups rows by kind, keeping the graph's order inside each kind; kinds in the model's order of first use. */
export function groupByKind<R extends { kind: string }>(rows: R[]): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    let group = groups.get(row.kind);
    if (!group) groups.set(row.kind, (group = []));
    group.push(row);
  }
  return groups;
}

// ---- back from Neo4j: used by the tests to prove the round trip is lossless, and by anyone reading a pushed graph.

type Read = Record<string, unknown>;

const num = (v: unknown): number => (isInt(v) ? (v as Integer).toNumber() : (v as number));
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Study id -> the study's whole text, where the verbatim quotes are read back from. */
export type StudyTexts = ReadonlyMap<string, string>;

function evidenceFrom(p: Read, texts?: StudyTexts): Evidence[] {
  const studies = arr(p.evidenceStudy) as string[];
  return studies.map((study, i) => {
    const mentionStart = num(arr(p.evidenceMentionStart)[i]);
    const start = num(arr(p.evidenceStart)[i]);
    const end = num(arr(p.evidenceEnd)[i]);
    const text = texts?.get(study);
    const ev: Evidence = { study, quote: text?.slice(start, end) ?? (arr(p.evidenceQuote)[i] as string), start, end };
    if (mentionStart !== NO_MENTION) ev.mention = { start: mentionStart, end: num(arr(p.evidenceMentionEnd)[i]) };
    return ev;
  });
}

function periodFrom(p: Read): Period | undefined {
  return p.periodFrom == null ? undefined : { from: num(p.periodFrom), to: num(p.periodTo) };
}

function periodStudiedFrom(p: Read): Period | undefined {
  return p.periodStudiedFrom == null ? undefined : { from: num(p.periodStudiedFrom), to: num(p.periodStudiedTo) };
}

/** Drops undefined values so a rebuilt node deep-equals the graph file's (where absent keys are absent). */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** Rebuilds a graph file node from the properties of a pushed node; its quotes verbatim when given the studies' texts. */
export function nodeFromProperties(p: Read, texts?: StudyTexts): SerializedNode {
  const base = {
    label: p.label as string,
    aliases: arr(p.aliases) as string[],
    evidence: evidenceFrom(p, texts),
    x: num(p.x),
    y: num(p.y),
  };
  const kind = p.kind as NodeKind;
  if (kind === "Study")
    return {
      key: p.id as string,
      attributes: compact({
        kind,
        ...base,
        file: p.file as string,
        title: p.title as string,
        authors: arr(p.authors) as string[],
        studentNumber: (p.studentNumber as string | null) ?? undefined,
        year: p.year == null ? undefined : num(p.year),
        url: (p.url as string | null) ?? undefined,
        period: periodFrom(p),
        language: p.language as "id" | "en" | "mixed" | "unknown",
        text: p.text as string,
      }),
    };
  return {
    key: p.id as string,
    attributes: compact({
      kind,
      ...base,
      geonameId: p.geonameId == null ? undefined : num(p.geonameId),
      countryCode: (p.countryCode as string | null) ?? undefined,
      lat: p.lat == null ? undefined : num(p.lat),
      lon: p.lon == null ? undefined : num(p.lon),
    }),
  };
}

/** Rebuilds a graph file edge from a pushed relationship's type, end node ids and properties (see nodeFromProperties). */
export function edgeFromProperties(
  type: string,
  source: string,
  target: string,
  p: Read,
  texts?: StudyTexts,
): SerializedEdge {
  return {
    key: p.key as string,
    source,
    target,
    attributes: compact({
      kind: type as EdgeKind,
      evidence: evidenceFrom(p, texts),
      period: periodStudiedFrom(p),
      since: p.since == null ? undefined : num(p.since),
      inferred: p.inferred === true ? (true as const) : undefined,
    }),
  };
}
