// The extract command in the caller's process, as `npm start` runs it: it returns its exit code and never exits.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runExtract } from "../../src/commands/extract.js";

const SEED = "graph-data/studies/001_4fc1f9810a705175.txt";
let dir: string;
let printed: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "scg-command-"));
  printed = [];
  const print = (...parts: unknown[]) => void printed.push(parts.join(" "));
  vi.spyOn(console, "log").mockImplementation(print);
  vi.spyOn(console, "error").mockImplementation(print);
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe("runExtract", () => {
  it("writes the graph and returns 0, then finds it up to date", () => {
    copyFileSync(SEED, join(dir, "s.txt"));
    const out = join(dir, "graph.json");
    expect(runExtract({ in: dir, out })).toBe(0);
    expect(readFileSync(out, "utf8")).toContain('"study:s"');
    expect(runExtract({ in: dir, out, check: true })).toBe(0);
    expect(printed.at(-1)).toMatch(/graph\.json is up to date \(1 studies -> \d+ nodes/);
  });

  it("returns 1 for a bad study after writing the good ones, and 2 for a missing folder", () => {
    copyFileSync(SEED, join(dir, "good.txt"));
    writeFileSync(join(dir, "empty.txt"), "");
    const out = join(dir, "graph.json");
    expect(runExtract({ in: dir, out })).toBe(1);
    expect(printed).toContain(`error: ${dir}/empty.txt is empty`);
    expect(readFileSync(out, "utf8")).toContain('"study:good"');
    expect(runExtract({ in: join(dir, "nope"), out })).toBe(2);
    expect(printed.at(-1)).toMatch(/^extract: cannot read the studies folder .*nope \(ENOENT\)$/);
  });
});
