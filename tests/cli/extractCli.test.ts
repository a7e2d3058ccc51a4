// The extract command on real folders: bad studies get a clear message, the others still make the graph.
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
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

const SEED = "graph-data/studies/001_4fc1f9810a705175.txt";
const dirs: string[] = [];

function folder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "scg-cli-"));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

function extract(...args: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/extract.ts", ...args], { encoding: "utf8" });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("npm run extract", () => {
  it("prints help", () => {
    const r = extract("--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("--in DIR");
  });

  it("writes the graph with a summary line per study", () => {
    const dir = folder();
    copyFileSync(SEED, join(dir, "jakarta-tokyo.txt"));
    const out = join(dir, "out", "graph.json");
    const r = extract("--in", dir, "--out", out);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/jakarta-tokyo\.txt\s+\d+ entities\s+\d+ relations/);
    expect(JSON.parse(readFileSync(out, "utf8")).nodes.some((n: { key: string }) => n.key === "city:tokyo")).toBe(true);
    expect(readdirSync(join(dir, "out"))).toEqual(["graph.json"]); // no temporary file left behind
  });

  it("keeps the graph beside its studies without warning about it, and warns about other stray files", () => {
    const dir = folder({ "notes.json": "{}" });
    copyFileSync(SEED, join(dir, "mine.txt"));
    const out = join(dir, "graph.json");
    expect(extract("--in", dir, "--out", out).code).toBe(0);
    const again = extract("--in", dir, "--out", out);
    expect(again.code, again.err).toBe(0);
    expect(again.err).toMatch(/notes\.json is not a \.txt or \.md file/);
    expect(again.err).not.toMatch(/graph\.json/);
  });

  it("names each bad study and its problem, still builds the graph from the good ones, and exits 1", () => {
    const dir = folder({
      "empty.txt": "  \n\n",
      "binary.txt": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]),
      "latin1.txt": Buffer.from("Kerja sama kota M\xfcnchen", "latin1"),
      "big.txt": "a".repeat(2 * 1024 * 1024 + 1),
      "front.md": "---\ntitle: [oops\n---\nPenelitian ini membahas Surabaya.",
      "scan.pdf": "%PDF-1.4",
    });
    copyFileSync(SEED, join(dir, "good.txt"));
    const out = join(dir, "graph.json");
    const r = extract("--in", dir, "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/empty\.txt is empty/);
    expect(r.err).toMatch(/binary\.txt is binary/);
    expect(r.err).toMatch(/latin1\.txt is not valid UTF-8/);
    expect(r.err).toMatch(/big\.txt is 2\.0 MiB, over the 2 MiB limit/);
    expect(r.err).toMatch(/front\.md has broken front matter: front matter is not valid YAML/);
    expect(r.err).toMatch(/scan\.pdf is a PDF/);
    expect(r.err).not.toMatch(/\n\s+at /); // a message, not a stack trace
    const graph = JSON.parse(readFileSync(out, "utf8"));
    expect(graph.nodes.map((n: { key: string }) => n.key)).toContain("study:good");
    expect(graph.nodes.filter((n: { key: string }) => n.key.startsWith("study:"))).toHaveLength(1);
  });

  it("refuses an empty or missing folder with exit 2 and writes nothing", () => {
    const dir = folder();
    const out = join(dir, "graph.json");
    const empty = extract("--in", dir, "--out", out);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain(`no .txt or .md studies in ${dir}`);
    const missing = extract("--in", join(dir, "nope"), "--out", out);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read the studies folder .*nope \(ENOENT\)/);
    expect(existsSync(out)).toBe(false);
  });

  it("keeps the previous graph when every study fails", () => {
    const dir = folder({ "empty.txt": "" });
    const out = join(dir, "graph.json");
    writeFileSync(out, "previous");
    const r = extract("--in", dir, "--out", out);
    expect(r.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("previous");
  });

  it("--check tells a stale graph from a current one", () => {
    const dir = folder();
    copyFileSync(SEED, join(dir, "s.txt"));
    const out = join(dir, "graph.json");
    expect(extract("--in", dir, "--out", out, "--check").code).toBe(1);
    expect(extract("--in", dir, "--out", out).code).toBe(0);
    expect(extract("--in", dir, "--out", out, "--check").code).toBe(0);
  });

  it("names the file of a key clash, a folder and a link out of the folder, and still writes the others, exit 1", () => {
    const dir = folder({ "same.md": readFileSync(SEED, "utf8") });
    copyFileSync(SEED, join(dir, "same.txt"));
    mkdirSync(join(dir, "chapter.txt"));
    symlinkSync("/etc/passwd", join(dir, "passwd.txt"));
    const out = join(dir, "graph.json");
    const r = extract("--in", dir, "--out", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`error: ${dir}/same.txt has the same node key study:same as same.md`);
    expect(r.err).toContain(`error: ${dir}/chapter.txt is a folder, not a study file`);
    expect(r.err).toContain(`error: ${dir}/passwd.txt is a link to a file outside the studies folder`);
    expect(r.err).not.toMatch(/unexpected failure|\n\s+at /);
    const text = readFileSync(out, "utf8");
    expect(text).toContain('"study:same"');
    expect(text).not.toContain("root:x:0");
  });

  it("removes the temporary files that killed runs left beside the graph, and only those", () => {
    const dir = folder();
    copyFileSync(SEED, join(dir, "s.txt"));
    const out = join(dir, "graph.json");
    // A process id above the kernel's maximum (2^22) cannot be running; this test's own process is.
    writeFileSync(`${out}.4194399.tmp`, "half a graph");
    writeFileSync(`${out}.${process.pid}.tmp`, "a write in progress");
    writeFileSync(join(dir, "other.json.4194399.tmp"), "not ours");
    expect(extract("--in", dir, "--out", out).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(
      ["graph.json", `graph.json.${process.pid}.tmp`, "other.json.4194399.tmp", "s.txt"].sort(),
    );
  });

  it("warns once about a study without a title and shows the front matter to add", () => {
    const dir = folder();
    copyFileSync("tests/fixtures/markdown/bandung-suwon-2015.txt", join(dir, "bandung-suwon-2015.txt"));
    copyFileSync(SEED, join(dir, "jakarta-tokyo.txt"));
    const out = join(dir, "graph.json");
    const r = extract("--in", dir, "--out", out);
    expect(r.code, r.err).toBe(0);
    const warnings = r.err.split("\n").filter((line) => line.startsWith("warning: "));
    expect(warnings).toEqual([
      `warning: ${dir}/bandung-suwon-2015.txt: has no title and no authors, so it is labelled "Bandung Suwon 2015" after its file name; to give them, start the file with front matter:`,
    ]);
    expect(r.err).toMatch(/\n\s+---\n\s+title: .+\n\s+authors: \[.+\]\n\s+year: \d{4}\n\s+---\n/);
    expect(r.out).toMatch(/bandung-suwon-2015\.txt.*relations\s+1 warnings/);
    expect(r.out).toMatch(/jakarta-tokyo\.txt.*relations\s+0 warnings/);
    const study = JSON.parse(readFileSync(out, "utf8")).nodes.find(
      (n: { key: string }) => n.key === "study:bandung-suwon-2015",
    );
    expect(study.attributes.label).toBe("Bandung Suwon 2015");
  });

  it("rejects unknown options with the usage", () => {
    const r = extract("--frobnicate");
    expect(r.code).toBe(2);
    expect(r.err).toContain("Usage: npm run extract");
  });
});
