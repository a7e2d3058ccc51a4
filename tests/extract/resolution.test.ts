// Rules that tie mentions together: acronyms, "the two cities", governments' places, authors of concepts.
import { describe, expect, it } from "vitest";
import { entityKeys, extractText, relationLines } from "./helpers";

describe("acronyms", () => {
  it("reads a bracketed short form as the organization before it, and finds it again alone", () => {
    const text =
      "Program ini didukung oleh Badan Kerja Sama Pembangunan Daerah (BKSPD). Laporan BKSPD menunjukkan hasil baik.";
    const facts = extractText(text);
    const keys = facts.entities.filter((e) => e.kind === "Organization").map((e) => `${e.key} ${e.alias}`);
    expect(keys).toEqual([
      "organization:badan-kerja-sama-pembangunan-daerah Badan Kerja Sama Pembangunan Daerah",
      "organization:badan-kerja-sama-pembangunan-daerah BKSPD",
      "organization:badan-kerja-sama-pembangunan-daerah BKSPD",
    ]);
  });
  it("merges a known body's long name and its acronym", () => {
    const keys = entityKeys("The Korea International Cooperation Agency (KOICA) funded the Clean Water Project.");
    expect(keys.filter((k) => k.startsWith("organization:"))).toEqual(["organization:koica"]);
  });
});

describe("the study's own pair of places", () => {
  it("gives 'kedua kota' / 'the two cities' sentences to the pair the study is about", () => {
    const text =
      "Kerja sama sister city antara Kota Bandung dan Kota Hamamatsu dimulai pada tahun 2010. Kerja sama kedua kota berfokus pada pendidikan. The two cities signed a new agreement in 2015.";
    const facts = extractText(text);
    const edges = facts.relations.filter((r) => r.kind === "SISTER_CITY_OF");
    expect(edges).toHaveLength(3);
    expect(new Set(edges.map((e) => `${e.source} ${e.target}`))).toEqual(new Set(["city:bandung city:hamamatsu"]));
    expect(edges[0].since).toBe(2010);
    expect(edges[1].evidence.quote).toBe("Kerja sama kedua kota berfokus pada pendidikan.");
    // An agreement the two cities signed is their partnership too.
    expect(edges[2].evidence.quote).toBe("The two cities signed a new agreement in 2015.");
  });
  it("does not guess a pair when the study links several equally", () => {
    const text =
      "Kerja sama sister city Surabaya dan Busan. Kerja sama sister city Medan dan Osaka. Kedua kota bekerja sama erat.";
    expect(relationLines(text, ["SISTER_CITY_OF"])).toEqual([
      "SISTER_CITY_OF city:busan city:surabaya",
      "SISTER_CITY_OF city:medan city:osaka",
    ]);
    expect(extractText(text).relations.filter((r) => r.kind === "SISTER_CITY_OF")).toHaveLength(2);
  });
});

describe("governments and provinces as partners", () => {
  it("pairs the place of a government with its partner", () => {
    expect(
      relationLines("Kerja sama sister city antara Pemerintah Kota Surabaya dan Kitakyushu.", ["SISTER_CITY_OF"]),
    ).toEqual(["SISTER_CITY_OF city:kitakyushu city:surabaya"]);
  });
  it("pairs an Indonesian province with a foreign province the gazetteer does not list, placing it in its country", () => {
    const text =
      "This thesis examines the sister province cooperation between the West Java Provincial Government and Gyeonggi Province, South Korea.";
    expect(relationLines(text, ["SISTER_CITY_OF", "LOCATED_IN"])).toEqual([
      "LOCATED_IN province:gyeonggi country:south-korea",
      "SISTER_CITY_OF province:gyeonggi province:west-java",
    ]);
  });
  it("reads the name before 'City' as the place, not a word before it", () => {
    // "Green" is a town in the gazetteer; "Green Sister City" is a programme's name, not a city.
    expect(entityKeys("Kerja sama Green Sister City berjalan baik.").filter((k) => k.startsWith("city:"))).toEqual([]);
    expect(entityKeys("Delegasi dari Kitakyushu City datang.")).toContain("city:kitakyushu");
  });
});

describe("authors of theories and concepts", () => {
  it("keeps full names, keyed by surname, and the theory's alias without its author", () => {
    const facts = extractText("Kerangka teori yang digunakan adalah teori diplomasi publik menurut Nicholas Cull.");
    const person = facts.entities.find((e) => e.kind === "Person")!;
    expect([person.key, person.label]).toEqual(["person:cull", "Nicholas Cull"]);
    const theory = facts.entities.find((e) => e.kind === "Theory")!;
    expect([theory.key, theory.alias]).toEqual(["theory:public-diplomacy-theory", "teori diplomasi publik"]);
  });
  it("links a concept to the author named with it", () => {
    expect(relationLines("Penelitian ini memakai konsep soft power Joseph Nye.", ["PROPOSED_BY"])).toEqual([
      "PROPOSED_BY concept:soft-power person:nye",
    ]);
  });
});

describe("funders among several organizations", () => {
  it("takes the organization nearest the funding words as the funder, the others as participants", () => {
    const text = "Proyek Clean River dilaksanakan oleh Pemkot Surabaya dan didanai oleh Bank Dunia.";
    expect(relationLines(text, ["FUNDS", "PARTICIPATES_IN"])).toEqual([
      "FUNDS organization:world-bank project:clean-river",
      "PARTICIPATES_IN organization:pemerintah-kota-surabaya project:clean-river",
    ]);
  });
});

describe("states and the start of a partnership", () => {
  it("pairs a province with a foreign state after 'Negara Bagian', and reads when 'this cooperation' began", () => {
    const text =
      "Penelitian ini membahas kerja sama sister province antara Pemerintah Provinsi Jawa Tengah dengan Negara Bagian Queensland, Australia. Kerja sama ini diawali dengan penandatanganan Letter of Intent pada tahun 1991.";
    const edges = extractText(text).relations.filter((r) => r.kind === "SISTER_CITY_OF");
    expect(edges.map((e) => `${e.source} ${e.target}`)).toEqual([
      "province:central-java province:queensland",
      "province:central-java province:queensland",
    ]);
    expect(edges[1].since).toBe(1991);
  });
  it("does not take the sentence's full stop into a name, but keeps initials", () => {
    const keys = entityKeys(
      "Koordinasi dilakukan dengan Kementerian Luar Negeri. Data dari U.S. Consulate juga dipakai.",
    );
    expect(keys).toEqual(
      expect.arrayContaining(["organization:kementerian-luar-negeri", "organization:u-s-consulate"]),
    );
    const alias = extractText("Koordinasi dengan Kementerian Dalam Negeri.").entities.find(
      (e) => e.kind === "Organization",
    )!.alias;
    expect(alias).toBe("Kementerian Dalam Negeri");
  });
});

describe("national governments", () => {
  it("names a country's government one way in both languages, and only before a country", () => {
    const text =
      "Proyek Clean Air didanai oleh Pemerintah Jepang. The Government of Japan also funded the Clean Air Project.";
    expect(relationLines(text, ["FUNDS", "PART_OF"])).toEqual([
      "FUNDS organization:government-of-japan project:clean-air",
      "PART_OF organization:government-of-japan country:japan",
    ]);
    // "Pemerintah Pusat" is the central government, no country's "Government of Pusat".
    expect(entityKeys("Pemerintah Pusat mendukung.").filter((k) => k.startsWith("organization:"))).toEqual([
      "organization:pemerintah-pusat",
    ]);
    expect(entityKeys("Pemerintah Daerah mendukung.").filter((k) => k.startsWith("organization:"))).toEqual([]);
  });
});

describe("office holders", () => {
  it("finds the person after an office and its place, in both languages, and what they take part in", () => {
    const facts = extractText(
      "Proyek Green Kampung diresmikan oleh Wali Kota Surabaya Tri Rismaharini. The Mayor of Kitakyushu, Kenji Kitahashi, and Menteri Luar Negeri Retno Marsudi attended.",
    );
    expect(facts.entities.filter((e) => e.kind === "Person").map((e) => e.key)).toEqual([
      "person:tri-rismaharini",
      "person:kenji-kitahashi",
      "person:retno-marsudi",
    ]);
    expect(facts.relations.some((r) => r.kind === "PARTICIPATES_IN" && r.source === "person:tri-rismaharini")).toBe(
      true,
    );
  });
  it("reads the office's place apart from its holder, where the place alone would pass for a given name", () => {
    expect(entityKeys("Wali Kota Semarang Hendrar Prihadi memimpin kerja sama itu.")).toEqual([
      "city:semarang",
      "person:hendrar-prihadi",
    ]);
  });
  it("takes no office words for a name", () => {
    expect(
      entityKeys("Menteri Luar Negeri datang ke Gubernur Jawa Barat.").filter((k) => k.startsWith("person:")),
    ).toEqual([]);
  });
});
