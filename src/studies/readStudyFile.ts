// Reads one study file from disk and checks it is a usable text: a regular file, not empty, not binary, not too large.
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { decodeStudyBytes } from "./decodeStudyBytes.js";
import { FrontMatterError } from "./frontMatter.js";
import { parseStudy, type Study } from "./study.js";

const MAX_STUDY_BYTES = 2 * 1024 * 1024;
export const STUDY_EXTENSIONS = /\.(txt|md|markdown)$/i;

export type StudyResult = { ok: true; study: Study } | { ok: false; file: string; problem: string };

const tooLarge = (size: number) =>
  `is ${(size / 1048576).toFixed(1)} MiB, over the ${MAX_STUDY_BYTES / 1048576} MiB limit for one study; split it or keep only the abstract`;

export function readStudyFile(path: string, name = path): StudyResult {
  const fail = (problem: string): StudyResult => ({ ok: false, file: name, problem });
  const read = readBounded(path);
  if (!read.ok) return fail(read.problem);
  const decoded = decodeStudyBytes(read.bytes);
  if (!decoded.ok) return fail(decoded.problem);
  const text = decoded.text;
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

type Bytes = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/**
 * Reads a regular file, at most one byte over the limit. Opened without blocking, so a FIFO cannot hang the run, and
 * checked after opening, so a device (a link to /dev/zero) is refused before a byte is read.
 */
function readBounded(path: string): Bytes {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return {
      ok: false,
      problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, problem: "is a folder, not a study file" };
    if (!stat.isFile()) return { ok: false, problem: "is not a regular file (a pipe, socket or device); left out" };
    if (stat.size > MAX_STUDY_BYTES) return { ok: false, problem: tooLarge(stat.size) };
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_STUDY_BYTES) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    // The file grew while being read: the limit still holds.
    if (length > MAX_STUDY_BYTES) return { ok: false, problem: tooLarge(length) };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return {
      ok: false,
      problem: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    };
  } finally {
    closeSync(fd);
  }
}
