// Cited scholars and the theories they proposed, in the citation shapes of Indonesian and English abstracts.
import { describe, expect, it } from "vitest";
import { entityKeys, relationLines } from "./helpers";

const persons = (text: string) => entityKeys(text).filter((k) => k.startsWith("person:"));

describe("cited scholars", () => {
  it.each([
    ["Menurut Duchacek (1990), paradiplomasi dijalankan oleh pemerintah sub-nasional.", ["person:duchacek"]],
    ["Keohane dan Nye (1977: 23) menyebutnya saling ketergantungan kompleks.", ["person:keohane", "person:nye"]],
    ["Kerangka ini dirumuskan Soldatos dkk. (1990) untuk kasus Kanada.", ["person:soldatos"]],
    [
      "Paradiplomacy grew after the Cold War (Kuznetsov, 2015; Hooghe & Marks, 2003).",
      ["person:hooghe", "person:kuznetsov", "person:marks"],
    ],
    ["According to Michael Keating, regions act abroad for economic reasons.", ["person:keating"]],
    ["Konsep ini dikemukakan oleh Andre Lecours sebagai tiga lapis paradiplomasi.", ["person:lecours"]],
  ])("%s", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });

  it("takes no place, term or sentence opener for a scholar", () => {
    expect(persons("Sejak Jakarta (2019) dan Surabaya (2020) menandatangani MoU, kerja sama meningkat.")).toEqual([]);
    expect(persons("Dalam Penelitian (2020) ini digunakan metode kualitatif.")).toEqual([]);
  });

  it("takes no number in brackets for a citation: a student number holds a year's digits", () => {
    expect(persons("Disusun oleh Sarlince Kamba Ipu (18320014)")).toEqual([]);
  });
});

describe("who proposed a theory", () => {
  it.each([
    [
      "This study applies Putnam's (1988) two-level game to the case.",
      "PROPOSED_BY theory:two-level-game person:putnam",
    ],
    [
      "Analisis memakai teori multi-level governance dari Hooghe dan Marks.",
      "PROPOSED_BY theory:multi-level-governance-theory person:marks",
    ],
    ["Kajian ini memakai konsep paradiplomasi (Duchacek, 1990).", "PROPOSED_BY concept:paradiplomacy person:duchacek"],
  ])("%s", (text, line) => {
    expect(relationLines(text, ["PROPOSED_BY"])).toContain(line);
  });

  it("does not credit a theory to a scholar cited for something else further on", () => {
    expect(
      relationLines(
        "Teori interdependensi kompleks menjadi landasan, sedangkan data diolah mengikuti Creswell (2014).",
        ["PROPOSED_BY"],
      ),
    ).toEqual([]);
  });
});

describe("theories outside the vocabulary", () => {
  it("reads the name after 'teori' up to the words that end it, with its author", () => {
    expect(
      relationLines("Penelitian ini menggunakan teori linkage politics dari Rosenau untuk menjelaskan kerja sama.", [
        "PROPOSED_BY",
      ]),
    ).toEqual(["PROPOSED_BY theory:linkage-politics person:rosenau"]);
  });
  it("reads the name before 'theory', leaving determiners and verbs out", () => {
    const keys = entityKeys("This article uses the Linkage Politics theory and the constructivist theory of Wendt.");
    expect(keys.filter((k) => k.startsWith("theory:"))).toEqual(["theory:constructivist", "theory:linkage-politics"]);
  });
  it("keeps a theory of the vocabulary under its own name", () => {
    expect(
      entityKeys("Penelitian ini menggunakan teori paradiplomasi.").filter((k) => k.startsWith("theory:")),
    ).toEqual(["theory:paradiplomacy-theory"]);
  });
});

describe("the scholar named with a term of the vocabulary", () => {
  it.each([
    [
      "The analysis follows the norm life cycle of Finnemore and Sikkink.",
      "theory:norm-life-cycle",
      ["finnemore", "sikkink"],
    ],
    ["Rosenau's linkage politics frames the study.", "theory:linkage-politics", ["rosenau"]],
    ["Konsep soft power oleh Joseph Nye dipakai sebagai alat analisis.", "concept:soft-power", ["nye"]],
    [
      "Artikel ini memakai konsep paradiplomasi karya Aldecoa dan Keating.",
      "concept:paradiplomacy",
      ["aldecoa", "keating"],
    ],
    ["It applies the concept of paradiplomacy by Alexander S. Kuznetsov.", "concept:paradiplomacy", ["kuznetsov"]],
    [
      "Konsep sister city yang digagas oleh Donald Bell Souder dan Shanna Bredel dipakai.",
      "concept:sister-city",
      ["souder", "bredel"],
    ],
    ["The paper uses Keating's concept of para-diplomacy.", "concept:paradiplomacy", ["keating"]],
    [
      "Drawing on Keating's (1999) understanding of paradiplomacy, we read the case.",
      "concept:paradiplomacy",
      ["keating"],
    ],
    ["Putnam's (1988) two-level game explains the negotiation.", "theory:two-level-game", ["putnam"]],
  ])("%s", (text, term, proposers) => {
    expect(relationLines(text, ["PROPOSED_BY"])).toEqual(
      proposers.map((p) => `PROPOSED_BY ${term} person:${p}`).sort(),
    );
  });

  it("reads no proposer where 'of' or a possessive joins a concept to a place", () => {
    expect(relationLines("Bogor menjadi sister city of Lismore.", ["PROPOSED_BY"])).toEqual([]);
    expect(persons("Sister city dari Kota Vanimo dan Kota Jayapura berjalan.")).toEqual([]);
    expect(relationLines("Surabaya's concept of the smart city won an award.", ["PROPOSED_BY"])).toEqual([]);
  });
});

describe("a theory named by its scholar alone", () => {
  it("reads 'Dunn's (2004) theory' as Dunn's theory, proposed by Dunn", () => {
    expect(
      relationLines("The analysis leans on Dunn's (2004) theory, which asks several things.", ["PROPOSED_BY"]),
    ).toEqual(["PROPOSED_BY theory:dunn-s-theory person:dunn"]);
  });
});

describe("persons with their titles and degrees", () => {
  it.each([
    ["Pembimbing: Dr. Yusnarida Eka Nizmi, S.IP., M.Si", "person:yusnarida-eka-nizmi"],
    [
      "Pembimbing I: Prof. Dr. H. Adi Suryadi Culla, MA.; Jurusan Ilmu Hubungan Internasional.",
      "person:adi-suryadi-culla",
    ],
    ["Pembimbing II: Pusparida Syahdan, S. Sos, M.Si.", "person:pusparida-syahdan"],
    ["Supervisor: Rahmat Hidayat, Ph.D.", "person:rahmat-hidayat"],
    ["Pembimbing I: H. Darwis; Pembimbing II: Aswin Baharuddin. Departemen Ilmu Politik", "person:aswin-baharuddin"],
    ["With the mayor Mr. Hendrar Prihadi at its head, the city grew.", "person:hendrar-prihadi"],
    ["With the mayor Mr. Hendrar “Hendi” Prihadi at its head, the city grew.", "person:hendrar-hendi-prihadi"],
  ])("reads a supervisor named with titles or a role: %s", (text, key) => {
    expect(entityKeys(text)).toContain(key);
  });

  it("takes no street, place or ordinary word for a titled person", () => {
    expect(entityKeys("Kampus di Jl. Dr. Sutomo No. 5, Medan.").filter((k) => k.startsWith("person:"))).toEqual([]);
    expect(entityKeys("Kota Medan, MA dan Jakarta.").filter((k) => k.startsWith("person:"))).toEqual([]);
  });
});
