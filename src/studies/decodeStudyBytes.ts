// Turns a study file's bytes into text: UTF-8 (with or without BOM) and UTF-16 (Windows Notepad's "Unicode"), with or
// without a BOM.

export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf16le = new TextDecoder("utf-16le", { fatal: true });
const utf16be = new TextDecoder("utf-16be", { fatal: true });

const BINARY = "is binary (it contains NUL bytes), not a text file; save the study as .txt or .md";

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
    const text = utf16WithoutBom(bytes);
    return text === undefined ? { ok: false, problem: BINARY } : { ok: true, text };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, problem: "is not valid UTF-8; re-save it with UTF-8 encoding" };
  }
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return: never in a study's text. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

/**
 * The text of a UTF-16 file saved without a byte-order mark, or undefined when the bytes are not one. Latin text in
 * UTF-16 has a NUL as the high byte of most code units: at odd offsets in little endian, at even ones in big endian.
 * Binary data can show the same pattern (an array of small 16-bit numbers), so the decoded text must also be free of
 * control characters.
 */
function utf16WithoutBom(bytes: Uint8Array): string | undefined {
  if (bytes.length % 2) return undefined;
  const n = Math.min(bytes.length, 4096);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const units = n / 2;
  const [high, low] = oddNul >= evenNul ? [oddNul, evenNul] : [evenNul, oddNul];
  // Mostly Latin text; a few code units such as U+0100 or U+4E00 have a NUL as their low byte.
  if (high < units / 2 || low > high / 16) return undefined;
  try {
    const text = (oddNul >= evenNul ? utf16le : utf16be).decode(bytes);
    return CONTROL.test(text) ? undefined : text;
  } catch {
    return undefined;
  }
}
