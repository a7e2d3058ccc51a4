// Node and edge keys: stable, readable ids derived from kinds and names.
import { foldText } from "./fold.js";
import type { EdgeKind, NodeKind } from "./schema.js";

const slugs = new Map<string, string>();

/** Lower-case ASCII slug: the folded name, anything but a-z and 0-9 between words one hyphen. */
export function slugify(name: string): string {
  // The same names are keyed again and again (every mention of a city): each is slugged once.
  let slug = slugs.get(name);
  if (slug === undefined) {
    if (slugs.size > 100_000) slugs.clear();
    slugs.set(name, (slug = slugOf(name)));
  }
  return slug;
}

function slugOf(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** What a node key of a kind starts with, before the colon: the kind in lower case (`city` for `city:jakarta`). */
export function keyPrefix(kind: NodeKind): string {
  return kind.toLowerCase();
}

/** `<kind in lower case>:<slug of the name>`; a study's name is taken as it is (see `studyKey`). */
export function nodeKey(kind: NodeKind, name: string): string {
  const slug = kind === "Study" ? name : slugify(name);
  if (!slug) throw new Error(`ids: cannot make a key for ${kind} "${name}": it has no letters or digits.`);
  return `${keyPrefix(kind)}:${slug}`;
}

/** From the file name without its extension, not slugged so two files never share a key; keys hold no spaces. */
export function studyKey(fileStem: string): string {
  return `${keyPrefix("Study")}:${fileStem.replace(/\s+/g, "_")}`;
}

/** `<KIND>|<source>|<target>`: one edge per kind between two nodes, as the multigraph allows. */
export function edgeKey(kind: EdgeKind, source: string, target: string): string {
  return `${kind}|${source}|${target}`;
}

/** The prefix of a node key (`city` for `city:jakarta`), to compare with `keyPrefix`; all of a key without a colon. */
export function prefixOfKey(key: string): string {
  const colon = key.indexOf(":");
  return colon < 0 ? key : key.slice(0, colon);
}
