// Every script's arguments: Node's parser, strict; an unknown option is a usage error with exit 2, never ignored.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseCommandLine, UsageError } from "../../src/cli/args";

const OPTIONS = { out: { type: "string", default: "graph.json" }, quiet: { type: "boolean", default: false } } as const;

describe("parseCommandLine", () => {
  it("reads --name value, --name=value and flags, with defaults", () => {
    expect({ ...parseCommandLine(OPTIONS, ["--out", "a.json", "--quiet"]) }).toEqual({ out: "a.json", quiet: true });
    expect({ ...parseCommandLine(OPTIONS, ["--out=b.json"]) }).toEqual({ out: "b.json", quiet: false });
  });

  it.each([
    [["--frobnicate"], "Unknown option '--frobnicate'"],
    [["stray"], "Unexpected argument 'stray'"],
    [["--out"], "Option '--out <value>' argument missing"],
    [["--quiet=yes"], "Option '--quiet' does not take an argument"],
  ])("refuses %j with a UsageError: %s", (args, message) => {
    expect(() => parseCommandLine(OPTIONS, args)).toThrow(UsageError);
    expect(() => parseCommandLine(OPTIONS, args)).toThrow(message);
  });
});

describe("the scripts", () => {
  it.each(["export-csv", "export-cypher", "push", "neo4j", "start", "eval"])(
    "%s rejects an unknown option with its usage and exit 2",
    (script) => {
      const run = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, "--frobnicate"], {
        encoding: "utf8",
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("Unknown option '--frobnicate'");
      expect(run.stderr).toMatch(/usage: /i);
    },
  );
});
