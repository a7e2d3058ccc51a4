// Reading study files into studies: front matter, text, metadata, sentences with offsets. What other stages use.
export { listStudyFolder, readStudies, StudyFolderError, type FolderListing } from "./readStudyFolder.js";
export type { Study } from "./study.js";
