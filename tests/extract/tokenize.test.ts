import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extract/mentions/mention";
import { foldName } from "../../src/extract/normalize";
import { detectLanguage } from "../../src/studies/metadata";

/** The tokenizer's definition as a regex: letters and digits, an apostrophe and the letters after it. */
const WORD = /[\p{L}\p{Nd}]+(?:['’][\p{L}]+)?/gu;
const byRegex = (text: string, offset: number) =>
  [...text.matchAll(WORD)].map((m) => ({
    fold: foldName(m[0]).replace(/'s$/, ""),
    start: offset + m.index!,
    end: offset + m.index! + m[0].length,
    upper: /^[\p{Lu}\p{Nd}]/u.test(m[0]),
  }));

describe("the word scanner", () => {
  it.each([
    "Makassar's partners and Jakarta’s Smart City",
    "Türkiye, Ōsaka-shi, l'Aquila, x'1, d' e' and 's",
    "Kota 𝐀lpha (2019–2023) ＤＫＩ Jakarta ١٢٣ 𝟙𝟚",
    "KERJASAMA SISTER CITY\r\nPEMPROV DKI\tJAKARTA",
    "a\u0301b e\u0308 \uD800 lone \uDC00 surrogates",
  ])("reads what the word pattern reads: %s", (text) => {
    expect(tokenize(text, 7)).toEqual(byRegex(text, 7));
  });

  /** Folding's definition: decomposed accents dropped, lower case, dashes as spaces, spaces collapsed and trimmed. */
  const fold = (name: string) =>
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[‐‑–—-]/g, " ")
      .replace(/[’`]/g, "'")
      .replace(/\s+/g, " ")
      .trim();
  it.each([
    "a-b",
    "A-B",
    "a - b",
    "-a",
    "a-",
    "a  b",
    " a",
    "a ",
    "AB-12 cd",
    "a\tb",
    "Kitakyushu-Jepang",
    "Sister City",
    "Türkiye",
  ])("folds %j as its definition does", (name) => {
    expect(foldName(name)).toBe(fold(name));
  });

  it("folds plain, capitalised and accented words alike", () => {
    expect(["jakarta", "Jakarta", "JAKARTA", "Jakartà"].map(foldName)).toEqual([
      "jakarta",
      "jakarta",
      "jakarta",
      "jakarta",
    ]);
    expect(foldName("Gyeongsangbuk-do")).toBe("gyeongsangbuk do");
  });

  it("tells the language by function words, also in text with letters beyond the basic plane", () => {
    expect(detectLanguage("Penelitian ini membahas kerja sama kota dan provinsi yang ada.")).toBe("id");
    expect(detectLanguage("This study is about the cities of 𝐀sia and their partners.")).toBe("en");
  });
});
