import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/extract/mentions/mention";
import { fold, foldName } from "../../src/extract/normalize";
import {
  codePointBefore,
  isLetter,
  isLetterOrDigit,
  isLetterOrNumber,
  isUpperOrDigit,
} from "../../src/studies/characters";
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
  ])("folds %j by its fast paths as by the definition", (name) => {
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

describe("character classes by code point", () => {
  const points = [
    0x30, 0x41, 0x5a, 0x61, 0x7a, 0x27, 0x2d, 0xc9, 0xe9, 0x131, 0x2019, 0x4e2d, 0x663, 0x2167, 0xdc00, 0x1d400,
    0x1d7d9,
  ];
  it.each([
    [isLetter, /^\p{L}$/u],
    [isLetterOrDigit, /^[\p{L}\p{Nd}]$/u],
    [isLetterOrNumber, /^[\p{L}\p{N}]$/u],
    [isUpperOrDigit, /^[\p{Lu}\p{Nd}]$/u],
  ] as const)("%o reads code points as its pattern does", (test, re) => {
    for (const p of points) expect([p, test(p)]).toEqual([p, re.test(String.fromCodePoint(p))]);
  });

  it("reads a surrogate pair before an offset as one code point, a lone half as itself", () => {
    expect(codePointBefore("a𝐀", 3)).toBe(0x1d400);
    expect(codePointBefore("a\udc00", 2)).toBe(0xdc00);
    expect(codePointBefore("", 0)).toBe(-1);
  });
});
