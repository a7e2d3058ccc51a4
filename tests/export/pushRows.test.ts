// The push's list rows: the statement's map literal reads back every property of every row, in a single shape per kind.
import { describe, expect, it } from "vitest";
import { edgeCreateStatement, nodeMergeStatement } from "../../src/export/cypher.js";
import { neo4jRows } from "../../src/export/neo4jModel.js";
import { groupByKind, MARKER, type EdgeRow, type NodeRow } from "../../src/export/properties.js";
import { shapedRows } from "../../src/export/pushRows.js";
import { hostileGraph } from "./hostileGraph.js";
import { syntheticGraph } from "../support/syntheticGraph.js";

/** Evaluates the form's `{name: row[i], ...}` map literal against a list row. */
function readProps(literal: string, list: unknown[]): Record<string, unknown> {
  const entries = literal.slice(1, -1).split(", ");
  return Object.fromEntries(
    entries.map((e) => e.match(/^(\w+): row\[(\d+)\]$/)!.slice(1)).map(([n, i]) => [n, list[Number(i)]]),
  );
}

describe("shapedRows", () => {
  for (const [name, graph] of Object.entries({
    hostile: hostileGraph(),
    synthetic: syntheticGraph({ nodes: 300, edges: 900 }),
  }))
    it(`sends every property of the ${name} graph's rows, by name in the statement and by place in the row`, () => {
      const { nodes, edges } = neo4jRows(graph);
      for (const [kind, rows] of [...groupByKind(nodes), ...groupByKind(edges)]) {
        const shapes = shapedRows<NodeRow | EdgeRow>(rows);
        expect(shapes).toHaveLength(1);
        const [{ form, rows: shaped, encode }] = shapes;
        expect(shaped).toEqual(rows);
        for (const row of rows) {
          const list = encode(row);
          expect(readProps(form.props, list)).toEqual(row.props);
          expect(list[Number(form.hash.match(/\d+/)![0])]).toBe(row.props[MARKER]);
          if ("id" in row) expect(list[0]).toBe(row.id);
          else expect(list.slice(0, 3)).toEqual([row.key, row.source, row.target]);
        }
        const statement =
          "id" in rows[0] ? nodeMergeStatement(kind, "$rows", true, false, form) : edgeCreateStatement(kind, form);
        expect(statement).toContain(`+= ${form.props}`);
        expect(statement).not.toContain("row.");
      }
    });
});
