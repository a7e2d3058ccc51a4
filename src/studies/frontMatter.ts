// Optional YAML front matter of a study file: what the researcher states overrides what is read from the text.
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { FRONT_MATTER_FENCE, Language } from "../model/index.js";

const yearOrRange = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^\s*\d{4}\s*([-–—]|to|s\.?d\.?|hingga|sampai)\s*\d{4}\s*$/, { message: 'write a period as "2019-2023"' }),
]);

const DOI = /^(?:doi:\s*)?(10\.\d{4,9}\/\S+)$/i;

/** A web address (http or https) or a DOI ("10.1234/abc", "doi:10.1234/abc"), which becomes its https://doi.org link. */
const studyUrl = z
  .string()
  .trim()
  .refine(
    (value) => DOI.test(value) || /^https?:\/\/[^\s/]+\.[^\s]*$/i.test(value) || /^https?:\/\/localhost\b/i.test(value),
    {
      message:
        'only http(s) addresses and DOIs are accepted, e.g. "https://journal.example/article/12" or "10.1234/abc"',
    },
  )
  .transform((value) => {
    const doi = DOI.exec(value);
    return doi ? `https://doi.org/${doi[1]}` : value;
  });

const StudyFrontMatter = z
  .object({
    title: z.string().min(1).optional(),
    authors: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
    year: z.number().int().min(1800).max(2200).optional(),
    period: yearOrRange.optional(),
    language: Language.optional(),
    url: studyUrl.optional(),
  })
  .strict();
type StudyFrontMatter = z.infer<typeof StudyFrontMatter>;

export interface FrontMatterResult {
  meta: StudyFrontMatter;
  /** Offset where the body starts (0 when there is no front matter). */
  bodyStart: number;
}

export class FrontMatterError extends Error {
  override name = "FrontMatterError";
}

export function readFrontMatter(text: string): FrontMatterResult {
  const m = FRONT_MATTER_FENCE.exec(text);
  if (!m) {
    if (/^\uFEFF?---[ \t]*\r?\n/.test(text))
      throw new FrontMatterError('front matter opens with "---" but has no closing "---" line');
    return { meta: {}, bodyStart: 0 };
  }
  let data: unknown;
  try {
    data = parseYaml(m[1]) ?? {};
  } catch (error) {
    throw new FrontMatterError(`front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (typeof data !== "object" || Array.isArray(data))
    throw new FrontMatterError("front matter must be a YAML mapping (key: value lines)");
  const result = StudyFrontMatter.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? `"${issue.path.join(".")}"` : "front matter";
    throw new FrontMatterError(
      `${where}: ${issue.message} (allowed keys: title, authors, year, period, language, url)`,
    );
  }
  return { meta: result.data, bodyStart: m[0].length };
}
