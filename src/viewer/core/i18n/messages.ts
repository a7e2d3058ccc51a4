// The interface in Indonesian and English: one table per language, same keys, and the browser-language default.
import type { EdgeKind, Language, NodeKind } from "../../../model/index.js";

export const LANGS = ["id", "en"] as const;
export type Lang = (typeof LANGS)[number];

const en = {
  title: "Sister-city graph",
  loading: "Loading the graph…",
  loadingTexts: "Loading the studies' texts…",
  textsError: "The studies' texts could not be loaded",
  loadError: "The graph could not be loaded",
  searchPlaceholder: "Search cities, organizations, studies…",
  searchLabel: "Search",
  noMatch: "No match",
  filters: "Filters",
  nodeKinds: "Node kinds",
  relationKinds: "Relations",
  studies: "Studies",
  period: "Period",
  allYears: "All years",
  from: "From",
  to: "To",
  resetFilters: "Show everything",
  shown: "{nodes} of {totalNodes} nodes, {edges} of {totalEdges} relations shown",
  shownOnMap: "{nodes} of {totalNodes} nodes, {edges} of {totalEdges} relations on the map",
  graphView: "Graph",
  mapView: "Map",
  fitView: "Fit to view",
  fitViewHint: "Zoom to show everything drawn",
  mapNoPlaces: "No place with coordinates is shown.",
  exportLabel: "Export",
  exportScope: "Export what is shown ({nodes} nodes, {edges} relations)",
  exportPng: "PNG image",
  exportGexf: "GEXF (Gephi)",
  exportGraphml: "GraphML",
  exportJson: "JSON",
  language: "Language",
  close: "Close",
  kind: "Kind",
  aliases: "Also called",
  relations: "Relations",
  noRelations: "No relation shown.",
  sources: "Sources",
  noSources: "No source sentence.",
  authors: "Authors",
  noAuthors: "authors unknown",
  periodUnknown: "period unknown",
  evidence: "Evidence",
  since: "since {year}",
  periodStudied: "Periods studied",
  periodStudiedHint: "The research periods of the studies that give this relation, joined; not its own duration.",
  inferred: "Inferred from the gazetteer: no sentence states it; the sources name each place.",
  wholeText: "Whole text",
  mentionsCount: "{count} highlighted mentions; click one to open its node.",
  openStudy: "Read the whole study",
  file: "File",
  studyLanguage: "Language of the study",
  hidden: "hidden by the filters",
} as const;

export type MessageKey = keyof typeof en;

export const MESSAGE_KEYS = Object.keys(en) as MessageKey[];

const id: Record<MessageKey, string> = {
  title: "Graf kota kembar",
  loading: "Memuat graf…",
  loadingTexts: "Memuat teks penelitian…",
  textsError: "Teks penelitian tidak dapat dimuat",
  loadError: "Graf tidak dapat dimuat",
  searchPlaceholder: "Cari kota, organisasi, penelitian…",
  searchLabel: "Cari",
  noMatch: "Tidak ditemukan",
  filters: "Filter",
  nodeKinds: "Jenis simpul",
  relationKinds: "Relasi",
  studies: "Penelitian",
  period: "Periode",
  allYears: "Semua tahun",
  from: "Dari",
  to: "Sampai",
  resetFilters: "Tampilkan semua",
  shown: "{nodes} dari {totalNodes} simpul, {edges} dari {totalEdges} relasi ditampilkan",
  shownOnMap: "{nodes} dari {totalNodes} simpul, {edges} dari {totalEdges} relasi di peta",
  graphView: "Graf",
  mapView: "Peta",
  fitView: "Paskan tampilan",
  fitViewHint: "Perbesar agar semua yang tergambar terlihat",
  mapNoPlaces: "Tidak ada tempat berkoordinat yang ditampilkan.",
  exportLabel: "Ekspor",
  exportScope: "Ekspor yang ditampilkan ({nodes} simpul, {edges} relasi)",
  exportPng: "Gambar PNG",
  exportGexf: "GEXF (Gephi)",
  exportGraphml: "GraphML",
  exportJson: "JSON",
  language: "Bahasa",
  close: "Tutup",
  kind: "Jenis",
  aliases: "Nama lain",
  relations: "Relasi",
  noRelations: "Tidak ada relasi yang ditampilkan.",
  sources: "Sumber",
  noSources: "Tidak ada kalimat sumber.",
  authors: "Penulis",
  noAuthors: "penulis tidak diketahui",
  periodUnknown: "periode tidak diketahui",
  evidence: "Bukti",
  since: "sejak {year}",
  periodStudied: "Periode penelitian",
  periodStudiedHint:
    "Gabungan periode penelitian dari penelitian yang menyebut relasi ini; bukan lama relasi itu sendiri.",
  inferred: "Disimpulkan dari gazetir: tidak ada kalimat yang menyatakannya; sumber menyebut masing-masing tempat.",
  wholeText: "Teks lengkap",
  mentionsCount: "{count} sebutan disorot; klik salah satunya untuk membuka simpulnya.",
  openStudy: "Baca penelitian lengkap",
  file: "Berkas",
  studyLanguage: "Bahasa penelitian",
  hidden: "disembunyikan oleh filter",
};

const NODE_KIND_NAMES: Record<Lang, Record<NodeKind, string>> = {
  en: {
    Study: "Study",
    City: "City",
    Province: "Province",
    Country: "Country",
    Organization: "Organization",
    Project: "Project",
    Person: "Person",
    Theory: "Theory",
    Method: "Method",
    Concept: "Concept",
  },
  id: {
    Study: "Penelitian",
    City: "Kota",
    Province: "Provinsi",
    Country: "Negara",
    Organization: "Organisasi",
    Project: "Proyek",
    Person: "Tokoh",
    Theory: "Teori",
    Method: "Metode",
    Concept: "Konsep",
  },
};

const EDGE_KIND_NAMES: Record<Lang, Record<EdgeKind, string>> = {
  en: {
    SISTER_CITY_OF: "sister city of",
    COOPERATES_WITH: "cooperates with",
    LOCATED_IN: "located in",
    PART_OF: "part of",
    FUNDS: "funds",
    PARTICIPATES_IN: "participates in",
    FOCUSES_ON: "focuses on",
    AUTHORED: "authored",
    APPLIES: "applies",
    PROPOSED_BY: "proposed by",
    MENTIONS: "mentions",
  },
  id: {
    SISTER_CITY_OF: "kota kembar dengan",
    COOPERATES_WITH: "bekerja sama dengan",
    LOCATED_IN: "terletak di",
    PART_OF: "bagian dari",
    FUNDS: "mendanai",
    PARTICIPATES_IN: "berpartisipasi dalam",
    FOCUSES_ON: "berfokus pada",
    AUTHORED: "menulis",
    APPLIES: "menerapkan",
    PROPOSED_BY: "dikemukakan oleh",
    MENTIONS: "menyebut",
  },
};

/** A study's language, as the graph file codes it, in words. */
const LANGUAGE_NAMES: Record<Lang, Record<Language, string>> = {
  en: { id: "Indonesian", en: "English", mixed: "Indonesian and English", unknown: "not known" },
  id: {
    id: "Bahasa Indonesia",
    en: "Bahasa Inggris",
    mixed: "Bahasa Indonesia dan Inggris",
    unknown: "tidak diketahui",
  },
};

const TABLES: Record<Lang, Record<MessageKey, string>> = { en, id };

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function nodeKindName(lang: Lang, kind: NodeKind): string {
  return NODE_KIND_NAMES[lang][kind];
}

export function edgeKindName(lang: Lang, kind: EdgeKind): string {
  return EDGE_KIND_NAMES[lang][kind];
}

export function languageName(lang: Lang, language: Language): string {
  return LANGUAGE_NAMES[lang][language];
}

/** Indonesian for browsers set to Indonesian (or Malay, which reads it), English otherwise. */
export function detectLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const base = l.toLowerCase().split("-")[0];
    if (base === "id" || base === "in" || base === "ms") return "id";
    if (base === "en") return "en";
  }
  return "en";
}
