// The page's downloads take what the page shows: a GEXF exported with Concept and Method hidden holds neither.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { ARTIFACTS, ROOT } from "../support/harness.js";
import { browserSuite } from "../support/browserSuite.js";

const GRAPH = resolve(ROOT, "graph-data/graph.json");

const suite = browserSuite({ seeds: GRAPH });
const open = (query = "") => suite.open("seeds", query);

/** Downloads one format through the export menu, as a person would, and returns the file's text. */
async function download(page: Page, format: string): Promise<string> {
  await page.getByTestId("export").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByTestId(`export-${format}`).click()]);
  expect(file.suggestedFilename()).toBe(`sister-city-graph.${format}`);
  return readFileSync((await file.path())!, "utf8");
}

describe("the page's exports", () => {
  it("take what is shown: with Concept and Method hidden, the GEXF has neither, and says so", async () => {
    const page = await open();
    const whole = parseGexf(Graph, await download(page, "gexf"));

    await page.getByTestId("filter-kind-Concept").uncheck();
    await page.getByTestId("filter-kind-Method").uncheck();
    const text = await download(page, "gexf");
    const shown = parseGexf(Graph, text);
    const kinds = new Set(shown.mapNodes((_, a) => a.kind as string));
    expect(kinds.has("Concept")).toBe(false);
    expect(kinds.has("Method")).toBe(false);
    expect(kinds.has("City")).toBe(true);
    expect(shown.order).toBeLessThan(whole.order);
    expect(shown.size).toBeLessThan(whole.size);
    expect(shown.getAttribute("description")).toContain("hidden node kinds: Concept, Method");

    // The menu says what it exports before the click: what the file holds.
    await page.getByTestId("export").click();
    const scope = await page.getByTestId("export-scope").textContent();
    expect(scope).toBe(`Export what is shown (${shown.order} nodes, ${shown.size} relations)`);
    expect(await page.getByTestId("export").getAttribute("title")).toBe(scope);
    await page.screenshot({ path: resolve(ARTIFACTS, "langexp-after-export-menu.png") });
    await page.getByTestId("export").click(); // closes the menu

    // GraphML the same; the JSON is still a graph file the page can load.
    expect(await download(page, "graphml")).not.toMatch(/concept:|method:/);
    const json = JSON.parse(await download(page, "json"));
    expect(json.nodes.some((n: { key: string }) => n.key.startsWith("concept:"))).toBe(false);
    expect(json.nodes).toHaveLength(shown.order);
  });
});
