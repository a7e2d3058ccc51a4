// Studies written in markdown read as a reader sees them in the panels, with mentions marked on the right words; a study
// without a title is drawn with the short label its file name gives.
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../../src/graph/graphFile.js";
import { serializeGraph } from "../../src/graph/index.js";
import { graphOfFolder } from "../../src/pipeline.js";
import { ARTIFACTS, ROOT } from "../support/harness.js";
import { browserSuite } from "../support/browserSuite.js";

const MARKDOWN_STUDY = "study:jakarta-berlin-smart-city";
const BARE_STUDY = "study:bandung-suwon-2015";
/** What markdown leaves in text shown raw: emphasis, code and heading marks, a link's brackets and address. */
const MARKERS = /[*`#]|_Berlin_|\]\(|https:/;

const suite = browserSuite({
  markdown: () =>
    parseGraphFile(
      JSON.parse(serializeGraph(graphOfFolder(resolve(ROOT, "tests/fixtures/markdown")).graph)),
      "markdown",
    ),
});
const open = (query: string) => suite.open("markdown", query);

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe("a study written in markdown", () => {
  it("shows its whole text without markers, emphasis as emphasis, each mention on its own words", async () => {
    const page = await open(`?node=${MARKDOWN_STUDY}`);
    await page.getByTestId("study-text").waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, "markdown-study-panel.png") });
    const text = (await page.getByTestId("study-text").textContent())!;
    expect(text).toContain("kerja sama Sister City antara Jakarta dan Berlin sejak tahun 1994.");
    expect(text).toContain("data dari Pemprov DKI Jakarta serta");
    expect(text).not.toMatch(MARKERS);
    expect(await page.getByTestId("panel-title").textContent()).not.toMatch(MARKERS);

    const study = page.getByTestId("study-text");
    expect(await study.locator("strong").allTextContents()).toEqual(
      expect.arrayContaining(["Smart City", "Jakarta", "paradiplomasi", "–"]),
    );
    expect(await study.locator("em").allTextContents()).toEqual(["Sister City", "Sister City", "Berlin"]);
    expect(await study.locator("code").allTextContents()).toEqual(["smart city"]);
    expect(new Set(await texts(page, '[data-testid="study-text"] mark[data-node="city:berlin"]'))).toEqual(
      new Set(["Berlin"]),
    );
    expect(new Set(await texts(page, '[data-testid="study-text"] mark[data-node="city:jakarta"]'))).toEqual(
      new Set(["Jakarta"]),
    );
    expect(
      await texts(page, '[data-testid="study-text"] mark[data-node="organization:pemerintah-provinsi-jakarta"]'),
    ).toEqual(["Pemprov DKI Jakarta"]);
  });

  it("shows its sentences in a place's sources without markers, the place marked", async () => {
    const page = await open("?node=city:berlin");
    await page.getByTestId("node-panel").waitFor();
    const quotes = page.locator(`[data-testid="evidence"][data-study="${MARKDOWN_STUDY}"]`);
    await quotes.first().waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, "markdown-evidence-panel.png") });
    const sentences = await quotes.allTextContents();
    expect(sentences).toHaveLength(3);
    for (const sentence of sentences) expect(sentence).not.toMatch(MARKERS);
    expect(sentences).toContain(
      "Tulisan ini mengkaji kerja sama Sister City antara Jakarta dan Berlin sejak tahun 1994.",
    );
    expect(await quotes.locator('[data-testid="mention-self"]').allTextContents()).toEqual([
      "Berlin",
      "Berlin",
      "Berlin",
    ]);
  });
});

describe("a study without a title", () => {
  it("is drawn and headed with the label its file name gives", async () => {
    const page = await open(`?node=${BARE_STUDY}`);
    await page.getByTestId("node-panel").waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, "untitled-study-label.png") });
    expect(await page.getByTestId("panel-title").textContent()).toBe("Bandung Suwon 2015");
    const drawn = await page.evaluate(
      (key) => window.__viewer.app!.view.sigma.getGraph().getNodeAttribute(key, "label"),
      BARE_STUDY,
    );
    expect(drawn).toBe("Bandung Suwon 2015");
  });
});
