// The push: a graph file into Neo4j with UNWIND batches in managed write transactions (CREATE for absent rows,
// MERGE for changed ones), idempotent, with --replace and --verify.
import type { Driver, Session } from "neo4j-driver";
import type { GraphFile } from "../model/index.js";
import { describeNeo4jError, type Neo4jTarget } from "./connect.js";
import {
  constraintStatements,
  edgeCreateStatement,
  edgeMergeStatement,
  nodeCreateStatement,
  nodeMergeStatement,
  type RowForm,
} from "./cypher.js";
import { neo4jRows } from "./neo4jModel.js";
import { shapedRows } from "./pushRows.js";
import { COMMON_LABEL, MARKER, changedProperties, groupByKind, type EdgeRow, type NodeRow } from "./properties.js";

export interface PushOptions {
  /** Rows per transaction. 1 sends one statement per element (the slow path the benchmark compares against). */
  batchSize?: number;
  /**
   * After writing, delete the nodes and relationships an earlier push wrote that this graph no longer has. Implies
   * `verify`: a sync leaves the database equal to the graph.
   */
  replace?: boolean;
  /**
   * Compare every stored property with the graph's, not only the stored hash, and rewrite the rows that differ
   * (someone edited them in the database). Reads every property back, so it costs a full read of the project's data;
   * without it, a row whose hash is unchanged is taken as unchanged.
   */
  verify?: boolean;
  onProgress?: (progress: PushProgress) => void;
  /**
   * Batches in flight at once, each in its own session. Two let the client encode one batch while the server writes
   * another (measured: up to twice the rows per second on two cores). Parallel relationship batches can deadlock on
   * shared end nodes; the driver then retries the batch, which is safe since every statement is a MERGE.
   */
  concurrency?: number;
  /**
   * How rows the hash read found absent are written: `"create"` (the default) CREATEs them, skipping MERGE's lookup;
   * `"merge"` MERGEs every row, as pushes did before (kept so that the benchmark compares the two in one run).
   * Changed rows are always MERGEd.
   */
  newRows?: "create" | "merge";
}

interface PushProgress {
  phase: "constraints" | "nodes" | "relationships" | "replace";
  done: number;
  total: number;
}

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface PushSummary {
  nodes: Counts;
  relationships: Counts;
  /** Milliseconds for the whole push. */
  elapsed: number;
}

export const DEFAULT_BATCH_SIZE = 5_000;

const emptyCounts = (): Counts => ({ created: 0, updated: 0, unchanged: 0, deleted: 0 });

/** Pushes `graph` into the database of `target` over an open driver (see `connect`). Errors are described for people. */
export async function pushGraph(
  driver: Driver,
  target: Neo4jTarget,
  graph: GraphFile,
  {
    batchSize = DEFAULT_BATCH_SIZE,
    replace = false,
    verify = replace,
    concurrency = 2,
    newRows = "create",
    onProgress = () => {},
  }: PushOptions = {},
): Promise<PushSummary> {
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new Error(`export/push: batch size must be a positive integer.`);
  const started = performance.now();
  const session = driver.session({ database: target.database, defaultAccessMode: "WRITE" });
  try {
    const summary: PushSummary = { nodes: emptyCounts(), relationships: emptyCounts(), elapsed: 0 };

    const constraints = constraintStatements();
    for (const [i, statement] of constraints.entries()) {
      await session.run(statement);
      onProgress({ phase: "constraints", done: i + 1, total: constraints.length });
    }
    await session.run("CALL db.awaitIndexes(300)");

    // The graph's rows and what the Neo4j model derives (places' LOCATED_IN to their country), hashed alike.
    const { nodes: nodeRows, edges: edgeRows } = neo4jRows(graph);
    // What earlier pushes wrote, read once: rows whose hash is unchanged are not even sent (a re-push only reads).
    // With verify, rows whose hash is unchanged but whose properties were edited in the database come back too.
    const stored = await storedState(session, verify ? { nodeRows, edgeRows } : undefined);

    const create = newRows === "create";
    const isNew = (id: string) => !stored.nodes.has(id) && !stored.unmarked.has(id);
    const newNodes = create ? nodeRows.filter((r) => isNew(r.id)) : [];
    const nodesToWrite = nodeRows.filter(
      (r) => (!create || !isNew(r.id)) && stored.nodes.get(r.id) !== r.props[MARKER],
    );
    const nodesToRepair = nodeRows.filter((r) => stored.editedNodes.has(r.id));
    const nodeTotal = newNodes.length + nodesToWrite.length + nodesToRepair.length;
    let done = 0;
    await writeAll(
      driver,
      target,
      [
        ...batches(newNodes, batchSize, nodeCreateStatement),
        ...batches(nodesToWrite, batchSize, (kind, row) => nodeMergeStatement(kind, "$rows", true, false, row)),
        ...batches(nodesToRepair, batchSize, (kind, row) => nodeMergeStatement(kind, "$rows", true, true, row)),
      ],
      concurrency,
      (size, counts) => {
        add(summary.nodes, counts);
        onProgress({ phase: "nodes", done: (done += size), total: nodeTotal });
      },
    );
    summary.nodes.unchanged = nodeRows.length - summary.nodes.created - summary.nodes.updated;

    const isNewEdge = (key: string) => !stored.relationships.has(key) && !stored.unmarked.has(key);
    const newEdges = create ? edgeRows.filter((r) => isNewEdge(r.key)) : [];
    const edgesToWrite = edgeRows.filter(
      (r) => (!create || !isNewEdge(r.key)) && stored.relationships.get(r.key)?.hash !== r.props[MARKER],
    );
    const edgesToRepair = edgeRows.filter((r) => stored.editedRelationships.has(r.key));
    const edgeTotal = newEdges.length + edgesToWrite.length + edgesToRepair.length;
    done = 0;
    await writeAll(
      driver,
      target,
      [
        ...batches(newEdges, batchSize, edgeCreateStatement),
        ...batches(edgesToWrite, batchSize, (kind, row) => edgeMergeStatement(kind, "$rows", true, false, row)),
        ...batches(edgesToRepair, batchSize, (kind, row) => edgeMergeStatement(kind, "$rows", true, true, row)),
      ],
      concurrency,
      (size, counts) => {
        add(summary.relationships, counts);
        onProgress({ phase: "relationships", done: (done += size), total: edgeTotal });
      },
    );
    summary.relationships.unchanged = edgeRows.length - summary.relationships.created - summary.relationships.updated;

    if (replace)
      await removeStale(session, { nodeRows, edgeRows }, stored, summary, Math.max(batchSize, 1_000), onProgress);
    summary.elapsed = performance.now() - started;
    return summary;
  } catch (error) {
    throw describeNeo4jError(error, target);
  } finally {
    await session.close();
  }
}

interface Batch {
  query: string;
  size: number;
  /** The rows as sent, made when the batch is sent so that only the batches in flight are held twice. */
  rows: () => unknown[];
}

/** Batches of `batchSize` rows of one kind and shape each, with the statement for them. */
function batches<R extends NodeRow | EdgeRow>(
  rows: R[],
  batchSize: number,
  statement: (kind: string, row: RowForm) => string,
): Batch[] {
  const out: Batch[] = [];
  for (const [kind, group] of groupByKind(rows))
    for (const shaped of shapedRows(group)) {
      const query = statement(kind, shaped.form);
      for (let i = 0; i < shaped.rows.length; i += batchSize) {
        const slice = shaped.rows.slice(i, i + batchSize);
        out.push({ query, size: slice.length, rows: () => slice.map(shaped.encode) });
      }
    }
  return out;
}

/** Runs the batches with up to `concurrency` transactions in flight, one session each; stops at the first error. */
async function writeAll(
  driver: Driver,
  target: Neo4jTarget,
  jobs: Batch[],
  concurrency: number,
  onBatch: (size: number, counts: { created: number; updated: number }) => void,
) {
  let next = 0;
  let failed = false;
  const worker = async () => {
    const session = driver.session({ database: target.database, defaultAccessMode: "WRITE" });
    try {
      while (!failed && next < jobs.length) {
        const job = jobs[next++];
        onBatch(job.size, await writeBatch(session, job.query, job.rows()));
      }
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      await session.close();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, jobs.length)) }, worker));
}

function add(counts: Counts, batch: { created: number; updated: number }) {
  counts.created += batch.created;
  counts.updated += batch.updated;
}

/** One batch in one managed transaction: the driver retries it on transient errors (deadlocks, leader switches). */
async function writeBatch(session: Session, query: string, rows: unknown[]) {
  const result = await session.executeWrite((tx) => tx.run(query, { rows }));
  const record = result.records[0];
  return {
    created: record ? Number(record.get("created")) : 0,
    updated: record ? Number(record.get("updated")) : 0,
  };
}

interface Stored {
  /** Node id -> hash. */
  nodes: Map<string, string>;
  /** Edge key -> hash and the relationship's element id (to delete it without an index on `key`). */
  relationships: Map<string, { hash: string; elementId: string }>;
  /** With verify: nodes whose hash is the graph's but whose properties are not (edited in the database). */
  editedNodes: Set<string>;
  /** With verify: the same for relationships, by edge key. */
  editedRelationships: Set<string>;
  /**
   * Node ids and edge keys of ours found without the hash (removed by hand): not new, so MERGEd and taken over again
   * rather than CREATEd beside (a relationship) or refused by the constraint (a node). Never deleted by --replace.
   */
  unmarked: Set<string>;
}

/**
 * The hashes of everything carrying the marker, streamed record by record. Given the rows (verify), also every
 * property, compared on the fly with the row of the same id or key so that memory holds only the differences.
 */
async function storedState(
  session: Session,
  verify: { nodeRows: NodeRow[]; edgeRows: EdgeRow[] } | undefined,
): Promise<Stored> {
  const stored: Stored = {
    nodes: new Map(),
    relationships: new Map(),
    editedNodes: new Set(),
    editedRelationships: new Set(),
    unmarked: new Set(),
  };
  const nodeRows = new Map(verify?.nodeRows.map((r) => [r.id, r]));
  const edgeRows = new Map(verify?.edgeRows.map((r) => [r.key, r]));
  /** Only rows whose hash matches: a different hash is rewritten anyway. */
  const edited = (row: NodeRow | EdgeRow | undefined, hash: string, props: Record<string, unknown>) =>
    row !== undefined && row.props[MARKER] === hash && changedProperties(row.props, props).length > 0;
  const props = verify ? ", properties(x) AS props" : "";

  for await (const record of session.run(
    `MATCH (x:${COMMON_LABEL}) WHERE x.id IS NOT NULL RETURN x.id AS id, x.${MARKER} AS hash${props}`,
  )) {
    const [id, hash] = [record.get("id") as string, record.get("hash") as string | null];
    if (hash === null) {
      stored.unmarked.add(id);
      continue;
    }
    stored.nodes.set(id, hash);
    if (verify && edited(nodeRows.get(id), hash, record.get("props"))) stored.editedNodes.add(id);
  }
  for await (const record of session.run(
    `MATCH (:${COMMON_LABEL})-[x]->(:${COMMON_LABEL}) WHERE x.key IS NOT NULL ` +
      `RETURN x.key AS key, x.${MARKER} AS hash, elementId(x) AS elementId${props}`,
  )) {
    const [key, hash] = [record.get("key") as string, record.get("hash") as string | null];
    if (hash === null) {
      stored.unmarked.add(key);
      continue;
    }
    stored.relationships.set(key, { hash, elementId: record.get("elementId") });
    if (verify && edited(edgeRows.get(key), hash, record.get("props"))) stored.editedRelationships.add(key);
  }
  return stored;
}

/**
 * --replace: everything carrying the marker that this graph no longer has goes; nothing without the marker is
 * touched. A deleted node takes its relationships with it, foreign ones included, since none may dangle.
 */
async function removeStale(
  session: Session,
  { nodeRows, edgeRows }: { nodeRows: NodeRow[]; edgeRows: EdgeRow[] },
  stored: Stored,
  summary: PushSummary,
  batchSize: number,
  onProgress: (progress: PushProgress) => void,
) {
  const edgeKeys = new Set(edgeRows.map((e) => e.key));
  const nodeKeys = new Set(nodeRows.map((n) => n.id));
  const staleRels = [...stored.relationships].filter(([key]) => !edgeKeys.has(key)).map(([, r]) => r.elementId);
  const staleNodes = [...stored.nodes.keys()].filter((id) => !nodeKeys.has(id));
  const total = staleRels.length + staleNodes.length;
  let done = 0;
  for (let i = 0; i < staleRels.length; i += batchSize) {
    const ids = staleRels.slice(i, i + batchSize);
    const result = await session.executeWrite((tx) =>
      tx.run(
        `UNWIND $ids AS eid MATCH ()-[r]->() WHERE elementId(r) = eid AND r.${MARKER} IS NOT NULL ` +
          "DELETE r RETURN count(*) AS deleted",
        { ids },
      ),
    );
    summary.relationships.deleted += Number(result.records[0]?.get("deleted") ?? 0);
    onProgress({ phase: "replace", done: (done += ids.length), total });
  }
  for (let i = 0; i < staleNodes.length; i += batchSize) {
    const ids = staleNodes.slice(i, i + batchSize);
    const result = await session.executeWrite((tx) =>
      tx.run(
        `UNWIND $ids AS id MATCH (n:${COMMON_LABEL} {id: id}) WHERE n.${MARKER} IS NOT NULL ` +
          "DETACH DELETE n RETURN count(*) AS deleted",
        { ids },
      ),
    );
    summary.nodes.deleted += Number(result.records[0]?.get("deleted") ?? 0);
    onProgress({ phase: "replace", done: (done += ids.length), total });
  }
}
