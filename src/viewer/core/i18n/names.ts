// Node labels in the reader's language. The build labels countries and the field's terms in English (README, "the
// graph format"); in Indonesian, a country takes its name from the ISO table the extractor reads countries with, and a
// concept, method or theory the words the studies' Indonesian sentences name it by. Other labels are the studies' or
// the gazetteer's own names and stay as they are.
import idCountries from "i18n-iso-countries/langs/id.json";
import {
  ENGLISH_FUNCTION_WORDS,
  type Evidence,
  INDONESIAN_FUNCTION_WORDS,
  foldText,
  type KnowledgeGraph,
  type NodeAttributes,
  type NodeKind,
} from "../../../model/index.js";
import type { Lang } from "./messages.js";

/** Only this locale is bundled (about 6 kB): English names are the graph's own labels. */
const INDONESIAN_COUNTRY_NAMES = idCountries.countries as Record<string, string | string[]>;

/** The kinds whose labels the build writes in English, so an Indonesian name is worth looking for. */
const TRANSLATED_TERMS: ReadonlySet<NodeKind> = new Set(["Concept", "Method", "Theory"]);

/** The label of a node in `lang`: an Indonesian name where one is known, the stored label otherwise. */
export function displayLabel(attrs: NodeAttributes, lang: Lang): string {
  return lang === "id" ? (indonesianName(attrs) ?? attrs.label) : attrs.label;
}

function indonesianName(attrs: NodeAttributes): string | null {
  if (attrs.kind === "Country" && attrs.countryCode) {
    const name = INDONESIAN_COUNTRY_NAMES[attrs.countryCode.toUpperCase()];
    if (name) return Array.isArray(name) ? name[0] : name;
  }
  return attrs.kind === "Country" || TRANSLATED_TERMS.has(attrs.kind) ? nameInIndonesianSentences(attrs) : null;
}

/**
 * The words that name the node in Indonesian sentences and never in English ones, the most used first: Indonesian
 * writing borrows English terms ("sister city", "smart economy"), and those stay under their English label.
 */
function nameInIndonesianSentences(attrs: NodeAttributes): string | null {
  const label = foldText(attrs.label);
  const uses = new Map<string, { id: number; en: number }>();
  for (const ev of attrs.evidence) {
    if (!ev.mention) continue;
    const language = languageOfEvidence(ev);
    if (!language) continue;
    const name = foldText(ev.quote.slice(ev.mention.start - ev.start, ev.mention.end - ev.start)).trim();
    const count = uses.get(name) ?? { id: 0, en: 0 };
    count[language]++;
    uses.set(name, count);
  }
  let best: { name: string; id: number } | null = null;
  for (const [name, { id, en }] of uses)
    if (id > 0 && en === 0 && name && name !== label && (!best || id > best.id)) best = { name, id };
  if (!best) return null;
  // The alias keeps the spelling the build chose for the name (not typed in capitals); the first letter as labels have.
  const written = attrs.aliases.find((a) => foldText(a) === best.name) ?? best.name;
  return written.charAt(0).toUpperCase() + written.slice(1);
}

/** Sentences are cited by many nodes; each is read once. */
const languages = new Map<string, "id" | "en" | null>();

function languageOfEvidence(ev: Evidence): "id" | "en" | null {
  let language = languages.get(ev.quote);
  if (language === undefined) languages.set(ev.quote, (language = sentenceLanguage(ev.quote)));
  return language;
}

function sentenceLanguage(sentence: string): "id" | "en" | null {
  let id = 0;
  let en = 0;
  for (const word of foldText(sentence).match(/\p{L}+/gu) ?? []) {
    if (INDONESIAN_FUNCTION_WORDS.has(word)) id++;
    else if (ENGLISH_FUNCTION_WORDS.has(word)) en++;
  }
  return id > en ? "id" : en > id ? "en" : null;
}

const cache = new WeakMap<KnowledgeGraph, Map<string, string>>();

/** Drops the labels worked out for a graph: its evidence now has quotes it lacked (the page loads texts later). */
export function forgetLabels(graph: KnowledgeGraph): void {
  cache.delete(graph);
}

/** `displayLabel` of a graph's node, worked out once per node and language; an unknown key reads as itself. */
export function labelOf(graph: KnowledgeGraph, node: string, lang: Lang): string {
  if (!graph.hasNode(node)) return node;
  if (lang === "en") return graph.getNodeAttribute(node, "label");
  let labels = cache.get(graph);
  if (!labels) cache.set(graph, (labels = new Map()));
  let label = labels.get(node);
  if (label === undefined) labels.set(node, (label = displayLabel(graph.getNodeAttributes(node), lang)));
  return label;
}
