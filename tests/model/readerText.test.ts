// The reader's text of a markdown study: markers left out, emphasis kept as styles, offsets into the stored text.
import { describe, expect, it } from "vitest";
import { readerRuns, readerText } from "../../src/model/index.js";

/** Each run as its text and styles, to read the expectations at a glance. */
const styled = (text: string) =>
  readerRuns(text).map((r) => [
    text.slice(r.start, r.end),
    [r.strong && "strong", r.em && "em", r.code && "code"].filter(Boolean).join(" "),
  ]);

describe("readerText", () => {
  it("leaves out emphasis, code, heading and quote marks and a link's address", () => {
    expect(readerText("# Kerja Sama *Sister City*")).toBe("Kerja Sama Sister City");
    expect(readerText("antara **Jakarta** dan _Berlin_.")).toBe("antara Jakarta dan Berlin.");
    expect(readerText("data dari [Pemprov DKI Jakarta](https://example.org/a_(b)) serta")).toBe(
      "data dari Pemprov DKI Jakarta serta",
    );
    expect(readerText("tata kelola `smart city` dan ``a ` b``")).toBe("tata kelola smart city dan a ` b");
    expect(readerText("> kutipan\n## Abstrak\nteks")).toBe("kutipan\nAbstrak\nteks");
    expect(readerText("![peta](peta.png) Jakarta")).toBe("peta Jakarta");
  });

  it("keeps what is text: snake_case, escaped marks, marks inside code, a lone hash", () => {
    expect(readerText("the file_name_here and #1")).toBe("the file_name_here and #1");
    expect(readerText("2 \\* 3 \\_x\\_")).toBe("2 * 3 _x_");
    expect(readerText("`**bold**`")).toBe("**bold**");
    expect(readerText("plain text")).toBe("plain text");
  });

  it("leaves out an unmatched mark without styling anything", () => {
    expect(styled("a *Sister City sentence.")).toEqual([
      ["a ", ""],
      ["Sister City sentence.", ""],
    ]);
    expect(styled("Sister City* ends here")).toEqual([
      ["Sister City", ""],
      [" ends here", ""],
    ]);
  });

  it("keeps emphasis as styles, nested and tripled", () => {
    expect(styled("a **b *c* d** e")).toEqual([
      ["a ", ""],
      ["b ", "strong"],
      ["c", "strong em"],
      [" d", "strong"],
      [" e", ""],
    ]);
    expect(styled("***both***")).toEqual([["both", "strong em"]]);
    expect(styled("x `y` z")).toEqual([
      ["x ", ""],
      ["y", "code"],
      [" z", ""],
    ]);
  });

  it("gives offsets into the stored text, so a mention found there marks the same words", () => {
    const text = "kerja sama **Jakarta–Berlin** memperkuat";
    const runs = readerRuns(text);
    expect(runs.map((r) => [r.start, r.end])).toEqual([
      [0, 11],
      [13, 27],
      [29, 40],
    ]);
    const jakarta = text.indexOf("Jakarta");
    expect(runs.find((r) => r.start <= jakarta && jakarta < r.end)?.strong).toBe(true);
  });
});
