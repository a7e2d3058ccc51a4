import { describe, expect, it } from "vitest";
import { entityKeys, extractText, relationLines } from "./helpers";

describe("Indonesia's regencies and cities (idn-area-data)", () => {
  it("finds a regency after Kabupaten, Kab. or before Regency, and knows its province", () => {
    const text =
      "Kabupaten Sleman menjalin kerja sama budaya. Pemerintah Kab. Sleman menandatangani nota kesepahaman. " +
      "Sleman Regency lies in the Special Region of Yogyakarta.";
    const facts = extractText(text);
    const sleman = facts.entities.filter((e) => e.key === "city:sleman");
    expect(sleman.map((e) => e.alias)).toEqual(expect.arrayContaining(["Sleman"]));
    expect(sleman.length).toBeGreaterThanOrEqual(3);
    expect(sleman[0].geo?.countryCode).toBe("ID");
    // The province is named in another sentence: the regional data places Sleman in it.
    const located = facts.relations.filter((r) => r.kind === "LOCATED_IN" && r.source === "city:sleman");
    expect(located.map((r) => r.target)).toContain("province:special-region-of-yogyakarta");
  });

  it("keeps the city and the regency of one name apart", () => {
    const keys = entityKeys(
      "Kota Bogor dan Kabupaten Bogor menjalin kerja sama dengan Bogor City di bidang pariwisata.",
    );
    expect(keys.filter((k) => k.startsWith("city:"))).toEqual(["city:bogor", "city:bogor-regency"]);
    const facts = extractText("Kabupaten Bogor berbeda dari Kota Bogor.");
    expect(facts.entities.find((e) => e.key === "city:bogor-regency")!.label).toBe("Bogor Regency");
    expect(facts.entities.find((e) => e.key === "city:bogor")!.geo?.geonameId).toBeTypeOf("number");
  });

  it("places a city in its province only where the data agrees", () => {
    expect(relationLines("Kota Bogor, Jawa Barat, menjadi tuan rumah.", ["LOCATED_IN"])).toEqual([
      "LOCATED_IN city:bogor province:west-java",
    ]);
    expect(relationLines("Kota Bogor, Jawa Tengah, menjadi tuan rumah.", ["LOCATED_IN"])).toEqual([]);
  });

  it("finds a regency of two words without a cue, in Indonesian and in English, but not words that make one", () => {
    expect(entityKeys("Wilayah perbatasan di Kepulauan Sangihe masih tertinggal.")).toContain("city:kepulauan-sangihe");
    const english = entityKeys("The Sangihe Islands and East Sumba face the sea; West Lombok does too.");
    expect(english).toEqual(
      expect.arrayContaining(["city:kepulauan-sangihe", "city:sumba-timur", "city:lombok-barat"]),
    );
    // "batu bara" is coal and "tanah laut" land and sea, whatever the capitals.
    expect(entityKeys("Batu Bara dan Tanah Laut menjadi komoditas.").filter((k) => k.startsWith("city:"))).toEqual([]);
  });

  it("reads 'district' after a regency the data knows, in any case, and 'Distrik' before a district abroad", () => {
    expect(relationLines("Two patterns are found in Sanggau district, West Kalimantan.", ["LOCATED_IN"])).toEqual([
      "LOCATED_IN city:sanggau province:west-kalimantan",
    ]);
    // An ordinary word before a lower-case cue is no place.
    expect(entityKeys("The Business district grew.").filter((k) => k.startsWith("city:"))).toEqual([]);
    expect(
      relationLines(
        "Kerja sama lintas batas antara Kabupaten Timor Tengah Utara, Indonesia dan Distrik Oecussi, Timor Leste.",
      ),
    ).toEqual([
      "COOPERATES_WITH city:oecussi city:timor-tengah-utara",
      "LOCATED_IN city:oecussi country:timor-leste",
      "LOCATED_IN city:timor-tengah-utara country:indonesia",
    ]);
  });
});

describe("the world's provinces and states (@countrystatecity/countries)", () => {
  it("finds distinctive provinces and states without a cue, with their country and position", () => {
    const facts = extractText(
      "Jawa Timur menjalin kemitraan dengan Western Australia, sedangkan Jawa Tengah dengan Queensland. " +
        "The study compares Hokkaido, Kanagawa, Guangxi and Fujian with Gyeonggi.",
    );
    const provinces = new Map(facts.entities.filter((e) => e.kind === "Province").map((e) => [e.key, e.geo]));
    for (const [key, cc] of [
      ["province:western-australia", "AU"],
      ["province:queensland", "AU"],
      ["province:hokkaido", "JP"],
      ["province:kanagawa", "JP"],
      ["province:guangxi", "CN"],
      ["province:fujian", "CN"],
      ["province:gyeonggi", "KR"],
    ] as const) {
      expect(provinces.get(key)?.countryCode, key).toBe(cc);
      expect(provinces.get(key)?.lat, key).toBeTypeOf("number");
    }
    expect(provinces.get("province:east-java")?.lat).toBeTypeOf("number");
  });

  it("reads Korean -do forms and Indonesian directions as the same province", () => {
    const facts = extractText(
      "Provinsi Gyeonggi-do dan Gyeongsangbuk-do bekerja sama dengan Jawa Barat. North Gyeongsang hosts the forum, " +
        "and Australia Barat is Western Australia.",
    );
    const aliases = (key: string) => facts.entities.filter((e) => e.key === key).map((e) => e.alias);
    expect(aliases("province:gyeonggi")).toEqual(["Gyeonggi-do"]);
    expect(aliases("province:north-gyeongsang")).toEqual(["Gyeongsangbuk-do", "North Gyeongsang"]);
    expect(aliases("province:western-australia")).toEqual(["Australia Barat", "Western Australia"]);
  });

  it("finds any province after a cue word, even one that is also a city", () => {
    const keys = entityKeys(
      "Prefektur Osaka dan Negara Bagian Victoria bekerja sama. Osaka Prefecture and the State of Georgia signed it.",
    );
    expect(keys).toEqual(["province:georgia", "province:osaka", "province:victoria"]);
    expect(extractText("Prefektur Osaka menandatangani.").entities[0].geo?.countryCode).toBe("JP");
  });

  it("leaves cities that are also regions as one city node", () => {
    expect(entityKeys("Tokyo, Seoul dan Busan bekerja sama dengan Jakarta.")).toEqual([
      "city:busan",
      "city:jakarta",
      "city:seoul",
      "city:tokyo",
    ]);
  });

  it("needs a cue or the country for a region named like a word or a person", () => {
    // "Para" (a Brazilian state) is an Indonesian word; Victoria a given name; Georgia also a country.
    const bare = entityKeys("Para peneliti bertemu Victoria di Georgia. Miranda (2019) menulis tentang itu.");
    expect(bare.filter((k) => k.startsWith("province:"))).toEqual([]);
    const withCountry = entityKeys("Jawa Timur bekerja sama dengan Victoria, Australia.");
    expect(withCountry).toContain("province:victoria");
  });

  it("gives the same facts on every run", () => {
    const text = "Kabupaten Bogor, Kota Bogor dan Prefektur Kanagawa bekerja sama dengan Victoria, Australia.";
    expect(JSON.stringify(extractText(text))).toBe(JSON.stringify(extractText(text)));
  });
});
