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

export function nodeKey(kind: NodeKind, name: string): string {
  const slug = kind === "Study" ? name : slugify(name);
  if (!slug) throw new Error(`ids: cannot make a key for ${kind} "${name}": it has no letters or digits.`);
  return `${kind.toLowerCase()}:${slug}`;
}

export function studyKey(fileStem: string): string {
  return `study:${fileStem.replace(/\s+/g, "_")}`;
}

export function edgeKey(kind: EdgeKind, source: string, target: string): string {
  return `${kind}|${source}|${target}`;
}

export function kindOfKey(key: string): string {
  return key.slice(0, key.indexOf(":"));
}
