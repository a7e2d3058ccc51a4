// Validation messages people read, the same in the terminal and on the page: zod's own layout, the file named first.
import { z } from "zod";
import { GraphFile } from "./schema.js";

/** Enough to see what is wrong; a broken file of many nodes would otherwise list thousands. */
const MAX_ISSUES = 20;

/** `✖ message` and `→ at nodes[3].attributes.kind` lines (z.prettifyError) for the first issues, then a count. */
export function describeIssues(error: z.ZodError): string {
  const shown = z.prettifyError({ issues: error.issues.slice(0, MAX_ISSUES) });
  const more = error.issues.length - MAX_ISSUES;
  return more > 0 ? `${shown}\n… and ${more} more` : shown;
}

export type GraphFileResult = { ok: true; file: GraphFile } | { ok: false; message: string };

/** Validates already-parsed JSON as a graph file; `source` (a path, a URL) names it in the message. */
export function checkGraphFile(data: unknown, source: string): GraphFileResult {
  const result = GraphFile.safeParse(data);
  return result.success
    ? { ok: true, file: result.data }
    : { ok: false, message: `${source}: not a valid graph file.\n${describeIssues(result.error)}` };
}
