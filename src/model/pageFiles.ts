// What the page loads: the graph's structure first (`graph.page.json`: the stored graph without the studies' texts),
// then the texts in parts (`graph.texts.<n>.json`), so the first frame does not wait for every study's words. Both are
// cut from graph.json where it is served; a graph that is not of this format version is served whole instead.
import { z } from "zod";
import { FORMAT_VERSION } from "./kinds.js";
import { StoredGraphFile } from "./storedGraph.js";

export const PAGE_STRUCTURE_FILE = "graph.page.json";
/** A part's name: `graph.texts.0.json`, … */
export const textPartFile = (index: number) => `graph.texts.${index}.json`;
/** Texts are cut into parts of about this many characters: a part loads quickly, a big corpus needs few requests. */
const PART_CHARS = 1_000_000;

export const PageStructure = z.object({
  graph: StoredGraphFile,
  /** The parts that hold the studies' texts, in the order to load them. */
  textParts: z.array(z.string().regex(/^graph\.texts\.\d+\.json$/)),
});
export type PageStructure = z.infer<typeof PageStructure>;

/** A part: study key -> the study's whole text. */
export const TextPart = z.record(z.string(), z.string());
export type TextPart = z.infer<typeof TextPart>;

type Json = { attributes?: { formatVersion?: unknown }; nodes?: unknown };
type JsonNode = { key: string; attributes: { kind?: string; text?: unknown; textLength?: number } };

/**
 * The page's files cut from graph.json's text, by file name; null when the text is not a graph of this format
 * version (the page then loads graph.json and says what is wrong with it). Checks nothing else: the page validates.
 */
export function pageFiles(graphJson: string): Map<string, string> | null {
  let data: Json;
  try {
    data = JSON.parse(graphJson) as Json;
  } catch {
    return null;
  }
  if (data?.attributes?.formatVersion !== FORMAT_VERSION || !Array.isArray(data.nodes)) return null;
  const files = new Map<string, string>();
  let part: Record<string, string> = {};
  let chars = 0;
  const flush = () => {
    if (chars === 0 && Object.keys(part).length === 0) return;
    files.set(textPartFile(files.size), JSON.stringify(part));
    part = {};
    chars = 0;
  };
  const nodes = (data.nodes as JsonNode[]).map((n) => {
    if (n?.attributes?.kind !== "Study" || typeof n.attributes.text !== "string") return n;
    const text = n.attributes.text;
    part[n.key] = text;
    chars += text.length;
    if (chars >= PART_CHARS) flush();
    return { ...n, attributes: { ...n.attributes, text: "", textLength: text.length } };
  });
  flush();
  const structure = { graph: { ...data, nodes }, textParts: [...files.keys()] };
  return new Map([[PAGE_STRUCTURE_FILE, JSON.stringify(structure)], ...files]);
}
