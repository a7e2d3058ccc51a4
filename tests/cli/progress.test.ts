// Progress without a terminal (CI logs): a plain line at each tenth of a step, and nothing at all when quiet.
import { describe, expect, it } from "vitest";
import { progressReporter } from "../../src/cli/progress";

function run(quiet: boolean): string {
  let text = "";
  const stream = { isTTY: false, write: (s: string) => ((text += s), true) } as unknown as NodeJS.WriteStream;
  const report = progressReporter("extract: ", { quiet, unit: "studies", stream });
  for (const step of ["reading studies", "finding mentions"]) for (let i = 1; i <= 1000; i++) report(step, i, 1000);
  return text;
}

describe("progressReporter off a terminal", () => {
  it("writes ten lines a step, the last at 100% of the studies", () => {
    const lines = run(false).trimEnd().split("\n");
    expect(lines).toHaveLength(20);
    expect(lines[0]).toBe("extract: reading studies: 100/1000 studies (10%)");
    expect(lines[9]).toBe("extract: reading studies: 1000/1000 studies (100%)");
    expect(lines[19]).toBe("extract: finding mentions: 1000/1000 studies (100%)");
  });

  it("is silent when quiet", () => {
    expect(run(true)).toBe("");
  });
});
