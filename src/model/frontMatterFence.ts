// Where a study file's YAML front matter ends: read at extraction, and skipped where the page shows the text.

/** The front matter block: "---" on the first line (after a byte-order mark), its YAML, and a closing "---" line. */
export const FRONT_MATTER_FENCE = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** How many characters of `text` its front matter takes; 0 when it has none. */
export function frontMatterLength(text: string): number {
  return FRONT_MATTER_FENCE.exec(text)?.[0].length ?? 0;
}
