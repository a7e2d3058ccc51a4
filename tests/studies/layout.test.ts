// The header of a study file: thesis pages, copied journal pages, bilingual files and bare abstracts.
// Every header here is made up (names, universities, titles), in the shapes researchers paste.
import { describe, expect, it } from "vitest";
import { extractStudy } from "../../src/extract/extractStudies";
import { readAuthorLine } from "../../src/studies/layout/authorLine";
import { parseStudy, type Study } from "../../src/studies/study";

const names = (s: Study) => s.authors.map((a) => a.name);
const quote = (s: Study, span: { start: number; end: number }) => s.text.slice(span.start, span.end);
const titleLine = (s: Study) => (s.titleSentence ? quote(s, s.titleSentence) : undefined);
/** The names read from one author line on its own. */
const lineNames = (line: string) => readAuthorLine(line)?.names.map((n) => line.slice(n.start, n.end));

/** Each author's name stands verbatim at its offsets, inside the line given as its evidence. */
function expectExactOffsets(s: Study) {
  for (const a of s.authors) {
    expect(quote(s, a.span!)).toBe(a.name);
    expect(a.line!.start).toBeLessThanOrEqual(a.span!.start);
    expect(a.line!.end).toBeGreaterThanOrEqual(a.span!.end);
  }
}

const ABSTRACT_ID =
  "Penelitian ini membahas kerja sama sister city antara Kota Semarang dan Kota Brisbane dalam bidang pendidikan. Metode yang digunakan adalah kualitatif dengan wawancara dan studi dokumen.";
const ABSTRACT_EN =
  "This study examines the sister city cooperation between Semarang and Brisbane in education. It uses a qualitative method with interviews and document study.";

describe("a thesis abstract page", () => {
  const page = [
    "KERJA SAMA SISTER CITY KOTA SEMARANG DAN KOTA BRISBANE",
    "DALAM BIDANG PENDIDIKAN DAN PERTUKARAN PELAJAR",
    "PERIODE 2016-2021",
    "",
    "Dewi Anggraini Lestari",
    "NIM. 1810412077",
    "",
    "PROGRAM STUDI HUBUNGAN INTERNASIONAL",
    "FAKULTAS ILMU SOSIAL DAN ILMU POLITIK",
    "UNIVERSITAS NUSANTARA RAYA",
    "SEMARANG",
    "",
    "ABSTRAK",
    "",
    ABSTRACT_ID,
    "",
    "Kata Kunci: sister city, pendidikan, Semarang, Brisbane",
  ].join("\n");

  it("reads a title wrapped over three lines as one title, then the name and the student number", () => {
    const s = parseStudy("semarang.txt", page);
    expect(s.title).toBe(
      "KERJA SAMA SISTER CITY KOTA SEMARANG DAN KOTA BRISBANE DALAM BIDANG PENDIDIKAN DAN PERTUKARAN PELAJAR PERIODE 2016-2021",
    );
    expect(names(s)).toEqual(["Dewi Anggraini Lestari"]);
    expect(s.studentNumber).toBe("1810412077");
    expect(s.period).toEqual({ from: 2016, to: 2021 });
    expectExactOffsets(s);
  });

  it("takes no program, faculty, university or town line for a name", () => {
    const s = parseStudy("semarang.txt", page);
    expect(names(s).join(" ")).not.toMatch(/PROGRAM|FAKULTAS|UNIVERSITAS|SEMARANG/);
  });

  it.each([
    ["NIM: 1810412077", "1810412077"],
    ["NPM 1810412077", "1810412077"],
    ["NRP. 5018201032", "5018201032"],
    ["No. Mahasiswa: 18 412 077", "18 412 077"],
    ["1810412077", "1810412077"],
    ["E 131 111 113", "E 131 111 113"],
    ["B1A019001", "B1A019001"],
  ])("reads the student number line %s", (line, number) => {
    const s = parseStudy(
      "x.txt",
      `JUDUL SKRIPSI TENTANG KOTA KEMBAR\n\nRahmat Hidayat\n${line}\n\nAbstrak\n${ABSTRACT_ID}`,
    );
    expect(s.studentNumber).toBe(number);
    expect(names(s)).toEqual(["Rahmat Hidayat"]);
  });

  it("reads a name set in capitals over its student number, as written", () => {
    const s = parseStudy(
      "x.txt",
      `PARADIPLOMASI KOTA MEDAN\n\nRAHMAT HIDAYAT\nNPM: 1810412077\n\nABSTRAK\n${ABSTRACT_ID}`,
    );
    expect(names(s)).toEqual(["RAHMAT HIDAYAT"]);
    expect(s.title).toBe("PARADIPLOMASI KOTA MEDAN");
  });

  it("reads the name after 'Oleh:' on its own line or on the name line", () => {
    const own = parseStudy("x.txt", `PARADIPLOMASI KOTA MEDAN\n\nOleh:\nRahmat Hidayat\n\nABSTRAK\n${ABSTRACT_ID}`);
    expect(names(own)).toEqual(["Rahmat Hidayat"]);
    const same = parseStudy("x.txt", `PARADIPLOMASI KOTA MEDAN\n\nOleh: Rahmat Hidayat\n\nABSTRAK\n${ABSTRACT_ID}`);
    expect(names(same)).toEqual(["Rahmat Hidayat"]);
    expectExactOffsets(same);
  });
});

describe("a copied journal page", () => {
  const journal = [
    "Jurnal Kajian Hubungan Internasional, Vol. 7 No. 2 (2022)",
    "",
    "Diplomasi Kota Semarang dan Brisbane:",
    "Pertukaran Pelajar dalam Kerangka Sister City",
    "",
    "Dewi Lestari¹, Rahmat A. Putra², Budi Santoso³*",
    "¹Program Studi Hubungan Internasional, Universitas Nusantara Raya, Indonesia",
    "²³Departemen Ilmu Politik, Universitas Pesisir Timur, Indonesia",
    "Jl. Merpati No. 12, Semarang 50275",
    "*Corresponding author: budi.santoso@example.ac.id",
    "Diterima: 3 Maret 2022; Disetujui: 20 Mei 2022",
    "DOI: 10.1234/jkhi.v7i2.5678",
    "",
    `Abstract: ${ABSTRACT_EN}`,
    "",
    "Keywords: sister city, education, Semarang, Brisbane",
  ].join("\n");

  it("reads the title under the running head, and the authors without their marks", () => {
    const s = parseStudy("journal.txt", journal);
    expect(s.title).toBe("Diplomasi Kota Semarang dan Brisbane: Pertukaran Pelajar dalam Kerangka Sister City");
    expect(names(s)).toEqual(["Dewi Lestari", "Rahmat A. Putra", "Budi Santoso"]);
    expectExactOffsets(s);
  });

  it("reads a name with its university after it on one line, without a comma, and no teaching post as a name", () => {
    expect(lineNames("  • Dewi Lestari Universitas Nusantara Raya")).toEqual(["Dewi Lestari"]);
    expect(readAuthorLine("  • Dewi Lestari Universitas Nusantara Raya")?.affiliated).toBe(true);
    expect(lineNames("Staf Pengajar Fisip Universitas Nusantara Raya")).toBeUndefined();
    const s = parseStudy(
      "x.txt",
      `Diplomasi Kota Semarang\n\n  • Dewi Lestari Universitas Nusantara Raya\n\n${ABSTRACT_EN}`,
    );
    expect(names(s)).toEqual(["Dewi Lestari"]);
    expectExactOffsets(s);
  });

  it("gives each author the author line as evidence, the name marked at its exact offsets", () => {
    const s = parseStudy("journal.txt", journal);
    const facts = extractStudy(s);
    const authored = facts.relations.filter((r) => r.kind === "AUTHORED");
    expect(authored.map((r) => r.source)).toEqual([
      "person:dewi-lestari",
      "person:rahmat-a-putra",
      "person:budi-santoso",
    ]);
    for (const r of authored) {
      expect(r.evidence.quote).toBe("Dewi Lestari¹, Rahmat A. Putra², Budi Santoso³*");
      const m = r.evidence.mention!;
      expect(s.text.slice(m.start, m.end)).toBe(facts.entities.find((e) => e.key === r.source)!.label);
    }
  });

  it("keeps the keyword line a keyword sentence, and the abstract after 'Abstract:' in the body", () => {
    const s = parseStudy("journal.txt", journal);
    expect(s.keywordSentences.map((k) => quote(s, k))).toEqual([
      "Keywords: sister city, education, Semarang, Brisbane",
    ]);
    expect(s.sentences.map((k) => quote(s, k))).toContain(`Abstract: ${ABSTRACT_EN.split(". ")[0]}.`);
  });

  it("reads the same names, offsets exact, when the file has Windows line endings", () => {
    const crlf = parseStudy("journal.txt", journal.replace(/\n/g, "\r\n"));
    expect(names(crlf)).toEqual(["Dewi Lestari", "Rahmat A. Putra", "Budi Santoso"]);
    expect(crlf.title).toBe("Diplomasi Kota Semarang dan Brisbane: Pertukaran Pelajar dalam Kerangka Sister City");
    expectExactOffsets(crlf);
    for (const a of crlf.authors) expect(quote(crlf, a.line!)).not.toMatch(/\r/);
  });

  it("does not let a title run into the author line under it", () => {
    const text = [
      "The Role of Local Governments in Sister City Cooperation between Semarang and Brisbane",
      "Dewi Lestari, Rahmat Putra",
      "Universitas Nusantara Raya",
      "",
      "Abstract",
      ABSTRACT_EN,
    ].join("\n");
    const s = parseStudy("x.txt", text);
    expect(titleLine(s)).toBe("The Role of Local Governments in Sister City Cooperation between Semarang and Brisbane");
    expect(names(s)).toEqual(["Dewi Lestari", "Rahmat Putra"]);
    // The header's lines are sentences of their own, so the title's mentions are not the author line's.
    const quotes = s.sentences.map((k) => quote(s, k));
    expect(quotes).toContain("Dewi Lestari, Rahmat Putra");
    expect(quotes).toContain("Universitas Nusantara Raya");
  });

  it("reads a page without an abstract heading: title, authors, affiliation, then the abstract", () => {
    const text = [
      "Sister City Semarang–Brisbane in Education",
      "",
      "Dewi Lestari1, Rahmat Putra2",
      "1Universitas Nusantara Raya, 2Universitas Pesisir Timur",
      "",
      ABSTRACT_EN,
      "",
      "Kata-kata kunci: sister city, pendidikan",
    ].join("\n");
    const s = parseStudy("x.txt", text);
    expect(s.title).toBe("Sister City Semarang–Brisbane in Education");
    expect(names(s)).toEqual(["Dewi Lestari", "Rahmat Putra"]);
    expect(s.keywordSentences.map((k) => quote(s, k))).toEqual(["Kata-kata kunci: sister city, pendidikan"]);
    expectExactOffsets(s);
  });

  it("reads one author per line, each over their own affiliation, titles dropped", () => {
    const text = [
      "Kota Kembar dan Diplomasi Budaya",
      "",
      "Dr. Rahmat Putra, S.IP., M.Si.",
      "Universitas Nusantara Raya, Semarang",
      "Prof. Dewi Lestari, M.A., Ph.D",
      "Department of International Relations, University of Brisbane Bay",
      "",
      "Abstrak",
      ABSTRACT_ID,
    ].join("\n");
    const s = parseStudy("x.txt", text);
    expect(names(s)).toEqual(["Rahmat Putra", "Dewi Lestari"]);
    expectExactOffsets(s);
  });

  it("reads a page set under a conference's running head, with the abstract after a dash", () => {
    const text = [
      "Proceedings of the 2nd Nusantara Conference on Regional Studies (NCRS 2021)",
      "",
      "Paradiplomacy and the Future of Semarang",
      "",
      "Rahmat Putra",
      "Department of Government Studies",
      "Faculty of Social Sciences, Universitas Nusantara Raya",
      "Semarang, Indonesia",
      "",
      `Abstract—${ABSTRACT_EN}`,
      "",
      "Keywords—paradiplomacy; education",
    ].join("\n");
    const s = parseStudy("x.txt", text);
    expect(s.title).toBe("Paradiplomacy and the Future of Semarang");
    expect(names(s)).toEqual(["Rahmat Putra"]);
    expect(s.keywordSentences).toHaveLength(1);
  });
});

describe("an author line", () => {
  it.each([
    ["Dewi Lestari¹, Rahmat Putra², Budi Santoso³", ["Dewi Lestari", "Rahmat Putra", "Budi Santoso"]],
    ["Dewi Lestari1, Rahmat Putra2*, Budi Santoso1,2", ["Dewi Lestari", "Rahmat Putra", "Budi Santoso"]],
    ["Dewi Lestari a, Rahmat Putra b", ["Dewi Lestari", "Rahmat Putra"]],
    ["Dewi Lestari dan Rahmat Putra", ["Dewi Lestari", "Rahmat Putra"]],
    ["Dewi Lestari and Rahmat Putra", ["Dewi Lestari", "Rahmat Putra"]],
    ["Dewi Lestari & Rahmat Putra", ["Dewi Lestari", "Rahmat Putra"]],
    ["Dewi Lestari; Rahmat Putra; Budi Santoso", ["Dewi Lestari", "Rahmat Putra", "Budi Santoso"]],
    ["R. A. Putra, M. Fikri Ananda", ["R. A. Putra", "M. Fikri Ananda"]],
    ["Moh. Rizal bin Abdullah", ["Moh. Rizal bin Abdullah"]],
    ["Dr. Budi Santoso, S.IP., M.Si.", ["Budi Santoso"]],
    ["Prof. Dr. Dewi Lestari, M.A., Ph.D", ["Dewi Lestari"]],
    ["Ali Rahman, Suharto", ["Ali Rahman", "Suharto"]],
    ["Suharto Suharto", ["Suharto Suharto"]],
    ["Siti Nur'aini Al-Fatih", ["Siti Nur'aini Al-Fatih"]],
    ["Dewi Lestari (dewi.lestari@example.ac.id)", ["Dewi Lestari"]],
    ["DEWI LESTARI¹, RAHMAT PUTRA²", ["DEWI LESTARI", "RAHMAT PUTRA"]],
    ["Dewi Lestari, Universitas Nusantara Raya, Semarang", ["Dewi Lestari"]],
    ["Lestari, D., Putra, R. A. dan Negara, S.", ["Lestari, D.", "Putra, R. A.", "Negara, S."]],
    ["Lestari.,D 1 , Putra.,R.A 2, Negara,S,B 3", ["Lestari.,D", "Putra.,R.A", "Negara,S,B"]],
    ["Budi Santoso, S.E., Dewi Lestari, S.H.", ["Budi Santoso", "Dewi Lestari"]],
  ])("reads %s", (line, expected) => {
    expect(lineNames(line)).toEqual(expected);
  });

  it.each([
    "Universitas Nusantara Raya",
    "Program Studi Hubungan Internasional",
    "Fakultas Ilmu Sosial dan Ilmu Politik",
    "Department of International Relations",
    "Bandar Lampung, Indonesia",
    "Papua New Guinea",
    "Kota Semarang",
    "dewi.lestari@example.ac.id",
    "Corresponding Author: Dewi Lestari",
    "Received: 3 March 2022",
    "Abstract",
    "Kata Kunci: paradiplomasi",
    "Penelitian ini membahas kerja sama kota",
    "Sister City Cooperation and the Role of Local Governments",
    "Kerja Sama Kota Semarang Dan Kota Brisbane",
    "Universitas, F.",
  ])("finds no author on %s", (line) => {
    expect(readAuthorLine(line)).toBeUndefined();
  });
});

describe("names where they are expected, and nowhere else", () => {
  it("reads authors who each share a line with their affiliation", () => {
    const text = [
      "Diplomasi Kota Semarang",
      "",
      "Rahmat Putra, Universitas Nusantara Raya",
      "rahmat.putra@example.ac.id",
      "Dewi Lestari, Department of Politics, University of Brisbane Bay",
      "dewi.lestari@example.edu.au",
      "",
      "Abstract",
      ABSTRACT_EN,
    ].join("\n");
    const s = parseStudy("x.txt", text);
    expect(names(s)).toEqual(["Rahmat Putra", "Dewi Lestari"]);
    expectExactOffsets(s);
  });

  it("reads a one-word name over its affiliation, but no town's name alone", () => {
    const s = parseStudy(
      "x.txt",
      `Diplomasi Kota Semarang\n\nSuharto\nUniversitas Nusantara Raya\n\nAbstrak\n${ABSTRACT_ID}`,
    );
    expect(names(s)).toEqual(["Suharto"]);
    const town = parseStudy("x.txt", `Diplomasi Kota Semarang\n\nSemarang\n\nAbstrak\n${ABSTRACT_ID}`);
    expect(town.authors).toEqual([]);
  });

  it("takes no town under an affiliation for an author", () => {
    const s = parseStudy(
      "x.txt",
      `Diplomasi Kota Semarang\n\nRahmat Putra\nFakultas Hukum Universitas Nusantara Raya\nBanda Aceh\nYogyakarta\n\nAbstrak\n${ABSTRACT_ID}`,
    );
    expect(names(s)).toEqual(["Rahmat Putra"]);
  });

  it("does not read a title in capitals wrapped over lines as a name", () => {
    const s = parseStudy("x.txt", `PARADIPLOMASI JAWA TENGAH\nDAN QUEENSLAND\n\nABSTRAK\n${ABSTRACT_ID}`);
    expect(s.title).toBe("PARADIPLOMASI JAWA TENGAH DAN QUEENSLAND");
    expect(s.authors).toEqual([]);
  });

  it("does not read the second line of a Title Case title as a name", () => {
    const s = parseStudy(
      "x.txt",
      `Sister Cities in Practice: Lessons from\nSemarang Brisbane\n\nDewi Lestari\n\nAbstract\n${ABSTRACT_EN}`,
    );
    expect(s.title).toBe("Sister Cities in Practice: Lessons from Semarang Brisbane");
    expect(names(s)).toEqual(["Dewi Lestari"]);
  });

  it("reads the authors of a bilingual file once, from the first header, never the English title", () => {
    const text = [
      "KERJA SAMA SISTER CITY SEMARANG DAN BRISBANE",
      "",
      "Dewi Lestari, Rahmat Putra",
      "Universitas Nusantara Raya",
      "",
      "Abstrak",
      ABSTRACT_ID,
      "",
      "Kata Kunci: sister city, pendidikan",
      "",
      "Sister City Cooperation of Semarang and Brisbane",
      "",
      "Abstract",
      ABSTRACT_EN,
      "",
      "Keywords: sister city, education",
    ].join("\n");
    const s = parseStudy("x.txt", text);
    expect(s.title).toBe("KERJA SAMA SISTER CITY SEMARANG DAN BRISBANE");
    expect(names(s)).toEqual(["Dewi Lestari", "Rahmat Putra"]);
    expect(s.keywordSentences).toHaveLength(2);
    expect(s.language).toBe("mixed");
  });

  it("reads the same header with Windows line endings", () => {
    const text = `Diplomasi Kota Semarang\r\n\r\nSuharto Suharto, Dewi Lestari\r\nUniversitas Nusantara Raya\r\n\r\nAbstrak\r\n${ABSTRACT_ID}\r\n`;
    const s = parseStudy("x.txt", text);
    expect(s.title).toBe("Diplomasi Kota Semarang");
    expect(names(s)).toEqual(["Suharto Suharto", "Dewi Lestari"]);
    expectExactOffsets(s);
  });

  it("reads the title under a cover's letterhead", () => {
    const text = `UNIVERSITAS NUSANTARA RAYA\n\nPARADIPLOMASI KOTA SEMARANG\n\nRahmat Putra\nNIM 1810412077\n\nABSTRAK\n${ABSTRACT_ID}`;
    const s = parseStudy("x.txt", text);
    expect(s.title).toBe("PARADIPLOMASI KOTA SEMARANG");
    expect(names(s)).toEqual(["Rahmat Putra"]);
  });

  it("finds neither title line nor authors in a bare abstract", () => {
    for (const text of [
      ABSTRACT_ID,
      `${ABSTRACT_EN}\n\nKeywords: sister city`,
      `ABSTRACT\n\n${ABSTRACT_EN}`,
      `Kerja sama kota kembar.\n${ABSTRACT_ID}`,
    ]) {
      const s = parseStudy("bare.txt", text);
      expect(s.titleSentence).toBeUndefined();
      expect(s.authors).toEqual([]);
    }
  });

  it("reads no names from an abstract wrapped over short lines", () => {
    const wrapped = ABSTRACT_ID.replace(/(.{60,70}?) /g, "$1\n");
    const s = parseStudy("x.txt", wrapped);
    expect(s.authors).toEqual([]);
    expect(s.titleSentence).toBeUndefined();
  });

  it("reads a one-word author after 'Oleh :' over an affiliation written with 'Fak.' and 'Univ.'", () => {
    const page = `SAWAHLUNTO DAN MALAKA: KERJASAMA KOTA KEMBAR\n\nOleh : Herwandi\nFak. Sastra Univ. Andalas Padang\n\nAbstract\n${ABSTRACT_EN}`;
    const s = parseStudy("x.txt", page);
    expect(names(s)).toEqual(["Herwandi"]);
    expectExactOffsets(s);
  });

  it("never takes an abstract's first line for a title, however short the line", () => {
    const text =
      "Penelitian ini mengkaji kerja sama yang dijalankan oleh Pemerintah Kota\nSurabaya dengan Kitakyushu sejak 1997.";
    expect(parseStudy("x.txt", text).titleSentence).toBeUndefined();
  });

  it("reads an author after 'Di susun oleh:' with the student number in brackets", () => {
    const page = `INISIASI KERJASAMA SISTER CITY SIDNEY- SUMBA TIMUR\n\nDi susun oleh:\nSarlince Kamba Ipu (18320014)\nHubungan Internasional\nFakultas Ilmu Sosial dan Ekonomi\n\nABSTRAK\n${ABSTRACT_ID}`;
    const s = parseStudy("x.txt", page);
    expect(names(s)).toEqual(["Sarlince Kamba Ipu"]);
    expectExactOffsets(s);
  });
});
