import { describe, expect, it } from "vitest";
import { entityKeys, extractText, relationLines } from "./helpers";

describe("sister-city relations", () => {
  it.each([
    "Kerja sama sister city antara Kota Bandung dan Kota Hamamatsu dimulai pada 2010.",
    "The sister city partnership between Bandung and Hamamatsu focuses on education.",
    "Hubungan kota kembar Bandung–Hamamatsu terus berkembang.",
    "Bandung, Indonesia and Hamamatsu, Japan have been twin cities since 2010.",
  ])("pairs the two cities of a twinning sentence: %s", (text) => {
    expect(relationLines(text, ["SISTER_CITY_OF"])).toEqual(["SISTER_CITY_OF city:bandung city:hamamatsu"]);
  });

  it("reads cooperation sentences of a study about twinning as the twinning, with period and start year", () => {
    const text =
      "Studi ini membahas sister city. Kerja sama antara Surabaya dan Busan berlangsung pada periode 2015-2019. Kerjasama Surabaya dan Busan sudah ada sejak tahun 1994.";
    const facts = extractText(text);
    const edges = facts.relations.filter((r) => r.kind === "SISTER_CITY_OF");
    expect(edges.map((e) => `${e.source} ${e.target}`)).toEqual([
      "city:busan city:surabaya",
      "city:busan city:surabaya",
    ]);
    expect(edges[0].period).toEqual({ from: 2015, to: 2019 });
    expect(edges[1].since).toBe(1994);
  });

  it("calls cooperation without any twinning words COOPERATES_WITH", () => {
    expect(
      relationLines("Kerja sama antara Semarang dan Brisbane di bidang pendidikan.", [
        "SISTER_CITY_OF",
        "COOPERATES_WITH",
      ]),
    ).toEqual(["COOPERATES_WITH city:brisbane city:semarang"]);
  });

  it.each([
    ["Hubungan bilateral Indonesia-Malaysia semakin erat.", "COOPERATES_WITH country:indonesia country:malaysia"],
    ["In 2015 Ireland and China signed a cooperation worth billions.", "COOPERATES_WITH country:china country:ireland"],
    ["Kerja sama Indonesia dengan Jepang di bidang energi.", "COOPERATES_WITH country:indonesia country:japan"],
  ])("reads two countries a cooperation sentence joins: %s", (text, line) => {
    expect(relationLines(text, ["COOPERATES_WITH"])).toEqual([line]);
  });

  it("does not join countries listed in passing, or a country that places a city", () => {
    // Three countries joined by "and": a list, not a pair.
    expect(
      relationLines("Cooperation with Japan, Korea and China grew.", ["COOPERATES_WITH"]).filter((l) =>
        /country:.*country:/.test(l),
      ),
    ).toEqual([]);
    // "Bandung, Indonesia dan Hamamatsu, Jepang": the countries say where the partners lie.
    expect(
      relationLines("Kerja sama antara Bandung, Indonesia dan Hamamatsu, Jepang.", ["COOPERATES_WITH"]).filter((l) =>
        /country:.*country:/.test(l),
      ),
    ).toEqual([]);
    expect(relationLines("Indonesia dan Malaysia adalah negara tetangga.", ["COOPERATES_WITH"])).toEqual([]);
  });

  it("does not pair two cities of the same country, or cities merely listed together", () => {
    expect(relationLines("Kerja sama sister city antara Surabaya dan Bandung.", ["SISTER_CITY_OF"])).toEqual([]);
    expect(relationLines("Tokyo adalah kota besar. Berlin juga.", ["SISTER_CITY_OF", "COOPERATES_WITH"])).toEqual([]);
  });
});

describe("funding and participation", () => {
  it("lets the places of a cooperation take part in its project, not the countries that say where they lie", () => {
    expect(
      relationLines(
        "The cooperation linking West Java Province, Indonesia, with Gyeongsangbuk-do Province, Republic of Korea, was carried out through the Global Youth Camp 2025.",
        ["PARTICIPATES_IN"],
      ),
    ).toEqual([
      "PARTICIPATES_IN province:north-gyeongsang project:global-youth-camp-2025",
      "PARTICIPATES_IN province:west-java project:global-youth-camp-2025",
    ]);
    expect(
      relationLines("Indonesia dan Malaysia berpartisipasi dalam program Sukan Borneo 2019.", ["PARTICIPATES_IN"]),
    ).toEqual([
      "PARTICIPATES_IN country:indonesia project:sukan-borneo-2019",
      "PARTICIPATES_IN country:malaysia project:sukan-borneo-2019",
    ]);
  });
  it("reads funders of a named project in both languages", () => {
    expect(relationLines("Proyek Green Kampung didanai oleh JICA.", ["FUNDS"])).toEqual([
      "FUNDS organization:jica project:green-kampung",
    ]);
    expect(relationLines("The Low Carbon Society Project was funded by the World Bank.", ["FUNDS"])).toEqual([
      "FUNDS organization:world-bank project:low-carbon-society",
    ]);
  });

  it("points 'this collaboration' at the study's main project when a sentence names a funder but no project", () => {
    const text = "Proyek Clean River menghubungkan kedua kota. Kolaborasi ini mendapat hibah dari Uni Eropa.";
    expect(relationLines(text, ["FUNDS"])).toEqual(["FUNDS organization:european-union project:clean-river"]);
  });

  it("makes organizations and partner cities named with a project PARTICIPATE in it", () => {
    const text =
      "Proyek Clean River adalah kolaborasi antara Kota Surabaya dan Kitakyushu. Wawancara dilakukan dengan Pemkot Surabaya dan pelaksana proyek.";
    expect(relationLines(text, ["PARTICIPATES_IN"])).toEqual([
      "PARTICIPATES_IN city:kitakyushu project:clean-river",
      "PARTICIPATES_IN city:surabaya project:clean-river",
      "PARTICIPATES_IN organization:pemerintah-kota-surabaya project:clean-river",
    ]);
  });
});

describe("location", () => {
  it("places a city in the country or province written after it", () => {
    expect(relationLines("Kerja sama kota Medan, Indonesia dengan Osaka, Jepang.", ["LOCATED_IN"])).toEqual([
      "LOCATED_IN city:medan country:indonesia",
      "LOCATED_IN city:osaka country:japan",
    ]);
    expect(relationLines("Kota Bandung, Jawa Barat menjadi contoh.", ["LOCATED_IN"])).toEqual([
      "LOCATED_IN city:bandung province:west-java",
    ]);
  });
  it("does not locate a city in a country it is not in", () => {
    expect(relationLines("Berlin, Indonesia?", ["LOCATED_IN"])).toEqual([]);
  });
});

describe("authorship", () => {
  it("links the author from the page layout to the study, with the name line as evidence", () => {
    const text = "JUDUL PENELITIAN TENTANG KOTA\n\nAndi Pratama\n\nAbstrak\n\nPenelitian ini membahas Surabaya.";
    const facts = extractText(text, "andi.txt");
    const authored = facts.relations.find((r) => r.kind === "AUTHORED")!;
    expect(authored.source).toBe("person:andi-pratama");
    expect(authored.target).toBe("study:andi");
    expect(authored.evidence.quote).toBe("Andi Pratama");
  });
});

describe("every twinning of a sentence", () => {
  it("pairs a home city with each partner of a list, not the partners with each other", () => {
    expect(
      relationLines(
        "Kota Makassar telah menjalin kerja sama kota kembar dengan Lismore (Australia), Kitakyushu (Jepang), Changwon dan Busan (Korea Selatan).",
        ["SISTER_CITY_OF"],
      ),
    ).toEqual([
      "SISTER_CITY_OF city:busan city:makassar",
      "SISTER_CITY_OF city:changwon city:makassar",
      "SISTER_CITY_OF city:kitakyushu city:makassar",
      "SISTER_CITY_OF city:lismore city:makassar",
    ]);
  });

  it("reads two dashed pairs as two partnerships, never pairing their inner ends", () => {
    expect(
      relationLines("Perbandingan kerja sama sister city Surabaya–Busan dan Medan–Ipoh.", ["SISTER_CITY_OF"]),
    ).toEqual(["SISTER_CITY_OF city:busan city:surabaya", "SISTER_CITY_OF city:ipoh city:medan"]);
  });

  it("pairs the places of two governments that signed a memorandum", () => {
    expect(
      relationLines(
        "Pemerintah Kota Bandung dan Pemerintah Kota Hamamatsu menandatangani MoU di bidang pendidikan pada 2012.",
        ["SISTER_CITY_OF", "COOPERATES_WITH"],
      ),
    ).toEqual(["COOPERATES_WITH city:bandung city:hamamatsu"]);
  });
});

describe("places in their countries", () => {
  it.each([
    ["Kerja sama dengan Changwon (Korea Selatan) dimulai pada 2009.", "LOCATED_IN city:changwon country:south-korea"],
    ["Kota Davao di Filipina menjadi mitra Manado.", "LOCATED_IN city:davao country:philippines"],
    ["The port of Hamburg in Germany is a partner of Jakarta.", "LOCATED_IN city:hamburg country:germany"],
    ["Jakarta works with Rotterdam, the Netherlands' second city.", "LOCATED_IN city:rotterdam country:netherlands"],
  ])("%s", (text, line) => {
    expect(relationLines(text, ["LOCATED_IN"])).toContain(line);
  });

  it("places each member of a list in the country written after it, and no city in another's country", () => {
    expect(
      relationLines(
        "Mitra kota kembar Makassar adalah Lismore (Australia), Kitakyushu (Jepang), Changwon dan Busan (Korea Selatan).",
        ["LOCATED_IN"],
      ),
    ).toEqual([
      "LOCATED_IN city:busan country:south-korea",
      "LOCATED_IN city:changwon country:south-korea",
      "LOCATED_IN city:kitakyushu country:japan",
      "LOCATED_IN city:lismore country:australia",
    ]);
  });
});

describe("partners the gazetteer lacks", () => {
  it("reads a name in brackets before its country as a partner city of that country, in capitals too", () => {
    for (const text of [
      "Kerja sama sister city antara Wonogiri (Indonesia) dengan Wuming (China) tidak terwujud.",
      "KEGAGALAN SISTER CITY ANTARA WONOGIRI (INDONESIA) DENGAN KOTA WUMING (CHINA)",
    ]) {
      expect(relationLines(text, ["SISTER_CITY_OF", "LOCATED_IN"])).toEqual([
        "LOCATED_IN city:wonogiri country:indonesia",
        "LOCATED_IN city:wuming country:china",
        "SISTER_CITY_OF city:wonogiri city:wuming",
      ]);
    }
  });

  it("takes no office, body, acronym or sentence without cooperation for such a place", () => {
    expect(
      entityKeys("Kerja sama dengan KOICA (Korea Selatan) dan Presiden Xi Jinping (China) dibahas."),
    ).not.toContain("city:xi-jinping");
    expect(entityKeys("Kerja sama dengan Universitas Tsinghua (China) berjalan.")).not.toContain("city:tsinghua");
    expect(entityKeys("Mahasiswa dari Wonogiri dan Wuming (China) datang.")).not.toContain("city:wuming");
  });
});

describe("locations the gazetteer knows", () => {
  it("adds LOCATED_IN, marked inferred, when a study names a place and its country apart", () => {
    const facts = extractText(
      "Penelitian ini membahas kerja sama Kota Surabaya dengan Busan. Korea Selatan menjadi mitra penting bagi Indonesia.",
    );
    const inferred = facts.relations.filter((r) => r.kind === "LOCATED_IN");
    expect(new Set(inferred.map((r) => `${r.source} ${r.target} ${r.inferred}`))).toEqual(
      new Set(["city:surabaya country:indonesia true", "city:busan country:south-korea true"]),
    );
    // Its evidence: the sentence naming the place and the one naming the country.
    expect(inferred.filter((r) => r.source === "city:busan").map((r) => r.evidence.quote)).toEqual([
      "Penelitian ini membahas kerja sama Kota Surabaya dengan Busan.",
      "Korea Selatan menjadi mitra penting bagi Indonesia.",
    ]);
  });

  it("states rather than infers when a sentence says it, and infers nothing without the country", () => {
    const facts = extractText("Kerja sama Surabaya dan Busan, Korea Selatan, dimulai 2015.");
    expect(facts.relations.filter((r) => r.kind === "LOCATED_IN").map((r) => [r.source, r.inferred])).toEqual([
      ["city:busan", undefined],
    ]);
  });
});

describe("partners, governments and events", () => {
  it("pairs a city with a list of partners that follows it with 'dengan', and never the partners together", () => {
    expect(
      relationLines("Kota Makassar juga bekerja sama dengan Kota Lismore, Kitakyushu dan Changwon.", [
        "SISTER_CITY_OF",
        "COOPERATES_WITH",
      ]),
    ).toEqual([
      "COOPERATES_WITH city:changwon city:makassar",
      "COOPERATES_WITH city:kitakyushu city:makassar",
      "COOPERATES_WITH city:lismore city:makassar",
    ]);
  });

  it("reads no partnership from places that merely share a long sentence", () => {
    expect(
      relationLines(
        "East Kalimantan carries out paradiplomacy through the Sukan Borneo sports event, where Malaysia sends delegations from Sabah, Sarawak and Labuan.",
        ["SISTER_CITY_OF", "COOPERATES_WITH"],
      ),
    ).toEqual([]);
  });

  it("lets the places and countries of a sentence about taking part join the event it names", () => {
    expect(
      relationLines(
        "East Kalimantan carries out paradiplomacy through the Sukan Borneo sports event, where Malaysia sends delegations from Sabah and Sarawak.",
        ["PARTICIPATES_IN"],
      ),
    ).toEqual([
      "PARTICIPATES_IN country:malaysia project:sukan-borneo",
      "PARTICIPATES_IN province:east-kalimantan project:sukan-borneo",
      "PARTICIPATES_IN province:sabah project:sukan-borneo",
      "PARTICIPATES_IN province:sarawak project:sukan-borneo",
    ]);
  });

  it("reads a bare 'X Government' at the level of its place, and a small city after 'Pemerintah Kota'", () => {
    expect(relationLines("The Aceh Government and the Zagreb Government met.", ["PART_OF"])).toEqual([
      "PART_OF organization:pemerintah-kota-zagreb city:zagreb",
      "PART_OF organization:pemerintah-provinsi-aceh province:aceh",
    ]);
    expect(
      relationLines(
        "MoU Sister City antara Pemerintah Kota Jayapura dan Pemerintah Kota Vanimo telah ditandatangani.",
        ["SISTER_CITY_OF"],
      ),
    ).toEqual(["SISTER_CITY_OF city:jayapura city:vanimo"]);
  });

  it("reads a study program glued to its affiliation number, and a city after 'dan Kota' as no part of an embassy", () => {
    expect(
      relationLines(
        "Judul Kajian Kota Kembar\n\nDewi Lestari¹\n¹Prodi Hubungan Internasional, Universitas Nusantara Raya, Indonesia\n\nAbstrak\nPenelitian ini membahas paradiplomasi.",
        ["PART_OF"],
      ),
    ).toContain(
      "PART_OF organization:prodi-hubungan-internasional-universitas-nusantara-raya organization:universitas-nusantara-raya",
    );
    expect(entityKeys("Kota Ternate bekerja sama dengan Kedutaan Besar Spanyol dan Kota Sevilla.")).toContain(
      "organization:kedutaan-besar-spanyol",
    );
  });

  it("pairs the title's place with a city abroad that a sentence works 'together with', and no other", () => {
    const text =
      "Paradiplomasi Kota Ternate\n\nThis study looks at the City of Ternate. Its cultural diplomacy includes the work done together with the Embassy of Spain and the City of Seville. Tokyo and Seoul cooperate with each other. Lisbon is a port.";
    expect(relationLines(text, ["COOPERATES_WITH", "SISTER_CITY_OF", "LOCATED_IN"])).toEqual([
      "COOPERATES_WITH city:seoul city:tokyo",
      "COOPERATES_WITH city:ternate city:sevilla",
      "LOCATED_IN city:sevilla country:spain",
    ]);
  });

  it("puts a faculty or department inside the university named after it, on one line or on a cover page's lines", () => {
    const lines = (text: string) =>
      relationLines(text, ["PART_OF"]).filter((l) => /^PART_OF organization:\S+ organization:/.test(l));
    expect(lines("Skripsi ini disusun di Fakultas Ilmu Sosial dan Ilmu Politik Universitas Riau tahun 2020.")).toEqual([
      "PART_OF organization:fakultas-ilmu-sosial-dan-ilmu-politik-universitas-riau organization:universitas-riau",
    ]);
    expect(
      lines(
        "PARADIPLOMASI PROVINSI RIAU DENGAN MALAYSIA\n\nSKRIPSI\n\nOleh:\nRina Putri\n\nPROGRAM STUDI HUBUNGAN INTERNASIONAL\nFAKULTAS ILMU SOSIAL DAN ILMU POLITIK\nUNIVERSITAS RIAU\nPEKANBARU\n2020\n\nPenelitian ini membahas kerja sama Provinsi Riau dengan Malaysia.",
      ),
    ).toContain(
      "PART_OF organization:fakultas-ilmu-sosial-dan-ilmu-politik-universitas-riau organization:universitas-riau",
    );
    expect(lines("Fakultas Hukum and Universitas Riau signed an agreement.")).toEqual([]);
  });
});

describe("partners and governments as abstracts write them", () => {
  it("reads a list of partners whose members carry their country after 'di' or in brackets", () => {
    const lines = relationLines(
      "Kota Makassar menjalin kerja sama kota kembar dengan Lismore (Australia), Kota Davao di Filipina dan Zhengzhou (Tiongkok).",
      ["SISTER_CITY_OF"],
    );
    expect(lines).toEqual([
      "SISTER_CITY_OF city:davao city:makassar",
      "SISTER_CITY_OF city:lismore city:makassar",
      "SISTER_CITY_OF city:makassar city:zhengzhou",
    ]);
  });

  it("binds 'A dengan B' tighter than 'dan': two pairs, not a chain", () => {
    const lines = relationLines(
      "Sister province Jawa Tengah dengan Queensland dan Provinsi Jawa Timur dengan Gyeongsangbuk-do berjalan.",
      ["SISTER_CITY_OF"],
    );
    expect(lines).toEqual([
      "SISTER_CITY_OF province:central-java province:queensland",
      "SISTER_CITY_OF province:east-java province:north-gyeongsang",
    ]);
  });

  it("keeps a city the gazetteer lacks when its government names it, and reads no city government of a country", () => {
    const keys = entityKeys(
      "The Medan City Government and the Ichikawa City Government signed a sister city MoU, as did the Beijing City Government of China.",
    );
    expect(keys).toEqual(expect.arrayContaining(["city:ichikawa", "organization:pemerintah-kota-beijing"]));
    expect(keys).not.toContain("organization:pemerintah-kota-china");
    expect(
      relationLines("The Medan City Government and the Ichikawa City Government signed a sister city MoU.", [
        "SISTER_CITY_OF",
      ]),
    ).toEqual(["SISTER_CITY_OF city:ichikawa city:medan"]);
  });

  it("reads an organization's name on past 'dan' unless another body, government or place follows", () => {
    const keys = entityKeys(
      "Kementerian Kelautan dan Perikanan bekerja sama dengan Universitas Sains dan Teknologi Jayapura, Universitas Lampung dan Pemerintah Kota Zagreb.",
    ).filter((k) => k.startsWith("organization:"));
    expect(keys).toEqual([
      "organization:kementerian-kelautan-dan-perikanan",
      "organization:pemerintah-kota-zagreb",
      "organization:universitas-lampung",
      "organization:universitas-sains-dan-teknologi-jayapura",
    ]);
  });

  it("lets places that attend a named event take part in it", () => {
    expect(
      relationLines("The Youth Exchange Camp 2019 was attended by students from Surabaya and Kitakyushu.", [
        "PARTICIPATES_IN",
      ]),
    ).toEqual([
      "PARTICIPATES_IN city:kitakyushu project:youth-exchange-camp-2019",
      "PARTICIPATES_IN city:surabaya project:youth-exchange-camp-2019",
    ]);
  });
});

describe("readings a study settles", () => {
  it("reads bare names as the provinces the study names with a cue, and a gloss in brackets as no partner", () => {
    const text =
      "Hubungan Daerah Istimewa Yogyakarta dan Perfektur Kyoto terjalin sejak 1985 dalam konsep sister city. " +
      "Kerja sama sister city Yogyakarta dan Kyoto mendorong pertukaran budaya.";
    const lines = relationLines(text, ["SISTER_CITY_OF"]);
    expect(lines).toEqual(["SISTER_CITY_OF province:kyoto province:special-region-of-yogyakarta"]);
    expect(entityKeys(text).filter((k) => k.startsWith("city:"))).toEqual([]);
    expect(
      relationLines("Kerja sama sister city antara Pemerintah Kota Medan dan Penang (Georgetown) di Malaysia.", [
        "SISTER_CITY_OF",
      ]),
    ).toEqual(["SISTER_CITY_OF city:medan province:penang"]);
  });

  it("reads a city's government as the city where a province has the same name", () => {
    expect(entityKeys("The Jambi City government signed agreements abroad.")).toEqual([
      "city:jambi",
      "organization:pemerintah-kota-jambi",
    ]);
  });

  it("takes neither an office's regulation for its holder nor an academic unit or the twinning itself for a project", () => {
    const keys = entityKeys(
      "Indicators come from Minister of Home Affairs Regulation No. 25 of 2020. " +
        "Undergraduate Thesis, International Relations Study Program. Analisis Program Sister City Yogyakarta-Kyoto Tahun 2016-2021.",
    );
    expect(keys.filter((k) => k.startsWith("person:") || k.startsWith("project:"))).toEqual([]);
  });
});

describe("the pair a study is about", () => {
  it("reads a city's province after a comma as where it lies, not as a partner", () => {
    expect(
      relationLines(
        "Kerja sama sister city antara Kendari, Sulawesi Tenggara, Indonesia dan La Rochelle, Prancis dijalin sejak lama.",
        ["SISTER_CITY_OF"],
      ),
    ).toEqual(["SISTER_CITY_OF city:kendari city:la-rochelle"]);
  });

  it("pairs the two governments of a title in capitals in a study about a sister province", () => {
    const page =
      "PROSES PENGAMBILAN KEPUTUSAN PEMPROV NTB MEMBANGUN KERJASAMA DENGAN PEMPROV ZHEJIANG RRT 2014-2015\n\n" +
      "Dewi Lestari\n\nAbstrak\n\nPenelitian ini membahas kerjasama sister province kedua pemerintah provinsi dengan metode kualitatif.";
    expect(relationLines(page, ["SISTER_CITY_OF"])).toEqual([
      "SISTER_CITY_OF province:west-nusa-tenggara province:zhejiang",
    ]);
    expect(entityKeys(page)).toEqual(
      expect.arrayContaining([
        "organization:pemerintah-provinsi-west-nusa-tenggara",
        "organization:pemerintah-provinsi-zhejiang",
      ]),
    );
  });

  it("reads named events and programmes with the bodies that run them apart", () => {
    const keys = entityKeys(
      "Kedua kota menggelar International Tourism Webinar dan Denpasar Festival, dan the UCLG ASPAC CRIC programme juga diikuti.",
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        "project:international-tourism-webinar",
        "project:denpasar-festival",
        "project:cric",
        "organization:uclg-aspac",
      ]),
    );
  });
});

describe("cooperation with a country abroad", () => {
  it("joins a province or city to the foreign country it works with, never as a twinning", () => {
    expect(
      relationLines("Kerjasama Pemerintah Provinsi Kalimantan Timur dengan Rusia dalam pembangunan kereta api.", [
        "COOPERATES_WITH",
        "SISTER_CITY_OF",
      ]),
    ).toEqual(["COOPERATES_WITH province:east-kalimantan country:russia"]);
  });

  it("takes a country that says where a place lies for no partner", () => {
    expect(
      relationLines("Kerjasama sister city Kota Semarang (Indonesia) dengan Brisbane (Australia) tahun 2002-2007.", [
        "COOPERATES_WITH",
      ]),
    ).toEqual([]);
    expect(
      relationLines("Kerja Sama Antara Pemerintah Provinsi Jawa Barat, Indonesia dan Australia Selatan.", [
        "COOPERATES_WITH",
      ]),
    ).toEqual(["COOPERATES_WITH province:south-australia province:west-java"]);
  });

  it("places a government's place in the country written after it", () => {
    expect(relationLines("Kerjasama sister province dengan Pemprov Zhejiang RRT 2014-2015.", ["LOCATED_IN"])).toEqual([
      "LOCATED_IN province:zhejiang country:china",
    ]);
  });
});

describe("partners listed after their kind", () => {
  it("pairs the home place with each partner announced by 'di antaranya', countries as cooperation", () => {
    expect(
      relationLines(
        "Kota Singkawang menjalin kerjasama paradiplomasi dengan beberapa negara, di antaranya Sarawak dan Taiwan.",
        ["COOPERATES_WITH"],
      ),
    ).toEqual(["COOPERATES_WITH city:singkawang country:taiwan", "COOPERATES_WITH city:singkawang province:sarawak"]);
  });
});

describe("a long list of partners", () => {
  it("pairs every partner of a list with brackets, a common-word city and a district with its city", () => {
    const lines = relationLines(
      "The Regional Government of Semarang City has built sister city relationships with the city governments of " +
        "Brisbane (Australia), Beihai, Nanjing, and Fuzhou (China), Split (Croatia), and Jung-gu, Ulsan Metropolitan City (South Korea).",
      ["SISTER_CITY_OF"],
    );
    expect(lines).toEqual([
      "SISTER_CITY_OF city:beihai city:semarang",
      "SISTER_CITY_OF city:brisbane city:semarang",
      "SISTER_CITY_OF city:fuzhou city:semarang",
      "SISTER_CITY_OF city:jung-gu city:semarang",
      "SISTER_CITY_OF city:nanjing city:semarang",
      "SISTER_CITY_OF city:semarang city:split",
    ]);
  });
});
