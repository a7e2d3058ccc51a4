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
