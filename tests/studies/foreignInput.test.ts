// Study files as Windows, macOS and shared folders really hold them: CRLF and CR line endings, UTF-16, decomposed
// accents, folders and special files with study names, links out of the folder, two files with one node key.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { graphOfFolder } from "../../src/pipeline";
import { readStudyFile } from "../../src/studies/readStudyFile";

const SEEDS = "graph-data/studies";
const dirs: string[] = [];
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "scg-input-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Node and edge keys, study metadata, and every evidence checked against its study's text. */
function summary(dir: string) {
  const { graph } = graphOfFolder(dir);
  const texts = new Map<string, string>();
  graph.forEachNode((key, a) => a.kind === "Study" && texts.set(key, a.text));
  const check = (evidence: Array<{ study: string; quote: string; start: number; end: number }>) => {
    for (const e of evidence) expect(texts.get(e.study)!.slice(e.start, e.end)).toBe(e.quote);
  };
  graph.forEachNode((_, a) => check(a.evidence));
  graph.forEachEdge((_, a) => check(a.evidence));
  return {
    nodes: graph.nodes().sort(),
    edges: graph.edges().sort(),
    studies: graph
      .filterNodes((_, a) => a.kind === "Study")
      .map((k) => {
        const a = graph.getNodeAttributes(k) as { title: string; authors: string[]; studentNumber?: string };
        return [k, a.title, a.authors, a.studentNumber];
      }),
  };
}

function copySeeds(transform: (text: string) => string | Buffer): string {
  const dir = folder();
  for (const f of readdirSync(SEEDS)) writeFileSync(join(dir, f), transform(readFileSync(join(SEEDS, f), "utf8")));
  return dir;
}

describe("line endings and encodings", () => {
  const lf = () => summary(copySeeds((t) => t));

  it("reads the seeds saved with Windows line endings (CRLF) into the same graph, authors and numbers included", () => {
    const expected = lf();
    expect(expected.studies.some(([, , authors]) => (authors as string[]).length)).toBe(true);
    expect(summary(copySeeds((t) => t.replace(/\n/g, "\r\n")))).toEqual(expected);
  });

  it("reads the seeds with old Mac line endings (a lone CR) into the same graph", () => {
    expect(summary(copySeeds((t) => t.replace(/\n/g, "\r")))).toEqual(lf());
  });

  it("reads UTF-16 files with a byte-order mark (Notepad's 'Unicode'), little and big endian", () => {
    const expected = lf();
    const le = (t: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, "utf16le")]);
    const be = (t: string) => {
      const b = Buffer.from(t, "utf16le");
      b.swap16();
      return Buffer.concat([Buffer.from([0xfe, 0xff]), b]);
    };
    expect(summary(copySeeds(le))).toEqual(expected);
    expect(summary(copySeeds(be))).toEqual(expected);
  });

  it("reads UTF-16 files without a byte-order mark, little and big endian, into the same graph", () => {
    const expected = lf();
    const be = (t: string) => Buffer.from(t, "utf16le").swap16();
    expect(summary(copySeeds((t) => Buffer.from(t, "utf16le")))).toEqual(expected);
    expect(summary(copySeeds(be))).toEqual(expected);
  });

  describe("one study saved as UTF-16", () => {
    const text = "Kerja sama sister city antara Kota Surabaya dan Kitakyushu, Jepang, dimulai sejak tahun 2012.\n";
    const le = Buffer.from(text, "utf16le");
    const be = Buffer.from(text, "utf16le").swap16();
    const bytes: Record<string, Buffer> = {
      "little endian with a byte-order mark": Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      "big endian with a byte-order mark": Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
      "little endian without a byte-order mark": le,
      "big endian without a byte-order mark": be,
    };
    for (const [how, content] of Object.entries(bytes))
      it(`reads ${how} as its text and finds its places`, () => {
        const dir = folder();
        writeFileSync(join(dir, "s.txt"), content);
        const r = readStudyFile(join(dir, "s.txt"), "s.txt");
        expect(r.ok && r.study.text).toBe(text);
        const { graph, problems } = graphOfFolder(dir);
        expect(problems).toEqual([]);
        expect((graph.getNodeAttributes("study:s") as { text: string }).text).toBe(text);
        expect(graph.hasNode("city:surabaya")).toBe(true);
        expect(graph.hasNode("country:japan")).toBe(true);
      });
  });

  it("still calls binary files binary, even when their NUL bytes fall like UTF-16's", () => {
    const dir = folder();
    // A PNG's header; a table of small 16-bit numbers, a NUL in every other byte as in UTF-16 Latin text.
    writeFileSync(join(dir, "image.txt"), Buffer.from("89504e470d0a1a0a0000000d49484452", "hex"));
    writeFileSync(join(dir, "table.txt"), Buffer.from(Uint16Array.from({ length: 64 }, (_, i) => i + 1).buffer));
    for (const file of ["image.txt", "table.txt"]) {
      const r = readStudyFile(join(dir, file), file);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.problem).toMatch(/^is binary/);
    }
  });

  it("finds places written with decomposed accents, with evidence offsets into the file as written", () => {
    const sentence =
      "Kerja sama sister city antara Kota Surabaya dan Kota Düsseldorf, Jerman, dimulai sejak tahun 2001.";
    const composed = folder();
    const decomposed = folder();
    writeFileSync(join(composed, "s.txt"), sentence.normalize("NFC"));
    writeFileSync(join(decomposed, "s.txt"), sentence.normalize("NFD"));
    const a = summary(composed);
    expect(a.nodes).toContain("city:dusseldorf");
    expect(summary(decomposed)).toEqual(a); // summary() also checks every quote against the decomposed text
    const { graph } = graphOfFolder(decomposed);
    const ev = graph.getNodeAttribute("city:dusseldorf", "evidence")[0];
    const text = (graph.getNodeAttributes("study:s") as { text: string }).text;
    expect(text).toBe(sentence.normalize("NFD"));
    expect(text.slice(ev.mention!.start, ev.mention!.end)).toBe("Düsseldorf".normalize("NFD"));
  });
});

describe("what a folder holds besides studies", () => {
  it("reports two files with the same node key and reads the first and all others", () => {
    const dir = folder();
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[1]), join(dir, "same.txt"));
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[2]), join(dir, "same.md"));
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[0]), join(dir, "a b.txt"));
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[0]), join(dir, "a_b.txt"));
    const { graph, problems } = graphOfFolder(dir);
    const failed = problems.map((p) => [p.file, p.problem]);
    expect(failed).toEqual([
      ["a_b.txt", "has the same node key study:a_b as a b.txt; rename one of the two files"],
      ["same.txt", "has the same node key study:same as same.md; rename one of the two files"],
    ]);
    expect(graph.filterNodes((_, a) => a.kind === "Study").sort()).toEqual(["study:a_b", "study:same"]);
  });

  it("refuses a folder named like a study, a FIFO, a link to a device and a link out of the folder", () => {
    const dir = folder();
    const outside = folder();
    copyFileSync(join(SEEDS, readdirSync(SEEDS)[1]), join(dir, "good.txt"));
    mkdirSync(join(dir, "folder.txt"));
    execFileSync("mkfifo", [join(dir, "pipe.txt")]);
    symlinkSync("/dev/zero", join(dir, "zero.txt"));
    writeFileSync(join(outside, "secret.txt"), "Kerja sama Kota Surabaya dan Kota Kitakyushu.");
    symlinkSync(join(outside, "secret.txt"), join(dir, "secret.txt"));
    symlinkSync(join(dir, "good.txt"), join(dir, "inside.md"));
    symlinkSync(join(dir, "missing"), join(dir, "dangling.txt"));
    const { graph, problems } = graphOfFolder(dir); // a FIFO or /dev/zero would hang or fill memory here
    expect(Object.fromEntries(problems.map((p) => [p.file, p.problem]))).toEqual({
      "dangling.txt": expect.stringMatching(/^is a broken link/),
      "folder.txt": "is a folder, not a study file",
      "pipe.txt": "is not a regular file (a pipe, socket or device); left out",
      "secret.txt": "is a link to a file outside the studies folder; copy the study into the folder instead",
      "zero.txt": "is a link to a file outside the studies folder; copy the study into the folder instead",
    });
    // A link inside the folder is an ordinary study.
    expect(graph.filterNodes((_, a) => a.kind === "Study").sort()).toEqual(["study:good", "study:inside"]);
  });
});
