// What the viewer's files may do: never parse HTML, import only the model and the export formats, core never views.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

describe("boundaries", () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
  const viewerFiles = files(resolve(import.meta.dirname, "../../src/viewer")).filter((f) => f.endsWith(".ts"));
  it("never parses strings as HTML", () => {
    for (const f of viewerFiles)
      expect(readFileSync(f, "utf8"), f).not.toMatch(
        /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/,
      );
  });
  it("imports from the rest of src/ only the model and the export formats, and the core never imports views", () => {
    const src = resolve(import.meta.dirname, "../../src");
    const allowed = ["model", "export/formats", "viewer"].map((dir) => join(src, dir) + sep);
    for (const f of viewerFiles) {
      const text = readFileSync(f, "utf8");
      for (const [, path] of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]*)"/g)) {
        const target = resolve(dirname(f), path);
        expect(
          allowed.some((dir) => target.startsWith(dir)),
          `${f} imports ${path}`,
        ).toBe(true);
      }
      if (f.includes("/core/")) expect(text, f).not.toMatch(/from "[./]*\/views\//);
    }
  });
  it("bundles export formats that import no node: module and nothing from src/ but the model", () => {
    const formats = resolve(import.meta.dirname, "../../src/export/formats");
    const model = resolve(import.meta.dirname, "../../src/model") + sep;
    for (const f of files(formats).filter((f) => f.endsWith(".ts"))) {
      const text = readFileSync(f, "utf8");
      expect(text, f).not.toMatch(/(?:from|import)\s*\(?\s*"node:/);
      for (const [, path] of text.matchAll(/(?:from|import)\s*\(?\s*"(\.[^"]*)"/g)) {
        const target = resolve(dirname(f), path);
        expect(target.startsWith(formats + sep) || target.startsWith(model), `${f} imports ${path}`).toBe(true);
      }
    }
  });
});
