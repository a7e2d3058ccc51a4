// Indonesian mode names the data too: node labels on the canvas, in the panel and the search, languages in words.
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, ROOT } from "../support/harness.js";
import { browserSuite } from "../support/browserSuite.js";

const GRAPH = resolve(ROOT, "graph-data/graph.json");
const TOKYO_STUDY = "study:001_4fc1f9810a705175";

const suite = browserSuite({ seeds: GRAPH });
const open = (query = "", locale = "en-US") => suite.open("seeds", query, { locale });

/** The label sigma draws for a node (its display data, after the reducers). */
const canvasLabel = (page: Page, node: string) =>
  page.evaluate((key) => window.__viewer.app!.view.sigma.getNodeDisplayData(key)?.label ?? null, node);

describe("Indonesian mode", () => {
  it("names Japan Jepang on the canvas and in the panel, and back to Japan in English", async () => {
    const page = await open("?node=country:japan");
    expect(await canvasLabel(page, "country:japan")).toBe("Japan");
    await page.getByTestId("lang").selectOption("id");
    await expect.poll(() => canvasLabel(page, "country:japan")).toBe("Jepang");
    expect(await page.getByTestId("panel-title").textContent()).toBe("Jepang");
    expect(await page.getByTestId("panel-aliases").textContent()).toBe("Nama lain: Japan");
    // Faded around the selection, the other nodes keep their label in sigma's graph, drawn when nothing is selected.
    const drawnLabel = await page.evaluate(() =>
      window.__viewer.app!.view.sigma.getGraph().getNodeAttribute("concept:sister-city", "label"),
    );
    expect(drawnLabel).toBe("Kota Kembar");
    await page.screenshot({ path: resolve(ARTIFACTS, "langexp-after-indonesian-japan.png") });

    // The search suggests by the Indonesian name, whichever name was typed.
    await page.getByTestId("search").fill("japan");
    const suggestion = page.getByTestId("suggestion").first();
    expect(await suggestion.locator(".suggestion-label").textContent()).toBe("Jepang");
    expect(await suggestion.locator(".muted").textContent()).toBe(" (Japan)");

    await page.getByTestId("lang").selectOption("en");
    await expect.poll(() => canvasLabel(page, "country:japan")).toBe("Japan");
    expect(await page.getByTestId("panel-title").textContent()).toBe("Japan");
  });

  it("names a relation's ends and periods studied, and a study's language, in Indonesian", async () => {
    const page = await open("?edge=SISTER_CITY_OF|city:jakarta|city:tokyo", "id-ID");
    await page.getByTestId("edge-panel").waitFor();
    expect(await page.getByTestId("relation-period").textContent()).toBe("Periode penelitian: 2018–2022");
    expect(await page.getByTestId("relation-period").getAttribute("title")).toMatch(/bukan lama relasi/);
    await page.screenshot({ path: resolve(ARTIFACTS, "langexp-after-indonesian-relation.png") });

    const study = await open(`?node=${TOKYO_STUDY}`, "id-ID");
    await study.getByTestId("study-text").waitFor();
    expect(await study.getByTestId("study-language").textContent()).toBe(
      "Bahasa penelitian: Bahasa Indonesia dan Inggris",
    );
    const english = await open(`?node=${TOKYO_STUDY}&lang=en`, "id-ID");
    await english.getByTestId("study-text").waitFor();
    expect(await english.getByTestId("study-language").textContent()).toBe(
      "Language of the study: Indonesian and English",
    );
    const concept = await open("?node=concept:culture", "id-ID");
    expect(await concept.getByTestId("panel-title").textContent()).toBe("Kebudayaan");
    // The other names once each, whatever their case: "Culture" is the label and an alias.
    expect(await concept.getByTestId("panel-aliases").textContent()).toBe(
      "Nama lain: Culture, budaya, culture exchange",
    );
    await concept.screenshot({ path: resolve(ARTIFACTS, "langexp-after-indonesian-culture.png") });
  });
});
