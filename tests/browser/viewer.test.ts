// The viewer in real headless Chromium on the seed studies' graph: drawing, search, clicks, permalink, filters, map.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readerText } from "../../src/model/index.js";
import { ARTIFACTS, ROOT, drawnPixels, inkedPixels } from "../support/harness.js";
import { browserSuite } from "../support/browserSuite.js";

const GRAPH = resolve(ROOT, "graph-data/graph.json");
const BERLIN_STUDIES = ["study:000_44789724b3adc80f", "study:002_d43d9dfe6668f96b"];
const TOKYO_STUDY = "study:001_4fc1f9810a705175";
/** A seed study's text as the panel shows it: its markdown (`*sistercity*`) read, not printed. */
const studyText = (key: string) =>
  readerText(readFileSync(resolve(ROOT, "graph-data/studies", `${key.slice(6)}.txt`), "utf8"));

const suite = browserSuite({
  seeds: () => {
    if (!existsSync(GRAPH)) execFileSync("npm", ["run", "--silent", "extract"], { cwd: ROOT, stdio: "inherit" });
    return GRAPH;
  },
});
const open = (query = "", locale = "en-US") => suite.open("seeds", query, { locale });

/** Where a node is on the screen, in page coordinates, so the mouse can click it like a person would. */
async function nodeOnScreen(page: Page, node: string): Promise<{ x: number; y: number }> {
  const pos = await page.evaluate((key) => window.__viewer.nodePosition(key), node);
  const box = await page.getByTestId("graph").boundingBox();
  expect(pos, `${node} is drawn`).not.toBeNull();
  return { x: box!.x + pos!.x, y: box!.y + pos!.y };
}

async function evidenceStudies(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="node-panel"] [data-testid="evidence"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute("data-study")!));
}

async function isHidden(page: Page, node: string): Promise<boolean> {
  return page.evaluate((key) => window.__viewer.app!.view.sigma.getNodeDisplayData(key)?.hidden ?? true, node);
}

describe("viewer on the seed studies' graph", () => {
  it("draws the graph on the canvas", async () => {
    const page = await open();
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    await expect.poll(() => page.getByTestId("legend").textContent()).toContain("City");
    await page.screenshot({ path: resolve(ARTIFACTS, "01-overview.png") });
  });

  it("finds Berlin with the search box, selects it and shows the sentences from both Jakarta–Berlin studies", async () => {
    const page = await open();
    await page.getByTestId("search").fill("berl");
    await expect.poll(() => page.getByTestId("suggestion").first().getAttribute("data-node")).toBe("city:berlin");
    await page.keyboard.press("Enter");
    await page.getByTestId("node-panel").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toBe("Berlin");
    expect(new URL(page.url()).searchParams.get("node")).toBe("city:berlin");
    const studies = new Set(await evidenceStudies(page));
    expect([...studies].sort()).toEqual(BERLIN_STUDIES);
    for (const quote of await page.locator('[data-testid="node-panel"] [data-testid="evidence"]').all()) {
      const study = (await quote.getAttribute("data-study"))!;
      expect(studyText(study)).toContain((await quote.textContent())!);
    }
    expect(await page.locator('[data-testid="mention-self"]').first().textContent()).toMatch(/berlin/i);
    // The camera glides to Berlin: zoomed in, with Berlin in the middle of the drawing.
    await expect
      .poll(() => page.evaluate(() => window.__viewer.app!.view.sigma.getCamera().getState().ratio))
      .toBeLessThan(0.7);
    await page.waitForTimeout(450);
    const berlin = await page.evaluate(() => window.__viewer.nodePosition("city:berlin")!);
    const graphBox = (await page.getByTestId("graph").boundingBox())!;
    expect(Math.abs(berlin.x - graphBox.width / 2)).toBeLessThan(graphBox.width / 4);
    await page.screenshot({ path: resolve(ARTIFACTS, "02-search-berlin.png") });
  });

  it("opens a node's panel on a real mouse click at its position, with evidence from the right study", async () => {
    const page = await open();
    const tokyo = await nodeOnScreen(page, "city:tokyo");
    await page.mouse.move(tokyo.x, tokyo.y);
    await page.mouse.click(tokyo.x, tokyo.y);
    await page.getByTestId("node-panel").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toBe("Tokyo");
    const studies = await evidenceStudies(page);
    expect(studies.length).toBeGreaterThan(0);
    expect(new Set(studies)).toEqual(new Set([TOKYO_STUDY]));
    const first = (await page.locator('[data-testid="evidence"]').first().textContent())!;
    expect(studyText(TOKYO_STUDY)).toContain(first);
    await page.screenshot({ path: resolve(ARTIFACTS, "03-click-tokyo.png") });
  });

  it("shows a relation's evidence when the relation itself is clicked on the canvas", async () => {
    const page = await open();
    const edge = "SISTER_CITY_OF|city:jakarta|city:tokyo";
    // A point of the drawn line that nothing else covers (sigma's own picking says which relation is under it).
    const point = await page.evaluate((key) => {
      const sigma = window.__viewer.app!.view.sigma as unknown as {
        getEdgeAtPoint(x: number, y: number): string | null;
      };
      const a = window.__viewer.nodePosition("city:jakarta")!;
      const b = window.__viewer.nodePosition("city:tokyo")!;
      for (let t = 0.3; t <= 0.7; t += 0.02) {
        const p = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
        if (sigma.getEdgeAtPoint(p.x, p.y) === key) return p;
      }
      return null;
    }, edge);
    expect(point, "a clickable point on the Jakarta–Tokyo line").not.toBeNull();
    const box = (await page.getByTestId("graph").boundingBox())!;
    await page.mouse.move(box.x + point!.x, box.y + point!.y);
    await page.mouse.click(box.x + point!.x, box.y + point!.y);
    await page.getByTestId("edge-panel").waitFor();
    expect(new URL(page.url()).searchParams.get("edge")).toBe(edge);
    const studies = await page
      .locator('[data-testid="edge-panel"] [data-testid="evidence"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-study")));
    expect(new Set(studies)).toEqual(new Set([TOKYO_STUDY]));
  });

  it("opens the same panel from a permalink, and shows a relation's evidence and a study's whole text", async () => {
    const page = await open("?node=city:berlin");
    await page.getByTestId("node-panel").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toBe("Berlin");
    expect(new Set(await evidenceStudies(page))).toEqual(new Set(BERLIN_STUDIES));

    const relation = page
      .locator('[data-testid="panel-relations"] [data-kind="SISTER_CITY_OF"] [data-testid="relation"]')
      .first();
    await relation.hover(); // pointing at a relation in the panel highlights it on the canvas
    await expect
      .poll(() => page.evaluate(() => window.__viewer.app!.store.state.hoveredEdge))
      .toBe("SISTER_CITY_OF|city:berlin|city:jakarta");
    await relation.click();
    expect(await page.evaluate(() => window.__viewer.app!.store.state.hoveredEdge)).toBeNull();
    await page.getByTestId("edge-panel").waitFor();
    expect(new URL(page.url()).searchParams.get("edge")).toBe("SISTER_CITY_OF|city:berlin|city:jakarta");
    const edgeStudies = await page
      .locator('[data-testid="edge-panel"] [data-testid="evidence"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-study")));
    expect(new Set(edgeStudies)).toEqual(new Set(BERLIN_STUDIES));
    await page.screenshot({ path: resolve(ARTIFACTS, "04-relation-evidence.png") });

    await page.locator('[data-testid="source-title"]').first().click();
    await page.getByTestId("study-text").waitFor();
    const mention = page.locator('[data-testid="study-text"] mark[data-node="city:berlin"] a').first();
    expect(await mention.textContent()).toMatch(/berlin/i);
    await page.screenshot({ path: resolve(ARTIFACTS, "05-study-text.png") });
    await mention.click();
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Berlin");

    await page.goBack();
    await page.getByTestId("study-text").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("node-panel").waitFor({ state: "detached" });
    expect(new URL(page.url()).searchParams.has("node")).toBe(false);
  });

  it("hides what the filters say, counts it, and keeps the filters in the address", async () => {
    const page = await open();
    const counts = await page.getByTestId("counts").textContent();
    await page.getByTestId("filter-kind-City").uncheck();
    expect(await isHidden(page, "city:berlin")).toBe(true);
    expect(await isHidden(page, "country:japan")).toBe(false);
    expect(await page.getByTestId("counts").textContent()).not.toBe(counts);
    expect(new URL(page.url()).searchParams.get("hideNodeKinds")).toBe("City");
    await page.getByTestId("filter-kind-City").check();

    // Without the two Jakarta–Berlin studies, Berlin has no source left; Tokyo's study still shows Tokyo.
    for (const study of BERLIN_STUDIES) await page.getByTestId(`filter-study-${study}`).uncheck();
    expect(await isHidden(page, "city:berlin")).toBe(true);
    expect(await isHidden(page, "city:tokyo")).toBe(false);
    await page.screenshot({ path: resolve(ARTIFACTS, "06-filter-studies.png") });

    // The shared view comes back the same from its address.
    const again = await open(new URL(page.url()).search);
    expect(await isHidden(again, "city:berlin")).toBe(true);
    expect(await again.getByTestId(`filter-study-${BERLIN_STUDIES[0]}`).isChecked()).toBe(false);

    // A period after the Jakarta–Berlin sister-city study (2017–2020) and before nothing else ends.
    const period = await open("?from=2021&to=2023");
    expect(await period.getByTestId("period-output").textContent()).toBe("2021–2023");
    expect(await isHidden(period, "study:002_d43d9dfe6668f96b")).toBe(true);
    expect(await isHidden(period, TOKYO_STUDY)).toBe(false);
    await period.getByTestId("reset-filters").click();
    expect(await isHidden(period, "study:002_d43d9dfe6668f96b")).toBe(false);
  });

  it("places Jakarta west of Tokyo on the map, over the world outline", async () => {
    const page = await open();
    await page.getByTestId("view-map").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("map");
    const jakarta = await nodeOnScreen(page, "city:jakarta");
    const tokyo = await nodeOnScreen(page, "city:tokyo");
    const berlin = await nodeOnScreen(page, "city:berlin");
    expect(jakarta.x).toBeLessThan(tokyo.x);
    expect(berlin.x).toBeLessThan(jakarta.x);
    expect(berlin.y).toBeLessThan(jakarta.y); // north is up
    expect(await page.evaluate(() => window.__viewer.nodePosition("study:000_44789724b3adc80f"))).toBeNull();
    expect(await drawnPixels(page)).toBeGreaterThan(20_000); // the land is drawn
    await page.screenshot({ path: resolve(ARTIFACTS, "07-map.png") });
    // The PNG export of the map carries the world outline too.
    await page.getByTestId("export").click();
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const file = (await png.path())!;
    await png.saveAs(resolve(ARTIFACTS, "10-exported-map.png"));
    expect(await inkedPixels(page, readFileSync(file))).toBeGreaterThan(20_000);
    await page.getByTestId("view-graph").click();
    expect(await page.evaluate(() => window.__viewer.nodePosition("study:000_44789724b3adc80f"))).not.toBeNull();
  });

  it("speaks Indonesian to an Indonesian browser and switches language", async () => {
    const page = await open("?node=city:jakarta", "id-ID");
    expect(await page.getByTestId("view-map").textContent()).toBe("Peta");
    expect(await page.getByTestId("panel-kind").textContent()).toBe("Kota");
    await page.screenshot({ path: resolve(ARTIFACTS, "11-indonesian.png") });
    expect(await page.getByTestId("search").getAttribute("placeholder")).toMatch(/^Cari/);
    await page.getByTestId("lang").selectOption("en");
    expect(await page.getByTestId("view-map").textContent()).toBe("Map");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
  });

  it("exports the graph as GEXF, GraphML and JSON", async () => {
    const page = await open();
    for (const [format, check] of [
      ["gexf", /<gexf[\s\S]*city:berlin/],
      ["graphml", /<graphml[\s\S]*city:berlin/],
      ["json", /"city:berlin"/],
    ] as const) {
      await page.getByTestId("export").click();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId(`export-${format}`).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`sister-city-graph.${format}`);
      expect(readFileSync((await download.path())!, "utf8")).toMatch(check);
    }
    await page.getByTestId("export").click();
    const [png] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    expect(
      readFileSync((await png.path())!)
        .subarray(1, 4)
        .toString(),
    ).toBe("PNG");
  });
});
