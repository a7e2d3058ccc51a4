import { describe, expect, it } from "vitest";
import { FrontMatterError, readFrontMatter } from "../../src/studies/frontMatter";

describe("readFrontMatter", () => {
  it("returns no metadata and body offset 0 without front matter", () => {
    expect(readFrontMatter("Penelitian ini...")).toEqual({ meta: {}, bodyStart: 0 });
  });
  it("reads the allowed keys and where the body starts", () => {
    const text = "---\ntitle: Kota Kembar\nyear: 2021\nurl: https://example.org/t\n---\nBody";
    const { meta, bodyStart } = readFrontMatter(text);
    expect(meta).toEqual({ title: "Kota Kembar", year: 2021, url: "https://example.org/t" });
    expect(text.slice(bodyStart)).toBe("Body");
  });
  it.each([
    ["---\ntitle: [unclosed\n---\nBody", /not valid YAML/],
    ["---\ntitle: X\nBody without closing fence", /no closing "---"/],
    ["---\nauthor: X\n---\nBody", /allowed keys/],
    ["---\nyear: twenty\n---\nBody", /"year"/],
    ["---\n- a\n- b\n---\nBody", /mapping/],
  ])("rejects broken front matter clearly: %j", (text, message) => {
    expect(() => readFrontMatter(text)).toThrow(FrontMatterError);
    expect(() => readFrontMatter(text)).toThrow(message);
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<b>x</b>",
    "file:///etc/passwd",
    "ftp://example.org/x",
    "example.org",
  ])("accepts only http(s) addresses and DOIs as url, not %j", (url) => {
    expect(() => readFrontMatter(`---\nurl: "${url}"\n---\nBody`)).toThrow(/"url": only http\(s\) addresses and DOIs/);
  });
  it.each([
    ["10.1016/j.cities.2020.102345", "https://doi.org/10.1016/j.cities.2020.102345"],
    ["doi:10.22146/jsp.31782", "https://doi.org/10.22146/jsp.31782"],
    ["https://doi.org/10.22146/jsp.31782", "https://doi.org/10.22146/jsp.31782"],
    ["http://repository.example.ac.id/123/", "http://repository.example.ac.id/123/"],
  ])("reads %j as the link %j", (url, link) => {
    expect(readFrontMatter(`---\nurl: "${url}"\n---\nBody`).meta.url).toBe(link);
  });
});
