// Reads and extracts a folder's studies on every core: each worker takes a contiguous share of the files, so
// joining the shares in order gives exactly what one thread gives, byte for byte.
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { readStudies } from "../studies/readStudyFolder.js";
import type { StudyFacts } from "./facts.js";
import { extractStudies, type KnownName } from "./extractStudies.js";

export type WorkerRequest =
  { type: "read"; files: Array<{ path: string; name: string }> } | { type: "facts"; known: Array<[string, KnownName]> };

export type WorkerReply =
  | {
      type: "read";
      problems: Array<{ file: string; problem: string }>;
      known: Array<[string, KnownName]>;
      studies: number;
    }
  | { type: "facts"; facts: StudyFacts[] }
  | { type: "error"; message: string };

export interface ParallelResult {
  facts: StudyFacts[];
  problems: Array<{ file: string; problem: string }>;
}

/** Below this many studies, starting workers (each loads the gazetteer) costs more than it saves. */
export const PARALLEL_THRESHOLD = 2000;

export async function extractFolderParallel(
  dir: string,
  files: string[],
  threads = Math.min(availableParallelism(), 4),
  onStage?: (stage: string) => void,
): Promise<ParallelResult> {
  const size = Math.ceil(files.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => files.slice(i * size, (i + 1) * size)).filter(
    (s) => s.length,
  );
  const script = new URL("./extractWorker.ts", import.meta.url).href;
  // The project runs TypeScript through tsx: a worker registers its loader, then imports the worker module.
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(script)}); });`;
  const workers = shares.map(() => new Worker(boot, { eval: true }));
  const ask = (w: Worker, request: WorkerRequest) =>
    new Promise<WorkerReply>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      w.once("error", onError);
      w.once("message", (reply: WorkerReply) => {
        w.off("error", onError);
        if (reply.type === "error") reject(new Error(`extraction worker failed: ${reply.message}`));
        else resolve(reply);
      });
      w.postMessage(request);
    });
  try {
    onStage?.(`reading and finding mentions on ${workers.length} threads`);
    const reads = (await Promise.all(
      workers.map((w, i) =>
        ask(w, { type: "read", files: shares[i].map((name) => ({ path: join(dir, name), name })) }),
      ),
    )) as Array<WorkerReply & { type: "read" }>;
    const known = reads.flatMap((r) => r.known);
    onStage?.("resolving names across studies");
    const results = (await Promise.all(workers.map((w) => ask(w, { type: "facts", known })))) as Array<
      WorkerReply & { type: "facts" }
    >;
    return { facts: results.flatMap((r) => r.facts), problems: reads.flatMap((r) => r.problems) };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Reads and extracts the given files of a folder: on one thread for a few studies, on every core for many.
 * Either way the facts are the same, in file order.
 */
export async function extractFolder(
  dir: string,
  files: string[],
  options: {
    onProgress?: (done: number, total: number) => void;
    onStage?: (stage: string) => void;
    threads?: number;
  } = {},
): Promise<ParallelResult> {
  const threads = options.threads ?? Math.min(availableParallelism(), 4);
  if (files.length >= PARALLEL_THRESHOLD && threads > 1)
    return extractFolderParallel(dir, files, threads, options.onStage);
  // Progress counts three steps a study: reading it, then the two extraction passes.
  const total = files.length * 3;
  const progress = options.onProgress;
  const results = readStudies(dir, files, progress && ((done) => progress(done, total)));
  const studies = results.flatMap((r) => (r.ok ? [r.study] : []));
  return {
    facts: extractStudies(studies, progress && ((done) => progress(files.length + done, total))),
    problems: results.flatMap((r) => (r.ok ? [] : [{ file: r.file, problem: r.problem }])),
  };
}
