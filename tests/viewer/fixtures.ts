// A small graph built by hand from the three seed studies' real text, for the viewer's unit and browser tests.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  FORMAT_VERSION,
  GRAPH_OPTIONS,
  GraphFile,
  type EdgeKind,
  type Evidence,
  type NodeKind,
} from "../../src/model/index.js";

const STUDIES_DIR = resolve(import.meta.dirname, "../../graph-data/studies");

export const STUDY_A = "study:000_44789724b3adc80f"; // Smart Change, Jakarta and Berlin, 2019-2023
export const STUDY_B = "study:001_4fc1f9810a705175"; // Jakarta-Tokyo, culture, 2018-2022
export const STUDY_C = "study:002_d43d9dfe6668f96b"; // Jakarta-Berlin sister city, smart city, 2017-2020

/** The sentence of `text` that contains `phrase`, with `word` inside it as the mention. */
export function evidenceIn(study: string, text: string, phrase: string, word: string): Evidence {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`fixture: "${phrase}" is not in ${study}`);
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1])) start--;
  while (text[start] === " ") start++;
  let end = at + phrase.length;
  while (end < text.length && !/[.!?\n]/.test(text[end])) end++;
  if (text[end] === ".") end++;
  const quote = text.slice(start, end);
  const w = quote.indexOf(word);
  if (w < 0) throw new Error(`fixture: "${word}" is not in the sentence "${quote}"`);
  return { study, quote, start, end, mention: { start: start + w, end: start + w + word.length } };
}

export interface FixtureOptions {
  /** Text put at the start of study A and into Berlin's alias and a quote, to check nothing runs as HTML. */
  inject?: string;
  /** The studies' whole titles as their first pages print them, one with its words glued together as a PDF can. */
  longTitles?: boolean;
}

/** Study titles as long as the real ones: the sidebar must fit them, wrapped, beside their checkboxes. */
export const LONG_TITLES: Record<string, string> = {
  [STUDY_A]:
    "ParadiplomasiJakartadanBerlindalamproyekSmartChangeyangmerupakanhasilkolaborasiantaraKotaJakartadanBerlin",
  [STUDY_B]:
    "DINAMIKA PARADIPLOMASI KOTA JAKARTA-TOKYO DALAM KERANGKA SISTER CITY DI BIDANG KEBUDAYAAN PADA TAHUN 2018- 2022",
  [STUDY_C]:
    "KERJASAMA SISTERCITY DKI JAKARTA – BERLIN DALAM MEMBANGUN TATA KELOLA SMART CITY DI DKI JAKARTA PERIODE TAHUN 2017 – 2020",
};

export function seedFixture({ inject, longTitles }: FixtureOptions = {}): GraphFile {
  const texts: Record<string, string> = {};
  for (const key of [STUDY_A, STUDY_B, STUDY_C])
    texts[key] = readFileSync(resolve(STUDIES_DIR, `${key.slice(6)}.txt`), "utf8");
  if (inject) texts[STUDY_A] = `${inject} menjadi contoh. ${texts[STUDY_A]}`;
  const ev = (study: string, phrase: string, word: string) => evidenceIn(study, texts[study], phrase, word);

  const file: GraphFile = {
    attributes: { name: "viewer test fixture", formatVersion: FORMAT_VERSION },
    options: GRAPH_OPTIONS,
    nodes: [],
    edges: [],
  };
  const study = (
    key: string,
    shortTitle: string,
    authors: string[],
    from: number,
    to: number,
    x: number,
    y: number,
  ) => {
    const title = longTitles ? LONG_TITLES[key] : shortTitle;
    file.nodes.push({
      key,
      attributes: {
        kind: "Study",
        label: title,
        aliases: [],
        evidence: [],
        x,
        y,
        file: `${key.slice(6)}.txt`,
        title,
        authors,
        period: { from, to },
        language: "id",
        text: texts[key],
      },
    });
  };
  const entity = (
    kind: Exclude<NodeKind, "Study">,
    key: string,
    label: string,
    aliases: string[],
    evidence: Evidence[],
    x: number,
    y: number,
    geo?: [number, number],
  ) =>
    file.nodes.push({
      key,
      attributes: { kind, label, aliases, evidence, x, y, ...(geo ? { lat: geo[0], lon: geo[1] } : {}) },
    });
  const edge = (kind: EdgeKind, source: string, target: string, evidence: Evidence[]) =>
    file.edges.push({ key: `${kind}|${source}|${target}`, source, target, attributes: { kind, evidence } });

  study(
    STUDY_A,
    inject ? `Smart Change ${inject}` : "Paradiplomasi Jakarta dan Berlin dalam proyek Smart Change",
    ["Penulis A"],
    2019,
    2023,
    0,
    10,
  );
  study(STUDY_B, "Dinamika paradiplomasi Kota Jakarta-Tokyo", ["Ahdika Rayhan Ardiansyah"], 2018, 2022, 30, -10);
  study(STUDY_C, "Kerjasama sistercity DKI Jakarta – Berlin", ["Rizki Fitrayansyah"], 2017, 2020, -30, -10);

  const jakartaA = ev(STUDY_A, "kolaborasi antara Kota Jakarta dan Berlin", "Jakarta");
  const berlinA = ev(STUDY_A, "kolaborasi antara Kota Jakarta dan Berlin", "Berlin");
  const berlinC = ev(STUDY_C, "Kerjasama *sistercity* antara DKI Jakarta dan Berlin sendiri", "Berlin");
  const jakartaB = ev(STUDY_B, "antara kota Jakarta, Indonesia dan Kota Tokyo", "Jakarta");
  const tokyoB = ev(STUDY_B, "antara kota Jakarta, Indonesia dan Kota Tokyo", "Tokyo");
  const jakartaC = ev(STUDY_C, "Kerjasama *sistercity* antara DKI Jakarta dan Berlin sendiri", "DKI Jakarta");
  const berlinEvidence = inject ? [berlinA, berlinC, ev(STUDY_A, inject, inject.slice(0, 4))] : [berlinA, berlinC];

  entity(
    "City",
    "city:jakarta",
    "Jakarta",
    ["DKI Jakarta", "Kota Jakarta"],
    [jakartaA, jakartaB, jakartaC],
    0,
    0,
    [-6.2146, 106.8451],
  );
  entity(
    "City",
    "city:berlin",
    inject ? `Berlin` : "Berlin",
    inject ? [inject] : [],
    berlinEvidence,
    -20,
    5,
    [52.5244, 13.4105],
  );
  entity("City", "city:tokyo", "Tokyo", ["Kota Tokyo"], [tokyoB], 20, 5, [35.6895, 139.6917]);
  entity(
    "Country",
    "country:indonesia",
    "Indonesia",
    [],
    [ev(STUDY_B, "kota Jakarta, Indonesia", "Indonesia")],
    5,
    -20,
    [-5, 120],
  );
  entity(
    "Country",
    "country:japan",
    "Japan",
    ["Jepang"],
    [ev(STUDY_B, "Kota Tokyo, Jepang", "Jepang")],
    28,
    20,
    [35.68, 139.76],
  );
  entity(
    "Project",
    "project:smart-change",
    "Smart Change",
    ["proyek Smart Change"],
    [ev(STUDY_A, "dalam proyek Smart Change, yang", "Smart Change")],
    -10,
    18,
  );

  edge("SISTER_CITY_OF", "city:berlin", "city:jakarta", [
    ev(STUDY_A, "memperlengkapi pembangunan melalui Kota Kembar bersama Berlin", "Kota Kembar"),
    berlinC,
  ]);
  edge("SISTER_CITY_OF", "city:jakarta", "city:tokyo", [
    ev(STUDY_B, "Kerja sama *Sister City* antara kota Jakarta dan kota Tokyo", "Sister City"),
  ]);
  edge("LOCATED_IN", "city:jakarta", "country:indonesia", [ev(STUDY_B, "kota Jakarta, Indonesia", "Indonesia")]);
  edge("LOCATED_IN", "city:tokyo", "country:japan", [ev(STUDY_B, "Kota Tokyo, Jepang", "Jepang")]);
  edge("PARTICIPATES_IN", "city:jakarta", "project:smart-change", [
    ev(STUDY_A, "dalam proyek Smart Change, yang", "Smart Change"),
  ]);
  edge("PARTICIPATES_IN", "city:berlin", "project:smart-change", [
    ev(STUDY_A, "dalam proyek Smart Change, yang", "Smart Change"),
  ]);
  // A second relation between the same two cities, drawn as a separate curve.
  edge("COOPERATES_WITH", "city:berlin", "city:jakarta", [
    ev(STUDY_A, "implementasi paradiplomasi antara Jakarta dan Berlin", "Berlin"),
  ]);
  for (const s of [STUDY_A, STUDY_C]) edge("MENTIONS", s, "city:berlin", [s === STUDY_A ? berlinA : berlinC]);
  edge("MENTIONS", STUDY_B, "city:tokyo", [tokyoB]);
  return GraphFile.parse(file);
}
