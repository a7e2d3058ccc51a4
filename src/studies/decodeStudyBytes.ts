// Turns a study file's bytes into text: UTF-8 (with or without BOM) and UTF-16 with a BOM (Windows Notepad's "Unicode").

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true });

export function decodeStudyBytes(bytes: Uint8Array): Decoded {
  const bom16 =
    bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe
      ? utf16le
      : bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff
        ? utf16be
        : undefined;
  if (bom16) {
    try {
      // The decoder drops the byte-order mark itself.
      return { ok: true, text: bom16.decode(bytes) };
    } catch {
      return { ok: false, problem: "is UTF-16 but not valid UTF-16; re-save it with UTF-8 encoding" };
    }
  }
  if (bytes.includes(0)) {
    if (looksLikeUtf16WithoutBom(bytes))
      return { ok: false, problem: "looks like UTF-16 without a byte-order mark; re-save it with UTF-8 encoding" };
    return { ok: false, problem: "is binary (it contains NUL bytes), not a text file; save the study as .txt or .md" };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, problem: "is not valid UTF-8; re-save it with UTF-8 encoding" };
  }
}

/** Latin text in UTF-16 has a NUL in every other byte. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  return Math.max(evenNul, oddNul) >= n / 2 / 2 && Math.min(evenNul, oddNul) === 0;
}
