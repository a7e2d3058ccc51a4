// Lists and reads the studies of a folder, in file-name order, so that the graph never depends on disk order.
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, isAbsolute } from "node:path";
import { readStudyFile, STUDY_EXTENSIONS, type StudyResult } from "./readStudyFile.js";

export class StudyFolderError extends Error {
  override name = "StudyFolderError";
}

export interface FolderListing {
  files: string[];
  /** Files left out, with why (a PDF, an unknown extension). */
  skipped: Array<{ file: string; problem: string }>;
}

export function listStudyFolder(dir: string): FolderListing {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory())
      throw new StudyFolderError(`${dir} is not a folder; pass a folder of .txt or .md studies with --in`);
    names = readdirSync(dir);
  } catch (error) {
    if (error instanceof StudyFolderError) throw error;
    throw new StudyFolderError(
      `cannot read the studies folder ${dir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  const files: string[] = [];
  const skipped: FolderListing["skipped"] = [];
  for (const name of names.sort()) {
    if (name.startsWith(".")) continue;
    if (STUDY_EXTENSIONS.test(name)) files.push(name);
    else if (/\.pdf$/i.test(name))
      skipped.push({ file: name, problem: "is a PDF; PDF studies are not read yet, save the abstract as .txt or .md" });
    else if (isFile(join(dir, name))) skipped.push({ file: name, problem: "is not a .txt or .md file, left out" });
  }
  if (!files.length)
    throw new StudyFolderError(`no .txt or .md studies in ${dir}; put the abstracts there, one file each`);
  return { files, skipped };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // a dangling link is no study either
  }
}

/**
 * Reads the listed studies. A link that leads out of the folder is refused (a study folder shared with others must not
 * read /etc/passwd into the graph), and two files with the same node key (`same.txt` and `same.md`, `a b.txt` and
 * `a_b.txt`) keep the first in file-name order and report the second.
 */
export function readStudies(
  dir: string,
  files: string[],
  onProgress?: (done: number, total: number) => void,
): StudyResult[] {
  const root = realFolder(dir);
  const keys = new Map<string, string>();
  return files.map((file, i) => {
    const path = join(dir, file);
    const outside = root && leavesFolder(root, path);
    let result: StudyResult = outside ? { ok: false, file, problem: outside } : readStudyFile(path, file);
    if (result.ok) {
      const first = keys.get(result.study.key);
      if (first)
        result = {
          ok: false,
          file,
          problem: `has the same node key ${result.study.key} as ${first}; rename one of the two files`,
        };
      else keys.set(result.study.key, file);
    }
    onProgress?.(i + 1, files.length);
    return result;
  });
}

function realFolder(dir: string): string | undefined {
  try {
    return realpathSync(dir);
  } catch {
    return undefined;
  }
}

/** Why a path is refused when it is a link whose target lies outside `root`; undefined when it may be read. */
function leavesFolder(root: string, path: string): string | undefined {
  try {
    if (!lstatSync(path).isSymbolicLink()) return undefined;
    const target = relative(root, realpathSync(path));
    if (target.startsWith("..") || isAbsolute(target))
      return "is a link to a file outside the studies folder; copy the study into the folder instead";
    return undefined;
  } catch (error) {
    return `is a broken link (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
  }
}
