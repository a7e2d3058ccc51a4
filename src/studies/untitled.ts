// A study whose file states no title (a bare abstract: no front matter title, no title line) is labelled by its file
// name, when that name says something, and its reader is told how to state the title with front matter.

/** Words too small to capitalise in a label made from a file name, in both languages. */
const SMALL_WORDS = new Set("dan di ke dari atau dengan untuk and of the in on to for with or at by".split(" "));

/**
 * "1301_medan-gwangju-aktor-non-negara" -> "Medan Gwangju Aktor Non Negara"; undefined for a name that says nothing
 * (a number, a hash such as "000_44789724b3adc80f"), where the first sentence says more.
 */
export function labelFromFileName(stem: string): string | undefined {
  const words = stem
    .replace(/^\d+[_\-\s.]+(?=.)/, "")
    .split(/[_\-\s.]+/)
    .filter(Boolean);
  const meaningful = words.some((w) => /\p{L}/u.test(w) && !/^[0-9a-f]{8,}$/i.test(w));
  if (!meaningful) return undefined;
  return words
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w.toLowerCase() : w[0].toUpperCase() + w.slice(1)))
    .join(" ");
}

/** The front matter a researcher adds at the top of the file; its keys are those readFrontMatter accepts. */
const FRONT_MATTER_EXAMPLE = [
  "---",
  "title: The study's title",
  "authors: [First Author, Second Author]",
  "year: 2021",
  "---",
];

/** One warning per untitled study: what is missing, how it is labelled instead, and the front matter to add. */
export function untitledWarning(label: string | undefined, hasAuthors: boolean): string {
  const missing = hasAuthors ? "has no title" : "has no title and no authors";
  const labelled = label ? `labelled "${label}" after its file name` : "labelled by its first sentence";
  const give = hasAuthors ? "to give it one" : "to give them";
  return [
    `${missing}, so it is ${labelled}; ${give}, start the file with front matter:`,
    ...FRONT_MATTER_EXAMPLE.map((line) => `    ${line}`),
  ].join("\n");
}
