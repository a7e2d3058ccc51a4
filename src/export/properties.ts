// Graph file nodes and edges <-> flat Neo4j property maps (no nested maps), shared by the push, Cypher and CSV.
import { int, isInt, type Integer } from "neo4j-driver";
import {
  readerText,
  type EdgeKind,
  type Evidence,
  type GraphFile,
  type NodeKind,
  type Period,
} from "../model/index.js";
import { sha256Base64url } from "./sha256.js";

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
 * shows; the verbatim sentence is the study's `text` at `evidenceStart`..`evidenceEnd`. Set on `props` in place, in
 * one pass: this runs once per row of a push.
 */
function setEvidenceProperties(props: Properties, evidence: Evidence[]): void {
  const study: string[] = [];
  const quote: string[] = [];
  const start: Integer[] = [];
  const end: Integer[] = [];
  const mentionStart: Integer[] = [];
  const mentionEnd: Integer[] = [];
  for (const e of evidence) {
    study.push(e.study);
    quote.push(readerText(e.quote));
    start.push(integer(e.start));
    end.push(integer(e.end));
    mentionStart.push(integer(e.mention?.start ?? NO_MENTION));
    mentionEnd.push(integer(e.mention?.end ?? NO_MENTION));
  }
  props.evidenceStudy = study;
  props.evidenceQuote = quote;
  props.evidenceStart = start;
  props.evidenceEnd = end;
  props.evidenceMentionStart = mentionStart;
  props.evidenceMentionEnd = mentionEnd;
}

/**
 * A relation's period is the union of its studies' research periods, not the relation's own duration: named for
 * what it is. `RETIRED_EDGE_PROPERTIES` are the names pushes before this one gave it; the MERGE removes them.
 */
export const RETIRED_EDGE_PROPERTIES = ["periodFrom", "periodTo"] as const;

const optionalInt = (value: number | undefined) => (value === undefined ? null : integer(value));

/**
 * Stable content hash: property names sorted, integers tagged, so a float 1 and an integer 1 differ. The hashed text
 * is `extra`, NUL, then `"name"=value;` per property: built as one string (the same UTF-8 bytes as fed piece by
 * piece, since every piece starts and ends with ASCII) and hashed in one call.
 */
function hashProperties(props: Properties, extra = ""): string {
  let text = extra + "\0";
  for (const [key, prefix] of sortedNames(props)) text += prefix + canonical(props[key]) + ";";
  return sha256Base64url(text).slice(0, 22);
}

/** Rows of one kind have the same property names in the same order: their sorted order is worked out once. */
const shapes: Array<{ names: string[]; sorted: Array<[name: string, prefix: string]> }> = [];

function sortedNames(props: Properties): Array<[name: string, prefix: string]> {
  const names = Object.keys(props);
  next: for (const shape of shapes) {
    if (shape.names.length !== names.length) continue;
    for (let i = 0; i < names.length; i++) if (shape.names[i] !== names[i]) continue next;
    return shape.sorted;
  }
  const sorted = [...names].sort().map((name): [string, string] => [name, `${JSON.stringify(name)}=`]);
  if (shapes.length < 32) shapes.push({ names, sorted });
  return sorted;
}

/** A text form of a value that tells every value apart (faster than JSON.stringify with a replacer). */
function canonical(value: PropertyValue | Integer | string | number): string {
  if (value === null) return "n";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") return `f${value}`;
  if (typeof value === "boolean") return value ? "t" : "b";
  if (Array.isArray(value)) {
    let text = "[";
    for (let i = 0; i < value.length; i++) text += (i ? "," : "") + canonical(value[i]);
    return text + "]";
  }
  return `i${integerText(value as Integer)}`;
}

/**
 * Integer.toString(), which divides digit by digit; within +-2^53 (`high` within +-(2^21 - 1)) the decimal digits are
 * the number's. Tested on `high` directly: `inSafeRange()` compares by subtracting Integers.
 */
const integerText = (value: Integer) =>
  value.high >= -0x1fffff && value.high <= 0x1fffff ? String(value.toNumber()) : value.toString();

/**
 * `int(value)`, shared for the small non-negative integers that offsets and years are (Integers are immutable): a
 * push makes millions of them.
 */
function integer(value: number): Integer {
  if (!(value >= -1 && value < SMALL_INTEGERS.length - 1 && Number.isInteger(value))) return int(value);
  return (SMALL_INTEGERS[value + 1] ??= int(value));
}

const SMALL_INTEGERS: Array<Integer | undefined> = new Array(1 << 16).fill(undefined);

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

/** Built in a fixed order (the CSV's columns and the script's maps follow it), without spreading partial maps. */
function nodeProperties(node: SerializedNode): Properties {
  const a = node.attributes;
  const props: Properties = { kind: a.kind, label: a.label, aliases: a.aliases, x: a.x, y: a.y };
  setEvidenceProperties(props, a.evidence);
  if (a.kind === "Study") {
    props.file = a.file;
    props.title = a.title;
    props.authors = a.authors;
    props.studentNumber = a.studentNumber ?? null;
    props.year = optionalInt(a.year);
    props.url = a.url ?? null;
    props.periodFrom = a.period ? integer(a.period.from) : null;
    props.periodTo = a.period ? integer(a.period.to) : null;
    props.language = a.language;
    props.text = a.text;
  } else {
    props.geonameId = optionalInt(a.geonameId);
    props.countryCode = a.countryCode ?? null;
    props.lat = a.lat ?? null;
    props.lon = a.lon ?? null;
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
  const props: Properties = {};
  setEvidenceProperties(props, a.evidence);
  props.periodStudiedFrom = a.period ? integer(a.period.from) : null;
  props.periodStudiedTo = a.period ? integer(a.period.to) : null;
  props.since = optionalInt(a.since);
  props.inferred = a.inferred ?? null;
  props[DERIVED_FROM] = derivedFrom;
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
