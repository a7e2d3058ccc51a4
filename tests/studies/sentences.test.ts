import { describe, expect, it } from "vitest";
import { MAX_SENTENCE, maskMarkdown, splitSentences } from "../../src/studies/sentences";

const quotes = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits Indonesian prose at full stops and keeps each sentence verbatim", () => {
    const text =
      "Kerja sama Surabaya dan Kitakyushu dimulai pada 1997. Fokusnya adalah pengelolaan sampah! Apakah berhasil?";
    expect(quotes(text)).toEqual([
      "Kerja sama Surabaya dan Kitakyushu dimulai pada 1997.",
      "Fokusnya adalah pengelolaan sampah!",
      "Apakah berhasil?",
    ]);
  });

  it("does not split after abbreviations, initials or a lower-case continuation", () => {
    const text =
      "Menurut Keohane dkk. kerja sama ini penting. Prof. Tavares menulis buku itu. Dr. J. Smith et al. visited the U.S. Embassy in Jakarta. The result e.g. shows growth.";
    expect(quotes(text)).toEqual([
      "Menurut Keohane dkk. kerja sama ini penting.",
      "Prof. Tavares menulis buku itu.",
      "Dr. J. Smith et al. visited the U.S. Embassy in Jakarta.",
      "The result e.g. shows growth.",
    ]);
  });

  it("keeps markdown emphasis that belongs to a sentence's first and last words", () => {
    const text = "*Sister city* cooperation between Bandung and Braunschweig began in 1960. It is *active*.\n";
    expect(quotes(text)).toEqual([
      "*Sister city* cooperation between Bandung and Braunschweig began in 1960.",
      "It is *active*.",
    ]);
  });

  it("treats blank lines and short heading lines as boundaries, but joins a title wrapped over lines", () => {
    const text =
      "KERJA SAMA KOTA BANDUNG DAN KOTA HAMAMATSU\nDALAM BIDANG PENDIDIKAN\n\nSiti Aminah\n\nAbstrak\nPenelitian ini membahas kerja sama.";
    expect(quotes(text)).toEqual([
      "KERJA SAMA KOTA BANDUNG DAN KOTA HAMAMATSU\nDALAM BIDANG PENDIDIKAN",
      "Siti Aminah",
      "Abstrak",
      "Penelitian ini membahas kerja sama.",
    ]);
  });

  it("gives offsets into the original text, even after front matter", () => {
    const text = "---\ntitle: X\n---\nKalimat pertama. Kalimat kedua.";
    const sentences = splitSentences(text, 16);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Kalimat pertama.", "Kalimat kedua."]);
  });
});

describe("text without full stops", () => {
  it("cuts a run longer than a sentence can be at commas or spaces, every part still verbatim", () => {
    const text = Array.from({ length: 800 }, (_, i) => `kerja sama kota ${i}, Jakarta dan Berlin`).join(" ");
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(sentences.map((s) => text.slice(s.start, s.end)).join(" ")).toBe(text);
  });
});

describe("maskMarkdown", () => {
  it("blanks markup without moving any offset", () => {
    const text = "## Judul\n**Tebal** dan _miring_ snake_case";
    const masked = maskMarkdown(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toContain("  Tebal  ");
    expect(masked).toContain(" miring ");
    expect(masked).toContain("snake_case");
  });
});
