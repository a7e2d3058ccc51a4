// Cypher text: escaping, the constraint and MERGE statements shared by the push, and the exported .cypher script.
import { isInt, type Integer } from "neo4j-driver";
import { EDGE_KINDS, NODE_KINDS, type GraphFile } from "../model/index.js";
import { neo4jRows } from "./neo4jModel.js";
import { COMMON_LABEL, MARKER, RETIRED_EDGE_PROPERTIES, groupByKind, type PropertyValue } from "./properties.js";

/** A Cypher string literal that reads back as exactly `text`: quotes, backslashes, controls and lone surrogates escaped. */
export function cypherString(text: string): string {
  let out = "'";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ch = text[i];
    if (ch === "\\") out += "\\\\";
    else if (ch === "'") out += "\\'";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || c === 0x7f || c === 0x2028 || c === 0x2029) out += unicodeEscape(c);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) {
      out += text.slice(i, i + 2); // a whole astral character (emoji): written as is, UTF-8 in the file
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff)
      out += unicodeEscape(c); // a lone surrogate cannot be written as UTF-8
    else out += ch;
  }
  return out + "'";
}

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const unicodeEscape = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;

/** A label, relationship type or property name: plain when it is a simple identifier, else in backticks. */
export function cypherName(name: string): string {
  if (!name) throw new Error("export/cypher: empty name.");
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : "`" + name.replace(/`/g, "``") + "`";
}

/** A float literal that Neo4j parses back to the same double; `1` becomes `1.0` so it stays a FLOAT. */
export function cypherFloat(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`export/cypher: ${value} has no Cypher literal.`);
  if (Object.is(value, -0)) return "-0.0";
  const text = String(value).replace("e+", "e");
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** What `cypherValue` writes: property values, and the maps and lists of them that make a batch of rows. */
export type CypherLiteral = PropertyValue | CypherLiteral[] | { [name: string]: CypherLiteral };

/** Any property value, list or map of them as a Cypher literal. */
export function cypherValue(value: CypherLiteral): string {
  if (value === null) return "null";
  if (typeof value === "string") return cypherString(value);
  if (typeof value === "number") return cypherFloat(value);
  if (typeof value === "boolean") return String(value);
  if (isInt(value)) return (value as Integer).toString();
  if (Array.isArray(value)) return `[${(value as CypherLiteral[]).map(cypherValue).join(", ")}]`;
  return `{${Object.entries(value as { [name: string]: CypherLiteral })
    .map(([k, v]) => `${cypherName(k)}: ${cypherValue(v)}`)
    .join(", ")}}`;
}

/** One uniqueness constraint on `id` for the common label (what the push matches on) and one for each kind label, so
 * that a query by kind and id is an index lookup too. */
export function constraintStatements(): string[] {
  return [COMMON_LABEL, ...NODE_KINDS].map(
    (label) =>
      `CREATE CONSTRAINT ${cypherName(`scg_${label.toLowerCase()}_id`)} IF NOT EXISTS ` +
      `FOR (n:${cypherName(label)}) REQUIRE n.id IS UNIQUE`,
  );
}

/**
 * How a statement reads the parts of `row`: the script's maps (`row.id`, `row.props`) by default; the push sends
 * lists instead (see pushRows.ts), each part an expression such as `row[0]`.
 */
export interface RowForm {
  /** A node's id. */
  id: string;
  /** An edge's key and end node ids. */
  key: string;
  source: string;
  target: string;
  /** The properties, as a map. */
  props: string;
  /** The properties' hash (the marker). */
  hash: string;
}

const MAP_ROWS: RowForm = {
  id: "row.id",
  key: "row.key",
  source: "row.source",
  target: "row.target",
  props: "row.props",
  hash: `row.props.${MARKER}`,
};

/**
 * MERGE for a batch of node rows of one kind. Rows whose stored hash equals theirs are left alone, so a second push
 * writes nothing; with `always`, every row is written (the push's --verify: properties edited in the database under
 * an unchanged hash). `rows` is `$rows` for the push or a list literal in the script.
 */
export function nodeMergeStatement(
  kind: string,
  rows: string,
  counts: boolean,
  always = false,
  row: RowForm = MAP_ROWS,
): string {
  if (!(NODE_KINDS as readonly string[]).includes(kind)) throw new Error(`export/cypher: unknown node kind ${kind}.`);
  return (
    // Both labels in the MERGE: the id's prefix fixes the kind, and SET of a label here would make the plan eager.
    `UNWIND ${rows} AS row MERGE (n:${COMMON_LABEL}:${cypherName(kind)} {id: ${row.id}}) ` +
    `WITH n, row, n.${MARKER} AS before ${unlessSameHash(always, row)}` +
    `SET n += ${row.props}` +
    (counts ? " RETURN count(before) AS updated, count(*) - count(before) AS created" : "")
  );
}

/** MERGE for a batch of relationship rows of one type, keyed by the graph file's edge key; `always` as for nodes. */
export function edgeMergeStatement(
  kind: string,
  rows: string,
  counts: boolean,
  always = false,
  row: RowForm = MAP_ROWS,
): string {
  if (!(EDGE_KINDS as readonly string[]).includes(kind)) throw new Error(`export/cypher: unknown edge kind ${kind}.`);
  return (
    `UNWIND ${rows} AS row ` +
    `MATCH (a:${COMMON_LABEL} {id: ${row.source}}) MATCH (b:${COMMON_LABEL} {id: ${row.target}}) ` +
    `MERGE (a)-[r:${cypherName(kind)} {key: ${row.key}}]->(b) ` +
    `WITH r, row, r.${MARKER} AS before ${unlessSameHash(always, row)}` +
    `SET r += ${row.props} REMOVE ${RETIRED_EDGE_PROPERTIES.map((name) => `r.${cypherName(name)}`).join(", ")}` +
    (counts ? " RETURN count(before) AS updated, count(*) - count(before) AS created" : "")
  );
}

/**
 * CREATE for a batch of node rows of one kind that the push's hash read found absent: no MERGE lookup and no lock on
 * the index entry first; the uniqueness constraints still refuse a duplicate id.
 */
export function nodeCreateStatement(kind: string, row: RowForm = MAP_ROWS): string {
  if (!(NODE_KINDS as readonly string[]).includes(kind)) throw new Error(`export/cypher: unknown node kind ${kind}.`);
  return (
    `UNWIND $rows AS row CREATE (n:${COMMON_LABEL}:${cypherName(kind)} {id: ${row.id}}) SET n += ${row.props} ` +
    "RETURN 0 AS updated, count(*) AS created"
  );
}

/**
 * CREATE for a batch of relationship rows of one type that the push's hash read found absent: the end nodes are
 * looked up by id (the common label's constraint index), and no existing relationship between them is searched.
 */
export function edgeCreateStatement(kind: string, row: RowForm = MAP_ROWS): string {
  if (!(EDGE_KINDS as readonly string[]).includes(kind)) throw new Error(`export/cypher: unknown edge kind ${kind}.`);
  return (
    `UNWIND $rows AS row ` +
    `MATCH (a:${COMMON_LABEL} {id: ${row.source}}) MATCH (b:${COMMON_LABEL} {id: ${row.target}}) ` +
    `CREATE (a)-[r:${cypherName(kind)} {key: ${row.key}}]->(b) SET r += ${row.props} ` +
    "RETURN 0 AS updated, count(*) AS created"
  );
}

const unlessSameHash = (always: boolean, row: RowForm) =>
  always ? "" : `WHERE before IS NULL OR before <> ${row.hash} `;

export interface CypherScriptOptions {
  /** Rows per UNWIND statement; smaller keeps each statement's transaction small in Neo4j Browser. */
  batchSize?: number;
}

/**
 * The whole graph as a Cypher script, one statement per line (newlines inside text are escaped), each ending in `;`:
 * constraints first, then nodes by kind, then relationships by type, the push's rows (the Neo4j model's countries
 * included). Running it twice changes nothing.
 */
export function* cypherScript(graph: GraphFile, { batchSize = 200 }: CypherScriptOptions = {}): Generator<string> {
  const model = neo4jRows(graph);
  yield `// sister-city-graph: ${oneLine(graph.attributes.name)}; ${model.nodes.length} nodes, ${model.edges.length} relationships.\n`;
  yield "// Run with `cypher-shell -f graph.cypher` or paste into Neo4j Browser. Idempotent: MERGE on id and key.\n";
  for (const statement of constraintStatements()) yield `${statement};\n`;
  for (const [kind, rows] of groupByKind(model.nodes))
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize).map((r) => cypherValue({ id: r.id, props: r.props }));
      yield `${nodeMergeStatement(kind, `[${batch.join(", ")}]`, false)};\n`;
    }
  for (const [kind, rows] of groupByKind(model.edges))
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows
        .slice(i, i + batchSize)
        .map((r) => cypherValue({ key: r.key, source: r.source, target: r.target, props: r.props }));
      yield `${edgeMergeStatement(kind, `[${batch.join(", ")}]`, false)};\n`;
    }
}

const oneLine = (text: string) => text.replace(/[\r\n\u2028\u2029]+/g, " ");

/** Splits a script written by `cypherScript` into its statements (comment lines dropped, `;` removed). */
export function splitCypherScript(script: string): string[] {
  return script
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("//"))
    .map((line) => line.replace(/;\s*$/, ""));
}
