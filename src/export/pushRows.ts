// The rows a push sends: lists of values in a fixed order, the property names written once in the statement
// instead of in every row (the driver encodes and sends each name of each map: most of a relationship's bytes).
import { cypherName, type RowForm } from "./cypher.js";
import { MARKER, type EdgeRow, type NodeRow } from "./properties.js";

/** Rows of one kind and the same property names, ready to send with the statement form that reads them. */
interface ShapedRows<R> {
  form: RowForm;
  rows: R[];
  /** A row as the list the form reads. */
  encode: (row: R) => unknown[];
}

/**
 * Groups rows (all of one kind) by their property names, in order of first appearance; rows keep their order. A
 * node's list is its id then its values; an edge's, its key, source and target then its values.
 */
export function shapedRows<R extends NodeRow | EdgeRow>(rows: R[]): Array<ShapedRows<R>> {
  const groups = new Map<string, ShapedRows<R>>();
  for (const row of rows) {
    const names = Object.keys(row.props);
    const signature = names.join("\0");
    let group = groups.get(signature);
    if (!group) groups.set(signature, (group = shapeOf<R>(names, "id" in row)));
    group.rows.push(row);
  }
  return [...groups.values()];
}

function shapeOf<R extends NodeRow | EdgeRow>(names: string[], isNode: boolean): ShapedRows<R> {
  const offset = isNode ? 1 : 3;
  const hash = names.indexOf(MARKER);
  if (hash < 0) throw new Error("export/pushRows: a row without its hash.");
  const at = (i: number) => `row[${i}]`;
  const form: RowForm = {
    id: at(0),
    key: at(0),
    source: at(1),
    target: at(2),
    props: `{${names.map((name, i) => `${cypherName(name)}: ${at(offset + i)}`).join(", ")}}`,
    hash: at(offset + hash),
  };
  const encode = (row: R): unknown[] => {
    const list: unknown[] = "id" in row ? [row.id] : [row.key, row.source, row.target];
    for (const name of names) list.push(row.props[name]);
    return list;
  };
  return { form, rows: [], encode };
}
