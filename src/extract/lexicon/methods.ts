// Research methods, techniques and analysis models of the social sciences, in English and Indonesian.
import type { LexiconEntry } from "./concepts.js";

const ENTRIES: LexiconEntry[] = [
  {
    label: "Descriptive qualitative method",
    forms: [
      "kualitatif deskriptif",
      "deskriptif kualitatif",
      "descriptive qualitative",
      "qualitative descriptive",
      "qualitative descriptive method",
      "descriptive qualitative method",
      "metode kualitatif deskriptif",
      "metode deskriptif kualitatif",
      "penelitian kualitatif deskriptif",
      "penelitian deskriptif kualitatif",
      "qualitative descriptive research",
      "descriptive qualitative research",
      "qualitative descriptive approach",
      "descriptive qualitative approach",
      "pendekatan kualitatif deskriptif",
      "pendekatan deskriptif kualitatif",
    ],
  },
  {
    label: "Qualitative method",
    forms: [
      "qualitative",
      "kualitatif",
      "qualitative method",
      "qualitative research",
      "metode kualitatif",
      "penelitian kualitatif",
      "pendekatan kualitatif",
      "qualitative approach",
      "qualitative analysis",
      "qualitative data analysis",
      "analisis kualitatif",
      "analisis data kualitatif",
      "kualitatif analitis",
      "qualitative analytical",
      "qualitative analytical approach",
    ],
  },
  {
    label: "Quantitative method",
    forms: [
      "quantitative",
      "kuantitatif",
      "quantitative method",
      "metode kuantitatif",
      "penelitian kuantitatif",
      "pendekatan kuantitatif",
    ],
  },
  { label: "Mixed methods", forms: ["mixed methods", "mixed method", "metode campuran", "mixed methods research"] },
  {
    label: "Descriptive analysis",
    forms: [
      "deskriptif analitis",
      "deskriptif analisis",
      "analisis deskriptif",
      "descriptive analysis",
      "analitis deskriptif",
      "descriptive analytical",
      "descriptive analytic",
      "descriptive analysis",
      "analisis deskriptif",
    ],
  },
  {
    label: "Explanatory research",
    forms: ["eksplanatif", "eksplanatori", "explanatory", "explanatory research", "penelitian eksplanatif"],
  },
  { label: "Case study", forms: ["case study", "case studies", "studi kasus"] },
  {
    label: "Comparative study",
    forms: [
      "comparative study",
      "comparative analysis",
      "studi komparatif",
      "studi perbandingan",
      "analisis komparatif",
    ],
  },
  {
    label: "Literature study",
    forms: [
      "literature",
      "literatur",
      "literatures",
      "literature study",
      "literature review",
      "library research",
      "studi pustaka",
      "studi kepustakaan",
      "studi literatur",
      "kajian pustaka",
      "tinjauan pustaka",
      "desk research",
    ],
  },
  {
    label: "Interview",
    forms: [
      "interview",
      "interviews",
      "wawancara",
      "in depth interview",
      "in depth interviews",
      "wawancara mendalam",
      "expert interviews",
      "interviews with experts",
      "wawancara ahli",
      "interviewing",
    ],
  },
  {
    label: "Document analysis",
    forms: [
      "document analysis",
      "documentary analysis",
      "analisis dokumen",
      "studi dokumen",
      "studi dokumentasi",
      "dokumentasi",
      "documentation",
      "documentation study",
      "documentation studies",
      "document review",
      "document study",
      "telaah dokumen",
      "official documents",
      "collection of documents",
      "document collection",
      "pengumpulan dokumen",
      "document based research",
      "penelitian berbasis dokumen",
    ],
  },
  { label: "Observation", forms: ["observation", "observasi", "participant observation", "observasi partisipan"] },
  { label: "Survey", forms: ["survey", "survei", "questionnaire", "questionnaires", "kuesioner", "angket"] },
  {
    label: "Focus group discussion",
    forms: ["focus group discussion", "focus group", "fgd", "diskusi kelompok terarah"],
  },
  { label: "Content analysis", forms: ["content analysis", "analisis isi", "analisis konten"] },
  {
    label: "Discourse analysis",
    forms: ["discourse analysis", "analisis wacana", "analisis diskursus", "diskursus analisis"],
  },
  { label: "Thematic analysis", forms: ["thematic analysis", "analisis tematik"] },
  { label: "Process tracing", forms: ["process tracing"] },
  { label: "SWOT analysis", forms: ["swot", "swot analysis", "analisis swot"] },
  {
    label: "Triangulation",
    forms: ["triangulation", "triangulasi", "data triangulation", "triangulasi data", "triangulasi sumber"],
  },
  { label: "Purposive sampling", forms: ["purposive sampling", "purposive"] },
  { label: "Snowball sampling", forms: ["snowball sampling"] },
  {
    label: "Regression analysis",
    forms: ["regression analysis", "analisis regresi", "regresi linear", "linear regression"],
  },
  {
    label: "Interactive analysis model",
    forms: ["interactive model", "model interaktif", "analisis interaktif", "interactive analysis"],
  },
  {
    label: "Secondary data analysis",
    forms: ["secondary data", "data sekunder", "collection of secondary data", "secondary data collection"],
  },
  {
    label: "Online data search",
    forms: [
      "penelusuran data online",
      "penelusuran online",
      "internet research",
      "online research",
      "penelusuran internet",
    ],
  },
  {
    label: "Descriptive method",
    forms: [
      "descriptive",
      "deskriptif",
      "descriptive type",
      "tipe penelitian deskriptif",
      "pendekatan deskriptif",
      "descriptive approach",
      "descriptive method",
      "metode deskriptif",
      "descriptive research",
      "penelitian deskriptif",
    ],
  },
  {
    label: "Field research",
    forms: ["field research", "fieldwork", "field work", "field study", "penelitian lapangan", "studi lapangan"],
  },
  {
    label: "Normative legal research",
    forms: [
      "normative legal research",
      "normative juridical",
      "juridical normative",
      "normative research",
      "penelitian normatif",
      "penelitian hukum normatif",
      "yuridis normatif",
      "normatif yuridis",
    ],
  },
  {
    label: "Empirical legal research",
    forms: [
      "empirical legal research",
      "empirical juridical",
      "juridical empirical",
      "juridical empiric",
      "penelitian hukum empiris",
      "yuridis empiris",
      "empiris yuridis",
    ],
  },
  { label: "Primary data collection", forms: ["primary data", "data primer"] },
];

/** Spellings Indonesian writers use side by side: "analisa" for "analisis", "kwalitatif" for "kualitatif". */
const VARIANTS: Array<[RegExp, string]> = [
  [/\banalisis\b/g, "analisa"],
  [/\bkualitatif\b/g, "kwalitatif"],
];

/** The English plural of a form's last word: "field studies", "literature reviews", "interviews". */
function plural(form: string): string {
  if (!/^[a-z -]+$/.test(form) || /s$/.test(form)) return form;
  if (/[^aeiou]y$/.test(form)) return `${form.slice(0, -1)}ies`;
  return /(x|sh|ch)$/.test(form) ? `${form}es` : `${form}s`;
}

export const METHODS: LexiconEntry[] = ENTRIES.map((e) => ({
  ...e,
  forms: [...new Set(e.forms.flatMap((f) => [f, plural(f), ...VARIANTS.map(([re, to]) => f.replace(re, to))]))],
}));
