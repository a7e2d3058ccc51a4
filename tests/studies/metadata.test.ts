import { describe, expect, it } from "vitest";
import { detectLanguage, findPeriods, findSince } from "../../src/studies/metadata";
import { parseStudy } from "../../src/studies/study";

describe("parseStudy: metadata from the abstract page layout", () => {
  const page = [
    "**KERJA SAMA SISTER CITY KOTA SURABAYA DAN KITAKYUSHU DALAM PENGELOLAAN SAMPAH TAHUN 2015-2020**",
    "",
    "Dewi Lestari",
    "",
    "NIM: 1710412055",
    "",
    "ABSTRAK",
    "",
    "Penelitian ini membahas kerja sama Surabaya dan Kitakyushu. Metode yang digunakan adalah kualitatif.",
  ].join("\n");

  it("reads the title line, the name line and the student number", () => {
    const study = parseStudy("surabaya.md", page);
    expect(study.title).toBe(
      "KERJA SAMA SISTER CITY KOTA SURABAYA DAN KITAKYUSHU DALAM PENGELOLAAN SAMPAH TAHUN 2015-2020",
    );
    expect(study.authors.map((a) => a.name)).toEqual(["Dewi Lestari"]);
    expect(study.studentNumber).toBe("1710412055");
    expect(study.period).toEqual({ from: 2015, to: 2020 });
    expect(study.language).toBe("id");
    expect(study.key).toBe("study:surabaya");
  });

  it("lets front matter override what the layout says", () => {
    const text = `---\ntitle: Green Sister Cities\nauthors: [Budi Santoso, Ani Wijaya]\nperiod: 2010-2012\nlanguage: en\n---\n${page}`;
    const study = parseStudy("x.txt", text);
    expect(study.title).toBe("Green Sister Cities");
    expect(study.authors.map((a) => a.name)).toEqual(["Budi Santoso", "Ani Wijaya"]);
    expect(study.period).toEqual({ from: 2010, to: 2012 });
    expect(study.language).toBe("en");
    // The author's evidence is the front matter line that names them.
    const line = study.authors[0].line!;
    expect(text.slice(line.start, line.end)).toContain("Budi Santoso");
  });

  it("falls back to the first sentence as title when neither the layout nor the file name gives one", () => {
    const text = "This study examines the Medan–Ichikawa partnership. It uses interviews.";
    const study = parseStudy("000_44789724b3adc80f.txt", text);
    expect(study.title).toBe("This study examines the Medan–Ichikawa partnership.");
    expect(parseStudy("plain.txt", text).title).toBe("Plain"); // a file name that says something labels it
    expect(study.authors).toEqual([]);
  });
});

describe("findPeriods", () => {
  const periods = (s: string) => findPeriods(s).map((p) => [p.from, p.to]);
  it.each([
    ["selama periode 2019-2023", [2019, 2023]],
    ["pada periode tahun 2017 – 2019", [2017, 2019]],
    ["pada tahun 2018 hingga 2022", [2018, 2022]],
    ["tahun 2018- 2022", [2018, 2022]],
    ["from 2018 to 2022", [2018, 2022]],
    ["between 2005 and 2010", [2005, 2010]],
    ["dalam kurun waktu 2012 sampai dengan 2016", [2012, 2016]],
  ])("reads %s", (text, expected) => {
    expect(periods(text)).toEqual([expected]);
  });
  it("ignores years that are not a range, and backwards ranges", () => {
    expect(periods("sejak tahun 1994 dan pada 2001")).toEqual([]);
    expect(periods("periode 2020-2010")).toEqual([]);
  });
});

describe("findSince", () => {
  it("reads the year a relation began, in both languages", () => {
    expect(findSince("sudah berlangsung dari tahun 1994.")).toBe(1994);
    expect(findSince("has been going on since 1994.")).toBe(1994);
    expect(findSince("sejak 1997 hingga 2004")).toBeUndefined();
  });
});

describe("detectLanguage", () => {
  it("tells Indonesian, English and a bilingual abstract apart", () => {
    const id = "Penelitian ini membahas kerja sama antara kota Bandung dan Hamamatsu dalam bidang pendidikan.";
    const en = "This research examines the cooperation between the cities of Bandung and Hamamatsu in education.";
    expect(detectLanguage(id)).toBe("id");
    expect(detectLanguage(en)).toBe("en");
    expect(detectLanguage(`${id} ${en}`)).toBe("mixed");
    expect(detectLanguage("12345")).toBe("unknown");
  });
});
