import { describe, expect, it } from "vitest";
import { entityKeys, extractText, relationLines } from "./helpers";

describe("organizations", () => {
  it("reads a Malaysian university after 'Universiti'", () => {
    expect(entityKeys("Kerja sama dengan Universiti Kebangsaan Malaysia berjalan.")).toContain(
      "organization:universiti-kebangsaan-malaysia",
    );
  });
  it("leaves an affiliation's post out of its university's name, not a body's own first word", () => {
    expect(entityKeys("2 (Lecturer Padjadjaran University, Indonesia)")).toContain(
      "organization:padjadjaran-university",
    );
    expect(entityKeys("The Student Union Association met.")).toContain("organization:student-union-association");
  });
  it("names a government the same way in Indonesian, its abbreviation and English", () => {
    const a = entityKeys("Pemerintah Kota Surabaya menandatangani MoU.");
    const b = entityKeys("Pemkot Surabaya menandatangani MoU.");
    const c = entityKeys("The Surabaya City Government signed the MoU.");
    for (const keys of [a, b, c]) expect(keys).toContain("organization:pemerintah-kota-surabaya");
  });

  it("finds cue-named agencies, ministries and universities, and what place they belong to", () => {
    const text =
      "Data diperoleh dari Dinas Pariwisata Kota Bandung, Kementerian Luar Negeri dan Universitas Padjadjaran.";
    const keys = entityKeys(text);
    expect(keys).toContain("organization:kementerian-luar-negeri");
    expect(keys).toContain("organization:universitas-padjadjaran");
    expect(keys.some((k) => k.startsWith("organization:dinas-pariwisata"))).toBe(true);
    expect(relationLines(text, ["PART_OF"]).some((l) => l.endsWith("city:bandung"))).toBe(true);
  });

  it("knows international bodies by both names, and short forms only in capitals", () => {
    expect(entityKeys("Proyek ini didukung Uni Eropa.")).toContain("organization:european-union");
    expect(entityKeys("The project was backed by the European Union (EU).")).toContain("organization:european-union");
    expect(entityKeys("Bank Dunia dan JICA memberi hibah.")).toEqual(
      expect.arrayContaining(["organization:world-bank", "organization:jica"]),
    );
    expect(entityKeys("we can un-do it")).not.toContain("organization:united-nations");
    expect(entityKeys("Indonesia aktif di APEC, G20 dan UNFCCC.")).toEqual(
      expect.arrayContaining(["organization:apec", "organization:g20", "organization:unfccc"]),
    );
    expect(entityKeys("Data diperoleh dari Pusat Penelitian Politik.")).toContain(
      "organization:pusat-penelitian-politik",
    );
    expect(entityKeys("Who knows the answer? The imf said.")).not.toContain("organization:international-monetary-fund");
  });

  it("reads a quoted word inside a name, what a body is 'for', a body of its own after 'dan', and the central government", () => {
    const keys = entityKeys(
      'Dosen Universitas Pembangunan "Veteran" Yogyakarta dan Busan Foundation for International Cooperation bertemu pemerintah pusat.',
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        "organization:universitas-pembangunan-veteran-yogyakarta",
        "organization:busan-foundation-for-international-cooperation",
        "organization:pemerintah-pusat",
      ]),
    );
    expect(entityKeys("The Indonesian Central Government issued the rules.")).toContain(
      "organization:pemerintah-pusat",
    );
  });
});

describe("projects", () => {
  it("finds projects after proyek/program and before Project", () => {
    expect(entityKeys("Proyek Green Kampung dijalankan sejak 2012.")).toContain("project:green-kampung");
    expect(entityKeys("The Low Carbon Society Project involved both cities.")).toContain("project:low-carbon-society");
    expect(entityKeys("Melalui program Surabaya Green and Clean warga terlibat.")).toContain(
      "project:surabaya-green-and-clean",
    );
  });
  it("does not take a generic phrase or a concept for a project name", () => {
    const keys = entityKeys("Program kerja sama ini berjalan. Proyek Smart City digagas.");
    expect(keys.filter((k) => k.startsWith("project:"))).toEqual([]);
  });
});

describe("theories and who proposed them", () => {
  it("reads 'Teori <name> <proposer>' in Indonesian", () => {
    const text = "Penelitian ini menggunakan teori Interdependensi Kompleks Keohane dan Nye.";
    expect(entityKeys(text)).toEqual(
      expect.arrayContaining(["theory:complex-interdependence", "person:keohane", "person:nye"]),
    );
    expect(relationLines(text, ["PROPOSED_BY"])).toEqual([
      "PROPOSED_BY theory:complex-interdependence person:keohane",
      "PROPOSED_BY theory:complex-interdependence person:nye",
    ]);
  });
  it("reads English forms: possessive, 'theory of', 'proposed by'", () => {
    expect(relationLines("We apply Duchacek's paradiplomacy theory.", ["PROPOSED_BY"])).toEqual([
      "PROPOSED_BY theory:paradiplomacy-theory person:duchacek",
    ]);
    expect(entityKeys("The theory of constructivism guides the analysis.")).toContain("theory:constructivism");
    expect(relationLines("It uses the paradiplomacy theory proposed by Lecours.", ["PROPOSED_BY"])).toEqual([
      "PROPOSED_BY theory:paradiplomacy-theory person:lecours",
    ]);
  });
  it.each([
    ["Kajian ini memakai tiga lapisan paradiplomasi dari Lecours.", "theory:layers-of-paradiplomacy", "lecours"],
    ["The analysis rests on Underdal's regime effectiveness.", "theory:regime-effectiveness", "underdal"],
    [
      "Data dianalisis dengan model implementasi kebijakan menurut Edward III.",
      "theory:policy-implementation-model",
      "edward",
    ],
  ])("knows the field's frameworks by their own names, with their proposers: %s", (text, theory, person) => {
    expect(entityKeys(text)).toContain(theory);
    expect(
      relationLines(text, ["PROPOSED_BY"]).some((l) => l.startsWith(`PROPOSED_BY ${theory} person:${person}`)),
    ).toBe(true);
  });
});

describe("methods", () => {
  it("finds methods in both languages, tolerating a one-letter typo beside a method word", () => {
    expect(entityKeys("Metode penelitian kualitatif deskritif digunakan.")).toContain(
      "method:descriptive-qualitative-method",
    );
    expect(entityKeys("Data were collected through in-depth interviews and a survey.")).toEqual(
      expect.arrayContaining(["method:interview", "method:survey"]),
    );
    expect(entityKeys("Teknik pengumpulan data adalah studi pustaka dan observasi.")).toEqual(
      expect.arrayContaining(["method:literature-study", "method:observation"]),
    );
    expect(entityKeys("Penelitian bertipe deskriptif-analitik ini merupakan library study yang eksploratif.")).toEqual(
      expect.arrayContaining(["method:descriptive-analysis", "method:exploratory-research", "method:literature-study"]),
    );
  });
  it("names analysis models after their authors", () => {
    const text = "Data dianalisis dengan model analisis interaktif Miles dan Huberman.";
    expect(entityKeys(text)).toEqual(
      expect.arrayContaining(["method:miles-and-huberman-model", "person:miles", "person:huberman"]),
    );
    expect(entityKeys("We follow Yin's case study approach.")).toEqual(expect.arrayContaining(["person:yin"]));
  });
  it("makes the study APPLY the methods and theories it names", () => {
    const facts = extractText("Penelitian ini menggunakan metode kualitatif dan teori liberalisme.", "s1.txt");
    const applies = facts.relations.filter((r) => r.kind === "APPLIES").map((r) => `${r.source} ${r.target}`);
    expect(applies.sort()).toEqual(["study:s1 method:qualitative-method", "study:s1 theory:liberalism"]);
  });
});

describe("concepts", () => {
  it("maps Indonesian and English terms of the field to one concept", () => {
    const facts = extractText("Kota kembar dan sister city, tata kelola dan governance, kota cerdas dan smart cities.");
    const byKey = new Map<string, string[]>();
    for (const e of facts.entities) byKey.set(e.key, [...(byKey.get(e.key) ?? []), e.alias]);
    expect(byKey.get("concept:sister-city")).toEqual(["Kota kembar", "sister city"]);
    expect(byKey.get("concept:governance")).toEqual(["tata kelola", "governance"]);
    expect(byKey.get("concept:smart-city")).toEqual(["kota cerdas", "smart cities"]);
  });
  it("says a study APPLIES a concept only when it uses it as a tool", () => {
    const used = extractText("Penulis menggunakan konsep diplomasi publik sebagai alat analisis.", "a.txt");
    const named = extractText("Diplomasi publik makin penting di era globalisasi.", "b.txt");
    expect(used.relations.some((r) => r.kind === "APPLIES" && r.target === "concept:public-diplomacy")).toBe(true);
    expect(named.relations.some((r) => r.kind === "APPLIES")).toBe(false);
    expect(named.relations.some((r) => r.kind === "MENTIONS" && r.target === "concept:public-diplomacy")).toBe(true);
  });
});

describe("agreements named after where they were signed", () => {
  it.each([
    [
      "The Helsinki Agreement 2005 gives Aceh the chance to act abroad.",
      "project:helsinki-agreement-2005",
      "city:helsinki",
    ],
    ["Komitmen Indonesia pada Perjanjian Paris terus diuji.", "project:perjanjian-paris", "city:paris"],
    ["Jepang meratifikasi Protokol Kyoto.", "project:protokol-kyoto", "city:kyoto"],
  ])("reads the agreement, not its place: %s", (text, agreement, place) => {
    const keys = entityKeys(text);
    expect(keys).toContain(agreement);
    expect(keys).not.toContain(place);
  });

  it("takes a kind of agreement for no name", () => {
    const keys = entityKeys("The Sister City Agreement and the Peace Agreement were signed in Jakarta.");
    expect(keys.filter((k) => k.startsWith("project:"))).toEqual([]);
  });
});

describe("named events and programmes", () => {
  it.each([
    ["The Youth Exchange Camp 2019 brought students from both cities together.", "project:youth-exchange-camp-2019"],
    ["Festival Budaya Korea 2018 digelar di Surabaya bersama Busan.", "project:festival-budaya-korea-2018"],
    ["Jakarta Japan Matsuri menjadi agenda tahunan kerja sama Jakarta dan Tokyo.", "project:jakarta-japan-matsuri"],
  ])("%s", (text, key) => {
    expect(entityKeys(text)).toContain(key);
  });
  it("takes no place with an event word for an event", () => {
    expect(entityKeys("The Tokyo Forum was held in spring.").filter((k) => k.startsWith("project:"))).toEqual([]);
  });
  it("takes no paper given at a seminar, and no body of the United Nations, for a project", () => {
    const projects = (text: string) => entityKeys(text).filter((k) => k.startsWith("project:"));
    expect(projects("Makalah Seminar Internasional di Kuala Lumpur, 2005.")).toEqual([]);
    expect(projects("Kerja sama didukung United Nation Development Programme di Bogor.")).toEqual([]);
  });
  it("takes a thesis cover's degree for no event, while a cultural show ('Gelar Budaya') is one", () => {
    const projects = (text: string) => entityKeys(text).filter((k) => k.startsWith("project:"));
    expect(projects("Disusun sebagai Syarat untuk Memperoleh Gelar Sarjana pada Departemen Ilmu Politik")).toEqual([]);
    expect(projects("Kota Makassar menggelar Gelar Budaya Makassar 2019 bersama Kitakyushu.")).toEqual([
      "project:gelar-budaya-makassar-2019",
    ]);
  });
});

describe("governments named in English", () => {
  it("keeps the English name as the label, one node with the Indonesian form", () => {
    const facts = extractText(
      "The West Java Provincial Government signed it. Pemerintah Provinsi Jawa Barat menandatanganinya.",
    );
    const govs = facts.entities.filter((e) => e.kind === "Organization");
    expect(new Set(govs.map((e) => e.key))).toEqual(new Set(["organization:pemerintah-provinsi-west-java"]));
    expect(govs.map((e) => e.label)).toEqual(["West Java Provincial Government", "Pemerintah Provinsi Jawa Barat"]);
  });
});

describe("terms as abstracts write them", () => {
  it("reads a concept outside the vocabulary when its proposer is named, quoted or not", () => {
    expect(
      relationLines(
        "Penelitian ini memakai konsep motif paradiplomasi yang diajukan oleh Francisco Aldecoa dan Michael Keating.",
        ["PROPOSED_BY", "APPLIES"],
      ),
    ).toEqual([
      "APPLIES study:fixture concept:motif-paradiplomasi",
      "PROPOSED_BY concept:motif-paradiplomasi person:aldecoa",
      "PROPOSED_BY concept:motif-paradiplomasi person:keating",
    ]);
    expect(
      entityKeys('Ia bertumpu pada konsep "The Predominant Motive of Paradiplomacy" oleh Alexander S. Kuznetsov.'),
    ).toContain("concept:the-predominant-motive-of-paradiplomacy");
    // Without a proposer the words after "konsep" are no name.
    expect(entityKeys("Konsep kerja sama daerah masih baru.").filter((k) => k.startsWith("concept:kerja"))).toEqual([]);
  });

  it("applies a concept named as a tool in a sentence about the study's framework", () => {
    expect(
      relationLines(
        "Kerangka berpikir penelitian ini terdiri atas Konsep Sister City dan Konsep Kepentingan Nasional.",
        ["APPLIES"],
      ),
    ).toEqual(["APPLIES study:fixture concept:national-interest", "APPLIES study:fixture concept:sister-city"]);
    expect(relationLines("Sister city Bandung dan Suwon berjalan baik.", ["APPLIES"])).toEqual([]);
  });

  it("reads methods in the plural and programmes written in lower case", () => {
    const keys = entityKeys(
      "The study relied on literature reviews and field studies, and on the Saemaul Undong program of the province.",
    );
    expect(keys).toEqual(
      expect.arrayContaining(["method:literature-study", "method:field-research", "project:saemaul-undong"]),
    );
  });

  it("reads a holder who goes by one name after the office", () => {
    expect(entityKeys("Pada masa Gubernur Soekarwo kerja sama direafirmasi.")).toContain("person:soekarwo");
    expect(entityKeys("Gubernur Bali menandatangani MoU.").filter((k) => k.startsWith("person:"))).toEqual([]);
  });
});

describe("names in titles set in capitals and in lines wrapped by a PDF", () => {
  it("reads a government, a programme and a partner from a title in capitals over two lines", () => {
    const page =
      "KERJASAMA SISTER PROVINCE PEMERINTAH PROVINSI\nJAWA TENGAH INDONESIA DENGAN FUJIAN TIONGKOK MELALUI PROGRAM SAEMAUL UNDONG\n\n" +
      "Dewi Lestari\n\nABSTRAK\n\nPenelitian ini membahas kerja sama kedua provinsi sejak tahun 2003 dengan metode kualitatif.";
    const keys = entityKeys(page);
    expect(keys).toEqual(
      expect.arrayContaining(["organization:pemerintah-provinsi-central-java", "project:saemaul-undong"]),
    );
    expect(keys.filter((k) => k.includes("indonesia") && k.startsWith("organization:"))).toEqual([]);
  });

  it("reads a name wrapped over two lines of one sentence", () => {
    const text =
      "Penelitian ini mengkaji bagaimana kerja sama yang dijalankan oleh Pemerintah Kota\n" +
      "Surabaya dengan Kota Kitakyushu dalam skema sister city berlangsung sejak 1997.";
    expect(entityKeys(text)).toContain("organization:pemerintah-kota-surabaya");
  });
});

describe("what a study applies", () => {
  it("applies the lenses its keywords list, never the fields of cooperation", () => {
    const page =
      "Penelitian ini membahas kerja sama Surabaya dan Kitakyushu.\n\nKata Kunci: Paradiplomasi, soft power, pariwisata, pendidikan";
    expect(relationLines(page, ["APPLIES"])).toEqual([
      "APPLIES study:fixture concept:paradiplomacy",
      "APPLIES study:fixture concept:soft-power",
    ]);
    expect(
      relationLines("Dengan pendekatan kualitatif, penelitian ini menemukan potensi pariwisata.", ["APPLIES"]),
    ).toEqual(["APPLIES study:fixture method:qualitative-method"]);
  });

  it("applies the concept that names the study's phenomenon, a theoretical basis's list and a framework of", () => {
    const applies = (text: string) => relationLines(text, ["APPLIES"]);
    expect(applies("Gejala ini dikenal dengan sebutan paradiplomasi.")).toEqual([
      "APPLIES study:fixture concept:paradiplomacy",
    ]);
    expect(applies("Most scholars call this phenomenon soft power.")).toEqual([
      "APPLIES study:fixture concept:soft-power",
    ]);
    expect(applies("For its theoretical basis it draws on paradiplomacy and soft power in tourism.")).toEqual([
      "APPLIES study:fixture concept:paradiplomacy",
      "APPLIES study:fixture concept:soft-power",
    ]);
    expect(applies("The partnership was set up within the framework of paradiplomacy.")).toEqual([
      "APPLIES study:fixture concept:paradiplomacy",
    ]);
    expect(applies("Paradiplomacy grew fast in Asia.")).toEqual([]);
  });
});

describe("bodies inside bodies", () => {
  it("reads a faculty and its university as two bodies, the faculty labelled with its university", () => {
    const facts = extractText(
      "Dewi Lestari, Fakultas Ilmu Sosial dan Ilmu Politik Universitas Riau, menulis tentang paradiplomasi.",
    );
    const keys = facts.entities.map((e) => e.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        "organization:universitas-riau",
        "organization:fakultas-ilmu-sosial-dan-ilmu-politik-universitas-riau",
      ]),
    );
    expect(facts.entities.find((e) => e.key.startsWith("organization:fakultas"))!.label).toBe(
      "Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Riau",
    );
  });
});

describe("events named after their places and acronyms", () => {
  it("lets the places an event is named after take part in it, and reads an acronym before 'festival'", () => {
    expect(
      relationLines("Both cities held the Jakarta-Berlin Arts Festival and the JERIN festival.", ["PARTICIPATES_IN"]),
    ).toEqual([
      "PARTICIPATES_IN city:berlin project:jakarta-berlin-arts-festival",
      "PARTICIPATES_IN city:jakarta project:jakarta-berlin-arts-festival",
    ]);
    expect(entityKeys("Both cities held the JERIN festival.")).toContain("project:jerin");
  });
});

describe("proposers and programmes as English abstracts write them", () => {
  it("reads the scholars of 'the X concept, as it was revealed by A and B', and no theory named after them", () => {
    expect(
      relationLines(
        "The Complex Interdependence concept, as it was revealed by Robert Keohane and Joseph Nye, is used.",
        ["PROPOSED_BY"],
      ),
    ).toEqual([
      "PROPOSED_BY theory:complex-interdependence person:keohane",
      "PROPOSED_BY theory:complex-interdependence person:nye",
    ]);
    expect(
      entityKeys(
        "So it stands with the theory of Robert Keohane and Joseph Nye, about Complex Interdependence.",
      ).filter((k) => k.startsWith("theory:robert")),
    ).toEqual([]);
  });

  it("takes a kind of activity for no project: the Exchange Program, a Student Exchange programme", () => {
    expect(
      entityKeys("Officials join the Exchange Program and a Student Exchange programme in Tokyo.").filter((k) =>
        k.startsWith("project:"),
      ),
    ).toEqual([]);
  });

  it("knows an Indonesian city written as one word ('Tanjungpinang')", () => {
    expect(entityKeys("The study compares Tanjungpinang and Johor Bahru as sister cities.")).toContain(
      "city:tanjung-pinang",
    );
  });
});

describe("methods and notions in more of their written forms", () => {
  it("reads bare 'deskriptif', expert interviews, literature, sub-state diplomacy and a twin province", () => {
    const keys = entityKeys(
      "Penelitian ini bersifat deskriptif, dengan expert interviews dan literature. Sub-state diplomacy shapes the twin province.",
    );
    expect(keys).toEqual(
      expect.arrayContaining([
        "method:descriptive-method",
        "method:interview",
        "method:literature-study",
        "concept:subnational-diplomacy",
        "concept:sister-province",
      ]),
    );
  });

  it("keeps a method's whole phrase as written, and reads citizen diplomacy, transnational actors and the Indo-Pacific", () => {
    const facts = extractText(
      "The approach is qualitative and descriptive; data came from reviewing the literature and observation in the field, checked by source triangulation. Citizen diplomacy makes communities transnational actors in the Indo-Pacific.",
    );
    const aliases = new Set(facts.entities.map((e) => `${e.key} ${e.alias}`));
    for (const line of [
      "method:descriptive-qualitative-method qualitative and descriptive",
      "method:literature-study reviewing the literature",
      "method:observation observation in the field",
      "method:triangulation source triangulation",
      "concept:citizen-diplomacy Citizen diplomacy",
      "concept:transnational-actor transnational actors",
      "concept:indo-pacific Indo-Pacific",
    ])
      expect(aliases).toContain(line);
  });
});

describe("governments and agencies named in English titles", () => {
  it("reads the place that ends the run before 'Government', and an agency 'of' a place", () => {
    expect(entityKeys("City Diplomacy Of Jakarta Government In The Environmental Sector")).toContain(
      "organization:pemerintah-kota-jakarta",
    );
    expect(
      entityKeys("The Development Planning Agency of Semarang and Gadjah Mada University took part.").filter((k) =>
        k.startsWith("organization:"),
      ),
    ).toEqual(["organization:development-planning-agency-of-semarang", "organization:gadjah-mada-university"]);
  });
});
