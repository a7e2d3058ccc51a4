// Validation messages people read, the same in the terminal and on the page: zod's own layout, the file named first.
import { z } from "zod";
import { expandGraph } from "./compactGraph.js";
import { FORMAT_VERSION } from "./kinds.js";
import { GraphFileV1, type GraphFile } from "./schema.js";
import { StoredGraphFile } from "./storedGraph.js";

/** Enough to see what is wrong; a broken file of many nodes would otherwise list thousands. */
const MAX_ISSUES = 20;

/** `✖ message` and `→ at nodes[3].attributes.kind` lines (z.prettifyError) for the first issues, then a count. */
export function describeIssues(error: z.ZodError): string {
  const shown = z.prettifyError({ issues: error.issues.slice(0, MAX_ISSUES) });
  const more = error.issues.length - MAX_ISSUES;
  return more > 0 ? `${shown}\n… and ${more} more` : shown;
}

export type GraphFileResult = { ok: true; file: GraphFile } | { ok: false; message: string };

/**
 * Validates already-parsed JSON as a graph file of this version or version 1 and gives the graph in memory (every
 * evidence with its quote); `source` (a path, a URL) names it in the message.
 */
export function checkGraphFile(data: unknown, source: string): GraphFileResult {
  const version = formatVersionOf(data);
  if (version === 1) {
    const v1 = GraphFileV1.safeParse(data);
    if (!v1.success) return invalid(source, v1.error);
    return { ok: true, file: { ...v1.data, attributes: { ...v1.data.attributes, formatVersion: FORMAT_VERSION } } };
  }
  if (typeof version === "number" && version > FORMAT_VERSION)
    return {
      ok: false,
      message:
        `${source}: written in graph format version ${version}; this sister-city-graph reads versions 1 to ` +
        `${FORMAT_VERSION}. Update it, or rebuild the graph from its studies with \`npm run extract\`.`,
    };
  const result = StoredGraphFile.safeParse(data);
  return result.success ? { ok: true, file: expandGraph(result.data) } : invalid(source, result.error);
}

function formatVersionOf(data: unknown): unknown {
  const attributes = (data as { attributes?: { formatVersion?: unknown } } | null)?.attributes;
  return typeof attributes === "object" && attributes !== null ? attributes.formatVersion : undefined;
}

function invalid(source: string, error: z.ZodError): GraphFileResult {
  return { ok: false, message: `${source}: not a valid graph file.\n${describeIssues(error)}` };
}
