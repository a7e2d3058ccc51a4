// A study without a title (a bare abstract): one warning saying how to add front matter, and a label from its file name.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readStudyFile } from "../../src/studies/readStudyFile";
import { parseStudy } from "../../src/studies/study";

const BARE = "tests/fixtures/markdown/bandung-suwon-2015.txt";

describe("a study without a title", () => {
  const result = readStudyFile(BARE, "bandung-suwon-2015.txt");
  if (!result.ok) throw new Error(result.problem);
  const { study } = result;

  it("is labelled after its file name, not its first sentence", () => {
    expect(study.title).toBe("Bandung Suwon 2015");
  });

  it("gives one warning that names what is missing and shows the front matter to add", () => {
    expect(study.warnings).toHaveLength(1);
    const [warning] = study.warnings;
    expect(warning).toContain("has no title and no authors");
    expect(warning).toContain('labelled "Bandung Suwon 2015" after its file name');
    expect(warning).toMatch(/---\n\s*title: .+\n\s*authors: \[.+\]\n\s*year: \d{4}\n\s*---/);
  });

  it("keeps its text and sentences as they are", () => {
    const text = readFileSync(BARE, "utf8");
    expect(study.text).toBe(text);
    expect(study.sentences.map((s) => text.slice(s.start, s.end))[0]).toBe(
      "This paper examines the sister city cooperation between Bandung and Suwon from 2015 to 2020.",
    );
    expect(study.period).toEqual({ from: 2015, to: 2020 });
  });

  it("drops a number prefix and keeps small words small", () => {
    const text = "Kerja sama kedua kota berjalan baik.";
    expect(parseStudy("1301_medan-gwangju-aktor-non-negara.txt", text).title).toBe("Medan Gwangju Aktor Non Negara");
    expect(parseStudy("07_kerja_sama_bandung_dan_suwon.md", text).title).toBe("Kerja Sama Bandung dan Suwon");
  });

  it("keeps the first sentence when the file name is only a number or a hash, and still warns", () => {
    const text = "Penelitian ini membahas kerja sama Jakarta dan Berlin. Metode yang dipakai kualitatif.";
    const study = parseStudy("000_44789724b3adc80f.txt", text);
    expect(study.title).toBe("Penelitian ini membahas kerja sama Jakarta dan Berlin.");
    expect(study.warnings).toHaveLength(1);
    expect(study.warnings[0]).toContain("labelled by its first sentence");
  });

  it("says nothing of a study with a title line or a front matter title, and names only what is missing", () => {
    const page =
      "**KERJA SAMA SURABAYA DAN KITAKYUSHU**\n\nDewi Lestari\n\nABSTRAK\n\nPenelitian ini membahas kerja sama.";
    expect(parseStudy("surabaya.md", page).warnings).toEqual([]);
    const titled = "---\ntitle: Kerja Sama Surabaya\n---\nPenelitian ini membahas kerja sama Surabaya.";
    expect(parseStudy("surabaya.md", titled).warnings).toEqual([]);
    const authored = "---\nauthors: [Dewi Lestari]\n---\nPenelitian ini membahas kerja sama Surabaya.";
    const [warning] = parseStudy("surabaya-kitakyushu.md", authored).warnings;
    expect(warning).toContain("has no title");
    expect(warning).not.toContain("no authors");
  });
});
