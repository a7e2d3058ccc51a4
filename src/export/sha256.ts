// SHA-256 of a text in one call: one native crossing per row instead of a Hash object and an update per property.
import { createHash, hash } from "node:crypto";

/** The base64url SHA-256 of `text`'s UTF-8 bytes (crypto.hash where Node has it, since 20.12). */
export function sha256Base64url(text: string): string {
  return typeof hash === "function"
    ? hash("sha256", text, "base64url")
    : createHash("sha256").update(text).digest("base64url");
}
