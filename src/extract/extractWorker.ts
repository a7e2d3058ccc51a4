// A worker thread that reads and extracts one share of the studies (see parallelExtract.ts).
import { parentPort } from "node:worker_threads";
import { readStudyFile } from "../studies/readStudyFile.js";
import { firstPass, indexKnownNames, knownNameEntries, secondPass, type Pass1 } from "./extractStudies.js";
import type { WorkerReply, WorkerRequest } from "./parallelExtract.js";

let passes: Pass1[] = [];

parentPort!.on("message", (request: WorkerRequest) => {
  try {
    if (request.type === "read") {
      const problems: WorkerReply & { type: "read" } = { type: "read", problems: [], known: [], studies: 0 };
      passes = [];
      for (const { path, name } of request.files) {
        const r = readStudyFile(path, name);
        if (r.ok) passes.push(firstPass(r.study));
        else problems.problems.push({ file: r.file, problem: r.problem });
      }
      problems.known = knownNameEntries(passes);
      problems.studies = passes.length;
      parentPort!.postMessage(problems);
    } else {
      const known = indexKnownNames(request.known);
      parentPort!.postMessage({ type: "facts", facts: passes.map((p) => secondPass(p, known)) } satisfies WorkerReply);
      passes = [];
    }
  } catch (error) {
    parentPort!.postMessage({ type: "error", message: (error as Error).stack ?? String(error) } satisfies WorkerReply);
  }
});
