import { describe, expect, it } from "vitest";
import { entityKeys, extractText, relationLines } from "./helpers";

describe("places from the gazetteer", () => {
  it("finds cities after cue words in Indonesian and English, with GeoNames ids and coordinates", () => {
    const facts = extractText("Kerja sama Kota Surabaya dengan the City of Kitakyushu berjalan baik.");
    const surabaya = facts.entities.find((e) => e.key === "city:surabaya")!;
    expect(surabaya.geo).toMatchObject({ countryCode: "ID", geonameId: 1625822 });
    expect(surabaya.geo!.lat).toBeCloseTo(-7.25, 1);
    expect(facts.entities.some((e) => e.key === "city:kitakyushu")).toBe(true);
  });

  it("finds large cities without a cue, even at the start of a sentence", () => {
    expect(entityKeys("Busan dan Seoul bekerja sama dengan Makassar.")).toEqual([
      "city:busan",
      "city:makassar",
      "city:seoul",
    ]);
  });

  it("does not take common words or cue-less small towns for cities", () => {
    // "Kota Cerdas" is a concept; "Split" and "Reading" are words here; "Miles" is a small town and a surname.
    const keys = entityKeys(
      "Kota Cerdas adalah tujuan. Split the data before Reading it. Miles said so. Data dikumpulkan.",
    );
    expect(keys.filter((k) => k.startsWith("city:"))).toEqual([]);
    expect(keys).toContain("concept:smart-city");
  });

  it("finds countries by their English and Indonesian names as one node", () => {
    const facts = extractText(
      "Indonesia dan Jepang bekerja sama. Korea Selatan and South Korea are one country. Jerman mendukung.",
    );
    const keys = new Set(facts.entities.map((e) => e.key));
    expect([...keys].filter((k) => k.startsWith("country:")).sort()).toEqual([
      "country:germany",
      "country:indonesia",
      "country:japan",
      "country:south-korea",
    ]);
    const korea = facts.entities.filter((e) => e.key === "country:south-korea").map((e) => e.alias);
    expect(korea.sort()).toEqual(["Korea Selatan", "South Korea"]);
  });

  it("resolves Jakarta, DKI Jakarta and Kota Jakarta to one city node", () => {
    const facts = extractText("DKI Jakarta dan Kota Jakarta serta Provinsi DKI Jakarta adalah Jakarta.");
    const keys = new Set(facts.entities.filter((e) => e.kind === "City").map((e) => e.key));
    expect([...keys]).toEqual(["city:jakarta"]);
  });

  it("finds Indonesian provinces in both languages, and foreign provinces after a cue", () => {
    const keys = entityKeys(
      "Provinsi Jawa Barat bekerja sama dengan Prefektur Shizuoka. West Java is also called Jawa Barat.",
    );
    expect(keys).toContain("province:west-java");
    expect(keys).toContain("province:shizuoka");
  });

  it("prefers the city in a country the study names", () => {
    // Without context, "Valencia" is the Venezuelan city (larger); with Spain named, it is the Spanish one.
    const bare = extractText("Kerja sama dengan Valencia.").entities.find((e) => e.kind === "City")!;
    const spain = extractText("Kerja sama dengan Valencia, Spanyol.").entities.find((e) => e.kind === "City")!;
    expect(bare.geo!.countryCode).toBe("VE");
    expect(spain.geo!.countryCode).toBe("ES");
    expect(spain.key).not.toBe(bare.key);
  });

  it("knows Indonesian and older names of world cities and countries", () => {
    const keys = entityKeys("Kota Bandung, Den Haag dan Moskow; Tiongkok, Inggris dan Amerika Serikat; New York juga.");
    expect(keys).toEqual([
      "city:bandung",
      "city:moscow",
      "city:new-york-city",
      "city:the-hague",
      "country:china",
      "country:united-kingdom",
      "country:united-states",
    ]);
  });
});

describe("small cities named with their country", () => {
  it("takes 'Name, Country' as a city of that country however small, and 'St.' as 'Saint'", () => {
    const facts = extractText(
      "Kerja sama sister city Kota Makassar dengan Lismore, Australia dan Saint Louis, Amerika Serikat.",
    );
    const cities = facts.entities.filter((e) => e.kind === "City").map((e) => `${e.key} ${e.geo?.countryCode}`);
    expect(new Set(cities)).toEqual(new Set(["city:makassar ID", "city:lismore AU", "city:st-louis US"]));
  });
  it("pairs the only two places of a sentence that speaks of twinning, whatever stands between them", () => {
    const text =
      "This study examines the role of the Makassar City Government in the sister city cooperation with Lismore, Australia.";
    expect(relationLines(text, ["SISTER_CITY_OF"])).toEqual(["SISTER_CITY_OF city:lismore city:makassar"]);
  });
});

describe("a city's programme is no city", () => {
  it("reads 'Surabaya Green City' as Surabaya and the green city, not a town named Green", () => {
    const keys = entityKeys(
      "Tulisan ini membahas strategi menuju Surabaya Green City yang dijalankan bersama Kitakyushu.",
    );
    expect(keys.filter((k) => k.startsWith("city:"))).toEqual(["city:kitakyushu", "city:surabaya"]);
    expect(keys).toContain("concept:green-city");
  });
});

describe("a person's given name is no city", () => {
  it("reads 'Florence Wijaya' as a person, while cities side by side stay cities", () => {
    const keys = entityKeys("Florence Wijaya menulis tentang kerja sama Surabaya dan Kitakyushu, dan Jakarta Berlin.");
    expect(keys.filter((k) => k.startsWith("city:"))).toEqual([
      "city:berlin",
      "city:jakarta",
      "city:kitakyushu",
      "city:surabaya",
    ]);
  });
});

describe("names the gazetteers write otherwise", () => {
  it("reads a country in its formal style as the country: Republik Indonesia, the Republic of Uzbekistan", () => {
    const keys = entityKeys(
      "Kota Banda Aceh (Republik Indonesia) menjalin kerja sama dengan Samarqand (the Republic of Uzbekistan).",
    );
    expect(keys).toContain("country:indonesia");
    expect(keys).toContain("country:uzbekistan");
    expect(keys.filter((k) => k.startsWith("country:republi"))).toEqual([]);
  });

  it("knows the Indonesian and other usual names of world cities: Yerusalem, Samarqand, Pusan", () => {
    const keys = entityKeys("Sister city Jakarta dengan Yerusalem dibahas, juga Samarqand dan Pusan.");
    expect(keys).toEqual(expect.arrayContaining(["city:jerusalem", "city:samarkand", "city:busan"]));
  });

  it("reads the English names of cities that GeoNames lists in their own language, not a small town of that name", () => {
    const keys = entityKeys("Surabaya works with Seville, Antwerp and Gothenburg.");
    expect(keys).toEqual(expect.arrayContaining(["city:sevilla", "city:antwerpen", "city:goteborg"]));
    expect(keys.filter((k) => k.startsWith("city:seville"))).toEqual([]);
  });

  it("reads a city before a two-word cue ('Ulsan Metropolitan City'), 'Washington DC', and an uncued city's province", () => {
    expect(relationLines("The office is in Ulsan Metropolitan City, South Korea.", ["LOCATED_IN"])).toEqual([
      "LOCATED_IN city:ulsan country:south-korea",
    ]);
    expect(entityKeys("Delegates flew to Washington DC.")).toContain("city:washington-d-c");
    const lines = relationLines("The port of Padang is busy. West Sumatra has many islands.", ["LOCATED_IN"]);
    expect(lines).toEqual(["LOCATED_IN city:padang province:west-sumatra"]);
  });

  it("reads 'South of Kalimantan' as South Kalimantan, and a district government in English as the regency's", () => {
    expect(relationLines("The study is set in Banjarmasin, South of Kalimantan.", ["LOCATED_IN"])).toEqual([
      "LOCATED_IN city:banjarmasin province:south-kalimantan",
    ]);
    expect(relationLines("The Sumenep district government promotes tourism.", ["PART_OF"])).toEqual([
      "PART_OF organization:pemerintah-kabupaten-sumenep city:sumenep",
    ]);
  });
});

describe("a study's title in its front matter", () => {
  it("is read like a title line: what it names is found, with the title as evidence", () => {
    const text =
      '---\ntitle: "Paradiplomasi Pemerintah Kota Makassar"\nyear: 2020\n---\n\nKota ini membangun smart city.';
    const facts = extractText(text, "makassar.md");
    const government = facts.entities.find((e) => e.kind === "Organization" && /Makassar/.test(e.label));
    expect(government).toBeDefined();
    expect(government!.evidence.quote).toBe("Paradiplomasi Pemerintah Kota Makassar");
    expect(text.slice(government!.evidence.start, government!.evidence.end)).toBe(government!.evidence.quote);
    expect(facts.relations.some((r) => r.kind === "FOCUSES_ON" && r.target === government!.key)).toBe(true);
  });
});

describe("places as abstracts name them", () => {
  it("reads a country from its people's adjective before a kind of place, and only there", () => {
    expect(
      relationLines("Yogyakarta bekerja sama dengan Gyeongsangbuk-do, a South Korean province, dalam sister city.", [
        "LOCATED_IN",
      ]),
    ).toEqual(["LOCATED_IN province:north-gyeongsang country:south-korea"]);
    expect(entityKeys("Japanese culture and Korean food are popular.").filter((k) => k.startsWith("country:"))).toEqual(
      [],
    );
  });

  it("reads the adjective whole when it is hyphenated, and only after a word boundary", () => {
    const countries = (text: string) => entityKeys(text).filter((k) => k.startsWith("country:"));
    expect(countries("Delegates of a Bissau-Guinean city visited Surabaya.")).toEqual(["country:guinea-bissau"]);
    expect(countries("The pan-Japanese city network met in Kyoto.")).toEqual(["country:japan"]);
    expect(countries("The NonJapanese city network met.")).toEqual([]);
  });

  it("reads 'Singapore City' as the city, not the country", () => {
    expect(
      relationLines("Batam and Singapore City, joined as sister cities, promote tourism.", ["SISTER_CITY_OF"]),
    ).toEqual(["SISTER_CITY_OF city:batam city:singapore"]);
  });
});

describe("local units of Korea and Japan, and Indonesia's small cities", () => {
  it("reads a Korean county or district by its suffix, as a partner of its own placed in its country", () => {
    expect(
      relationLines("Kabupaten Garut menjalin hubungan luar negeri dengan Damyang-gun (Korea Selatan).", [
        "LOCATED_IN",
        "COOPERATES_WITH",
      ]),
    ).toEqual(["COOPERATES_WITH city:damyang-gun city:garut", "LOCATED_IN city:damyang-gun country:south-korea"]);
    expect(
      relationLines("Kabupaten Sleman menjalin kerja sama sister city dengan Gangnam-gu di Seoul.", ["SISTER_CITY_OF"]),
    ).toEqual(["SISTER_CITY_OF city:gangnam-gu city:sleman"]);
    expect(entityKeys("Suwon-si dan Bandung bekerja sama.")).toContain("city:suwon");
  });

  it("knows an Indonesian city the gazetteer lacks from the regional data, first in a sentence when its name is long", () => {
    expect(
      relationLines(
        "Sawahlunto, a small town in West Sumatra, made an MoU with the Malaka government, after which the two became a “friendship city”.",
        ["SISTER_CITY_OF"],
      ),
    ).toEqual(["SISTER_CITY_OF city:malacca city:sawahlunto"]);
  });
});
