// Research methods, techniques and analysis models of the social sciences, in English and Indonesian.
import type { LexiconEntry } from "./concepts.js";

export const METHODS: LexiconEntry[] = [
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
    forms: ["interview", "interviews", "wawancara", "in depth interview", "in depth interviews", "wawancara mendalam"],
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
    ],
  },
  { label: "Observation", forms: ["observation", "observasi", "participant observation", "observasi partisipan"] },
  { label: "Survey", forms: ["survey", "survei", "questionnaire", "questionnaires", "kuesioner", "angket"] },
  {
    label: "Focus group discussion",
    forms: ["focus group discussion", "focus group", "fgd", "diskusi kelompok terarah"],
  },
  { label: "Content analysis", forms: ["content analysis", "analisis isi", "analisis konten"] },
  { label: "Discourse analysis", forms: ["discourse analysis", "analisis wacana"] },
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
  { label: "Secondary data analysis", forms: ["secondary data", "data sekunder"] },
  { label: "Primary data collection", forms: ["primary data", "data primer"] },
];
