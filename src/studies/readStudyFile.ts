// Reads one study file from disk and checks it is a usable text: not empty, not binary, UTF-8, not too large.
import { readFileSync, statSync } from "node:fs";
import { FrontMatterError } from "./frontMatter.js";
import { parseStudy, type Study } from "./study.js";

export const MAX_STUDY_BYTES = 2 * 1024 * 1024;
export const STUDY_EXTENSIONS = /\.(txt|md|markdown)$/i;

export type StudyResult = { ok: true; study: Study } | { ok: false; file: string; problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

export function readStudyFile(path: string, name = path): StudyResult {
  const fail = (problem: string): StudyResult => ({ ok: false, file: name, problem });
  let size: number;
  try {
    size = statSync(path).size;
  } catch (error) {
    return fail(`cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (size > MAX_STUDY_BYTES)
    return fail(
      `is ${(size / 1048576).toFixed(1)} MiB, over the ${MAX_STUDY_BYTES / 1048576} MiB limit for one study; split it or keep only the abstract`,
    );
  const bytes = readFileSync(path);
  if (bytes.includes(0))
    return fail("is binary (it contains NUL bytes), not a text file; save the study as .txt or .md");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return fail("is not valid UTF-8; re-save it with UTF-8 encoding");
  }
  if (!text.replace(/^\uFEFF/, "").trim()) return fail("is empty");
  try {
    const study = parseStudy(name, text);
    if (!study.sentences.length) return fail("has front matter but no text after it");
    return { ok: true, study };
  } catch (error) {
    if (error instanceof FrontMatterError) return fail(`has broken front matter: ${error.message}`);
    throw error;
  }
}
