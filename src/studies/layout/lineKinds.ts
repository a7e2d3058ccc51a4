// What one line of a study's header is: an abstract heading, a student number, keywords, an affiliation, prose.

/** "Abstrak", "ABSTRACT", "Abstract:" alone on a line (the whole sentence, for callers that test sentences). */
export const ABSTRACT_HEADING = /^(abstrak|abstract|abstraksi|ringkasan|intisari|summary)\s*:?$/i;

/** The heading alone, or followed on its line by the abstract after ":", "." or a dash ("Abstract—In …"). */
const HEADING_LINE =
  /^(?:abstrak|abstract|abstraksi|ringkasan|intisari|summary)\s*(?:[:.]?$|[:.—–]\s*\S|-\s+\S|\s+(?=\p{Lu}\p{Ll}))/iu;

export function isHeadingLine(line: string): boolean {
  return HEADING_LINE.test(line.trim());
}

/** "Kata Kunci:", "Kata-kata kunci:", "Keywords:", "Key words —". */
export const KEYWORDS = /^(kata(?:[\s-]*kata)?[\s-]*kunci|keywords?|key\s+words)\s*[:—–]/i;

const NUMBER_PREFIX =
  /^(?:NIM|NPM|NRP|NIRM|NIS|Nomor\s+Induk\s+Mahasiswa|No\.?\s*(?:Pokok\s+)?Mahasiswa|No\.?\s*Mhs|Student\s+(?:ID|Number|No)|Matriculation\s+No)\.?\s*[.:]?\s*(\d[\d.\-/ ]{3,18}\d)$/i;
const BARE_NUMBER = /^(\d{6,15})$/;
/** A faculty's letter code before the number, as many universities write it: "E 131 111 113", "B1A019001". */
const CODED_NUMBER = /^([A-Z]{1,2}[ .]?\d[\dA-Z .\-/]{3,18}\d)$/;
const codedNumber = (t: string) => {
  const m = CODED_NUMBER.exec(t);
  const digits = m?.[1].replace(/\D/g, "").length ?? 0;
  const letters = m?.[1].replace(/[^A-Z]/g, "").length ?? 0;
  return m && digits >= 6 && letters <= 3 ? m : null;
};

/**
 * The student number of a line "NIM: 1710412055", "Nim. 1302045182", "No. Mahasiswa: 17/4120/55", a bare number or
 * one with its faculty's letters ("E 131 111 113").
 */
export function studentNumberIn(line: string): string | undefined {
  const t = line.trim();
  return (NUMBER_PREFIX.exec(t) ?? BARE_NUMBER.exec(t) ?? codedNumber(t))?.[1];
}

// Words of an affiliation, an address, a journal's running head or the article's dates: never an author's line.
const AFFILIATION =
  /\b(universitas|university|universiti|fakultas|faculty|program(?:me)?\s+(?:studi|study)|prodi|jurusan|department|departemen|institut|institute|sekolah\s+tinggi|school\s+of|college|politeknik|polytechnic|akademi|academy|laborator(?:ium|y)|pusat\s+studi|centre|center|kementerian|ministry|initiative|foundation|yayasan|lembaga|jalan|street|kampus|campus|corresponding|korespondensi|received|accepted|revised|published|diterima|disetujui|direvisi|dipublikasikan|diterbitkan|available\s+online|tersedia\s+online|doi|e-?issn|p-?issn|issn|isbn|e-?mail|surel|http|www\.|volume|vol\.|proceedings?|prosiding|conference|konferensi|seminar|copyright|hak\s+cipta|jurnal|journal)\b|\b(?:univ|dept|fak|jl|kec|kab)\.|@|©|\b\d{5}\b/i;

/** A line of affiliation, address, contact, dates or journal data ("¹Universitas Andalas", "Received: 2 May 2021"). */
export function isAffiliationLine(line: string): boolean {
  return AFFILIATION.test(line) || /^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]|\d{1,2}(?:\s*,\s*\d{1,2})*\s*\)?\s*\p{Lu})/u.test(line);
}

const INSTITUTION_FIRST =
  /^(?:universitas|university|universiti|fakultas|faculty|program(?:me)?\s+studi|prodi|jurusan|department|departemen|institut|institute|sekolah\s+tinggi|school\s+of|politeknik|kementerian|ministry)\b/i;

/** A line that opens with an institution ("UNIVERSITAS …", "Faculty of …"): a cover's letterhead, never a title. */
export function isInstitutionLine(line: string): boolean {
  return INSTITUTION_FIRST.test(line.trim());
}

/** A cover page's document type, printed above the title: "SKRIPSI", "Research Article", "Artikel Penelitian". */
const DOCUMENT_TYPE =
  /^(?:skripsi|tesis|thesis|disertasi|dissertation|tugas\s+akhir|(?:original\s+|research\s+|review\s+)?article|artikel(?:\s+(?:penelitian|ilmiah))?|research\s+paper|naskah\s+publikasi|jurnal\s+ilmiah)$/i;

/** A line of the journal's running head (volume, issue, conference, ISSN) or a document-type line. */
export function isRunningHeadLine(line: string): boolean {
  const t = line.trim();
  return (
    DOCUMENT_TYPE.test(t) ||
    /\b(vol(?:ume)?\.?\s*\d|no\.\s*\d|issn|doi|proceedings?|prosiding|conference|konferensi|jurnal|journal|http|www\.)/i.test(
      t,
    )
  );
}

const words = (line: string) => line.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];

/** Share of words that begin in lower case: high in prose, low in titles, names and affiliations. */
function lowerShare(ws: string[]): number {
  return ws.length ? ws.filter((w) => /^\p{Ll}/u.test(w)).length / ws.length : 0;
}

/**
 * A line of running prose: many words, most of them in lower case, and it ends a sentence, runs on into the next
 * line in lower case, or is long. A title in sentence case is rarely that long and has no full stop.
 */
/** How abstracts open ("Penelitian ini …", "This study …"): such a line begins the abstract, never a title. */
const ABSTRACT_OPENING =
  /^(?:(?:penelitian|tulisan|artikel|kajian|studi|riset|makalah|skripsi|tesis)\s+ini|tujuan\s+(?:dari\s+)?penelitian|(?:this|the\s+present)\s+(?:study|research|article|paper|thesis|work)|the\s+(?:aim|purpose|objective)\s+of\s+this)\b/i;

export function isProseLine(line: string, next = ""): boolean {
  const ws = words(line);
  if (ws.length >= 6 && ABSTRACT_OPENING.test(line.trim())) return true;
  if (ws.length < 8 || lowerShare(ws) < 0.5) return false;
  return /[.!?;,]["'”’)]*$/.test(line.trim()) || /^\p{Ll}/u.test(next.trim()) || ws.length >= 20;
}

/** A paragraph that is surely the abstract: at least 20 words, mostly lower case, with a full stop. */
export function isSubstantialProse(line: string): boolean {
  const ws = words(line);
  return ws.length >= 20 && lowerShare(ws) >= 0.5 && /[.!?](\s|$)/.test(line);
}

/** Every letter of the line is a capital (and it has letters): a title, a heading or a name set in capitals. */
export function isAllCaps(line: string): boolean {
  return /\p{Lu}/u.test(line) && line === line.toUpperCase();
}
