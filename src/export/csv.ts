// CSV files with the headers `neo4j-admin database import full` reads, for graphs too large for transactions.
import { stringify, type Options } from "csv-stringify/sync";
import { isInt, type Integer } from "neo4j-driver";
import type { GraphFile } from "../model/index.js";
import { neo4jRows } from "./neo4jModel.js";
import { COMMON_LABEL, groupByKind, type PropertyValue } from "./properties.js";

/**
 * Between array elements (and between the labels of a node). The default `;` occurs in real sentences; the ASCII unit
 * separator never does. Import with `--array-delimiter=U+001F`.
 */
export const ARRAY_DELIMITER = "\u001f";

/** neo4j-admin types of the properties that are not strings. */
const COLUMN_TYPES: Record<string, string> = {
  aliases: "string[]",
  authors: "string[]",
  x: "double",
  y: "double",
  lat: "double",
  lon: "double",
  year: "long",
  geonameId: "long",
  periodFrom: "long",
  periodTo: "long",
  periodStudiedFrom: "long",
  periodStudiedTo: "long",
  since: "long",
  inferred: "boolean",
  evidenceStudy: "string[]",
  evidenceQuote: "string[]",
  evidenceStart: "long[]",
  evidenceEnd: "long[]",
  evidenceMentionStart: "long[]",
  evidenceMentionEnd: "long[]",
};

export interface CsvFile {
  /** File name inside the output folder. */
  name: string;
  content: string;
  kind: "nodes" | "relationships";
}

export class CsvExportError extends Error {
  override name = "CsvExportError";
}

/** A value as csv-stringify writes it: strings quoted (even empty ones), other types bare, null as an empty field. */
type Cell = string | number | boolean | bigint | null;

/**
 * Every string quoted, so empty strings, commas, quotes and newlines survive (`--multiline-fields=true`); numbers and
 * booleans bare, as neo4j-admin types them by the header.
 */
const ROWS: Options = { quoted_string: true, cast: { boolean: String } };

function cell(value: PropertyValue, where: string): Cell {
  if (value === null) return null; // no property
  if (Array.isArray(value)) {
    // An empty array cannot be told from a missing one in CSV: it imports as no property.
    if (value.length === 0) return null;
    return (value as PropertyValue[]).map((v) => String(scalar(v, where))).join(ARRAY_DELIMITER);
  }
  return scalar(value, where);
}

function scalar(value: PropertyValue, where: string): Cell {
  if (typeof value === "string") return checked(value, where);
  if (isInt(value)) return BigInt((value as Integer).toString());
  return value as Cell;
}

function checked(text: string, where: string): string {
  if (text.includes(ARRAY_DELIMITER))
    throw new CsvExportError(
      `export/csv: ${where} contains U+001F, the array delimiter; remove it from the study text.`,
    );
  return text;
}

function header(name: string): string {
  return COLUMN_TYPES[name] ? `${name}:${COLUMN_TYPES[name]}` : name;
}

/** The header line bare (its names need no quotes), then the rows. */
function csv(headers: string[], rows: Cell[][]): string {
  return stringify([headers]) + stringify(rows, ROWS);
}

/**
 * Node files, one per kind (their columns differ), then one relationships file; every file has its header line. The
 * push's rows, the Neo4j model's countries included.
 */
export function csvFiles(graph: GraphFile): CsvFile[] {
  const files: CsvFile[] = [];
  const model = neo4jRows(graph);
  for (const [kind, rows] of groupByKind(model.nodes)) {
    const columns = Object.keys(rows[0].props);
    const content = csv(
      ["id:ID", ":LABEL", ...columns.map(header)],
      rows.map((row) => [
        row.id,
        `${COMMON_LABEL}${ARRAY_DELIMITER}${kind}`,
        ...columns.map((c) => cell(row.props[c], `node ${row.id} ${c}`)),
      ]),
    );
    files.push({ name: `nodes-${kind}.csv`, kind: "nodes", content });
  }
  const edges = model.edges;
  const columns = edges.length ? Object.keys(edges[0].props) : [];
  const content = csv(
    [":START_ID", ":END_ID", ":TYPE", "key", ...columns.map(header)],
    edges.map((row) => [
      row.source,
      row.target,
      row.kind,
      checked(row.key, `edge ${row.key}`),
      ...columns.map((c) => cell(row.props[c], `edge ${row.key} ${c}`)),
    ]),
  );
  files.push({ name: "relationships.csv", kind: "relationships", content });
  return files;
}

/** The arguments of `neo4j-admin` that import these files (names relative to their folder) into `database`. */
export function importArguments(files: Pick<CsvFile, "name" | "kind">[], database = "neo4j"): string[] {
  return [
    "database",
    "import",
    "full",
    database,
    "--overwrite-destination",
    "--array-delimiter=U+001F",
    "--multiline-fields=true",
    ...files.map((f) => `--${f.kind}=${f.name}`),
  ];
}

/** The import command for these files, to run from the folder that holds them while Neo4j is stopped. */
export function importCommand(files: Pick<CsvFile, "name" | "kind">[], database = "neo4j"): string {
  const args = importArguments(files, database);
  return [`neo4j-admin ${args.slice(0, 5).join(" ")}`, args.slice(5, 7).join(" "), ...args.slice(7)].join(" \\\n  ");
}
