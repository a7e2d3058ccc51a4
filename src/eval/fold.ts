// The key under which a gold name and a node's label or alias are compared.
import { foldName } from "../extract/index.js";

/**
 * The extractor's own folding (case, accents, dashes), then every mark, punctuation sign or symbol left becomes a
 * space, so "Kota Makassar," = "kota makassar" and "Baden-Württemberg" = "baden wurttemberg".
 */
export function foldForGold(name: string): string {
  return foldName(name)
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
