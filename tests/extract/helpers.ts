// Runs the real extractor on a short text and returns what it found, for tests that read like the rule they guard.
import { extractStudies } from "../../src/extract/extractStudies";
import { parseStudy } from "../../src/studies/study";

export function extractText(text: string, file = "fixture.txt") {
  return extractStudies([parseStudy(file, text)])[0];
}

export function entityKeys(text: string): string[] {
  return [...new Set(extractText(text).entities.map((e) => e.key))].sort();
}

/** Relations as "KIND source target" lines, study-level ones (APPLIES, MENTIONS, ...) left out unless asked. */
export function relationLines(text: string, kinds?: string[]): string[] {
  const facts = extractText(text);
  return [
    ...new Set(
      facts.relations
        .filter((r) => (kinds ? kinds.includes(r.kind) : !["MENTIONS", "APPLIES", "FOCUSES_ON"].includes(r.kind)))
        .map((r) => `${r.kind} ${r.source} ${r.target}`),
    ),
  ].sort();
}
