// Lists and reads the studies of a folder, in file-name order, so that the graph never depends on disk order.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
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
    else if (statSync(join(dir, name)).isFile())
      skipped.push({ file: name, problem: "is not a .txt or .md file, left out" });
  }
  if (!files.length)
    throw new StudyFolderError(`no .txt or .md studies in ${dir}; put the abstracts there, one file each`);
  return { files, skipped };
}

export function readStudies(
  dir: string,
  files: string[],
  onProgress?: (done: number, total: number) => void,
): StudyResult[] {
  return files.map((file, i) => {
    const result = readStudyFile(join(dir, file), file);
    onProgress?.(i + 1, files.length);
    return result;
  });
}
