// Reads the names on an author line of a study's header, each with its exact offsets, marks and titles left out.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import id from "i18n-iso-countries/langs/id.json";
import { isAffiliationLine, isInstitutionLine } from "./lineKinds.js";

countries.registerLocale(en);
countries.registerLocale(id);

interface NameSpan {
  /** Offsets of the name in the line's string (add the line's start for offsets in the file). */
  start: number;
  end: number;
  /** The name is one word ("Surwandono"). */
  oneWord: boolean;
  /** The name is set in capitals ("DEWI LESTARI"). */
  caps: boolean;
}

export interface AuthorLine {
  names: NameSpan[];
  /** The line carried affiliation marks ("Lestari¹", "Putra2", "Santoso*"). */
  marked: boolean;
  /** The names are followed on their line by an affiliation ("Dewi Lestari, Universitas Nusantara Raya"). */
  affiliated: boolean;
}

// Affiliation marks glued to a name or standing alone: superscripts, daggers, "1", "1,2", "a", "1)".
const SUPERSCRIPT = "¹²³⁴⁵⁶⁷⁸⁹⁰ᵃᵇᶜᵈᵉᶠ⁺*†‡§¶#";
const GLUED_MARK = new RegExp(
  `(?<=\\p{L}\\.?)(?:[${SUPERSCRIPT}\\d]+(?:[,’'][${SUPERSCRIPT}\\d]+)*\\)?)(?=[\\s,;&]|$)`,
  "gu",
);
const LOOSE_MARK = new RegExp(
  `(?<=\\s|^)(?:[${SUPERSCRIPT}]+|\\d{1,2}\\)?|[a-f])(?:,(?:[${SUPERSCRIPT}]+|\\d{1,2}|[a-f]))*(?=[\\s,;&]|$)`,
  "gu",
);
const LEAD = /^(?:(?:di\s*susun|di\s*tulis)\s+oleh|oleh|by|penulis|authors?|nama(?:\s+mahasiswa)?|names?)\s*:?\s*/i;
const SEPARATOR = /[,;&|/·•]|\s(?:dan|and|DAN|AND)(?=\s)/gu;

// Titles written before a name ("Dr.", "Prof. Dr.") and degrees after it ("S.IP", "M.Si", "M.A.", "Ph.D").
const PREFIX_TITLE = /^(?:(?:prof|dr|drs|dra|drg|ir|hj|kh|mr|mrs|ms|hon|rev|assoc|asst)\.?)+$/i;
const DEGREE_WORD = new Set(
  "ma mba mpa mpp msc msi ms mm mt mh mhum mpd mkom mag mphil mres llm llb phd dphil edd ba bsc se sh st sip ssos spd skom sag sfil shum lc psi cand kom".split(
    " ",
  ),
);
function isDegree(token: string): boolean {
  const t = token.replace(/[.,]+$/, "");
  // "S.IP", "M.Si", "M.A", "Ph.D", "S.I.Kom", "M.Soc.Sc": letters with inner dots (a lone "R." is an initial).
  if (/^(?:\p{Lu}\p{L}{0,3}\.)+\p{L}{1,5}$/u.test(t)) return true;
  return DEGREE_WORD.has(t.replace(/\./g, "").toLowerCase()) && !/^\p{Lu}\p{Ll}+$/u.test(t.replace(/\./g, ""));
}

// Words no name is made of: organizations, places, headings, journal data, and the small words of a title.
const NOT_NAME = new Set(
  (
    "universitas university universiti univ fakultas faculty jurusan program programme prodi studi study studies " +
    "department departemen dept institut institute institution sekolah school college politeknik polytechnic akademi " +
    "academy pusat center centre laboratorium laboratory kementerian ministry pemerintah pemprov pemkot pemkab " +
    "government kota city kabupaten regency provinsi province negara bagian state daerah region regional republik " +
    "republic jalan jl street road kampus campus gedung building ilmu hubungan internasional international relations " +
    "politik political sosial social science sciences ekonomi economics hukum law research initiative foundation " +
    "yayasan lembaga badan dinas agency barat timur utara selatan tengah west east north south central " +
    "abstrak abstract abstraksi ringkasan intisari summary keywords keyword kata kunci skripsi tesis thesis disertasi " +
    "dissertation jurnal journal volume vol issn doi email received accepted revised published diterima disetujui " +
    "artikel article corresponding author authors penulis introduction pendahuluan staf staff pengajar dosen " +
    "lecturer lecturers mahasiswa student students peneliti researcher " +
    "the of and in on for to with from at as into through between among within toward towards its their " +
    "dan di dalam dengan untuk pada ke dari yang sebagai antara terhadap melalui atas bagi serta tentang menuju " +
    "kasus case analisis analysis implementasi implementation kerja sama kerjasama cooperation partnership sister " +
    "diplomasi diplomacy paradiplomasi paradiplomacy peran role strategi strategy kebijakan policy"
  ).split(" "),
);
const PARTICLE = new Set("bin binti bt van von de der den da del della dos du la le al el ibn".split(" "));

// A word of a name: "Dewi", "O'Neil", "Al-Fatih", "DEWI", an initial "R." or "R", a short form "Moh.", "Muh.".
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{Lu}'’-]*|\p{Lu}\p{Ll}{0,3}\.)$/u;

/**
 * The names of an author line: "Dewi Lestari¹, Rahmat Putra²", "A dan B", "A; B; C", "Dr. Budi Santoso, M.Si.",
 * "Oleh: Siti Aminah", "Dewi Lestari, Universitas Nusantara Raya". Undefined when any other part of the line is not a name: an affiliation, a place, a title, a
 * sentence. `line` is the masked text of the line, so offsets in it are offsets in the file's line.
 */
export function readAuthorLine(line: string): AuthorLine | undefined {
  let marked = false;
  const blank = (m: string) => {
    marked = true;
    return " ".repeat(m.length);
  };
  let w = line.replace(GLUED_MARK, blank).replace(LOOSE_MARK, blank);
  w = w.replace(LEAD, (m) => " ".repeat(m.length));
  // An e-mail address beside a name ("Dewi Lestari (dewi@example.ac.id)") is no part of it.
  w = w.replace(/\(?[^\s()@,;]+@[^\s()@,;]+\)?/g, (m) => " ".repeat(m.length));
  // A student number in brackets after the name ("Sarlince Kamba Ipu (18320014)") is no part of it.
  w = w.replace(/\(\s*\d{6,15}\s*\)\s*$/, (m) => " ".repeat(m.length));
  if (/[\d@:()[\]{}"“”!?]/u.test(w)) return undefined;
  const names: NameSpan[] = [];
  let from = 0;
  SEPARATOR.lastIndex = 0;
  const parts: Array<[number, number]> = [];
  for (let m = SEPARATOR.exec(w); m; m = SEPARATOR.exec(w)) {
    parts.push([from, m.index]);
    from = m.index + m[0].length;
  }
  parts.push([from, w.length]);
  // Initials only ("F", "M.Y", "S. D."), and not a degree written the same way ("S.E", "S.H", "M.A").
  const initialsOnly = (k: number) => {
    if (k >= parts.length) return false;
    const part = w.slice(parts[k][0], parts[k][1]).trim();
    return /^(?:\p{Lu}\.?\s*){1,3}$/u.test(part) && !DEGREE_WORD.has(part.replace(/[.\s]/g, "").toLowerCase());
  };
  // Surnames with initials after them: a line of two or more is a reference list's way of naming its authors.
  const pairs = parts.filter((_, k) => k > 0 && initialsOnly(k) && !initialsOnly(k - 1)).length;
  for (let k = 0; k < parts.length; k++) {
    const [s, e] = parts[k];
    // After the names, the rest of the line may be the affiliation.
    if (names.length && isAffiliationLine(w.slice(s))) return { names, marked, affiliated: true };
    const tokens = [...w.slice(s, e).matchAll(/\S+/g)].map((m) => ({
      text: m[0],
      start: s + m.index!,
      end: s + m.index! + m[0].length,
    }));
    // "Alia Rizka Mansyur Universitas Muhammadiyah Malang": an affiliation may follow the name with no comma.
    const institution = tokens.findIndex((t, i) => i >= 2 && isInstitutionLine(w.slice(t.start)));
    if (institution > 0) tokens.length = institution;
    // "Munir, F., Yani, M.Y": initials after a comma complete the surname before them, as a reference list writes it.
    const prev = names[names.length - 1];
    if (prev && tokens.length && initialsOnly(k)) {
      prev.end = tokens[tokens.length - 1].end;
      prev.oneWord = false;
      continue;
    }
    while (tokens.length && PREFIX_TITLE.test(tokens[0].text)) tokens.shift();
    while (tokens.length && isDegree(tokens[tokens.length - 1].text)) tokens.pop();
    // A part of titles only ("S.IP., M.Si.") or left empty (marks, an e-mail) is no name, and no reason to refuse.
    if (!tokens.length) continue;
    // A trailing comma or full stop belongs to the line, not the name (but an initial keeps its dot).
    const last = tokens[tokens.length - 1];
    if (/[,;]$/.test(last.text) || (/\.$/.test(last.text) && !NAME_WORD.test(last.text))) {
      last.text = last.text.slice(0, -1);
      last.end--;
    }
    const name = w.slice(tokens[0].start, last.end);
    // A surname before its initials may be a word that is elsewhere no name ("Negara, S. D.").
    const surname = tokens.length === 1 && NAME_WORD.test(tokens[0].text) && initialsOnly(k + 1) && pairs >= 2;
    if (!(surname || isName(tokens.map((t) => t.text))) || isCountry(name)) return undefined;
    const caps = tokens.every((t) => t.text.replace(/[^\p{L}]/gu, "").length <= 1 || isCapsWord(t.text));
    names.push({ start: tokens[0].start, end: last.end, oneWord: tokens.length === 1, caps });
    if (institution > 0) return { names, marked, affiliated: true };
  }
  return names.length ? { names, marked, affiliated: false } : undefined;
}

const isCapsWord = (t: string) => /\p{Lu}{2}/u.test(t) && t === t.toUpperCase();

function isName(tokens: string[]): boolean {
  if (tokens.length > 6) return false;
  if (!tokens.some((t) => t.replace(/[^\p{L}]/gu, "").length >= 2)) return false;
  return tokens.every((t, i) => {
    const lower = t.toLowerCase().replace(/\.$/, "");
    if (NOT_NAME.has(lower)) return false;
    if (PARTICLE.has(t)) return i > 0 && i < tokens.length - 1;
    return NAME_WORD.test(t);
  });
}

function isCountry(name: string): boolean {
  const n = name.replace(/\s+/g, " ");
  return Boolean(countries.getAlpha2Code(n, "en") ?? countries.getAlpha2Code(n, "id"));
}
