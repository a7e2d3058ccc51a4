// The map view in real headless Chromium: country markers under the cities, the counter of what the map draws,
// sister provinces at their real positions, and the camera fitted to the shown places.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../../src/graph/graphFile.js";
import { serializeGraph } from "../../src/graph/index.js";
import { ARTIFACTS, ROOT } from "../support/harness.js";
import { browserSuite } from "../support/browserSuite.js";
import { SISTER_PROVINCES, sisterProvinceGraph } from "../support/sisterProvinceCorpus.js";

const SEED = resolve(ROOT, "graph-data/graph.json");

const suite = browserSuite({
  seed: () => {
    expect(existsSync(SEED), "the seed graph is built").toBe(true);
    return SEED;
  },
  corpus: () => parseGraphFile(JSON.parse(serializeGraph(sisterProvinceGraph())), "corpus"),
});
const open = (graph: "seed" | "corpus", query = "") => suite.open(graph, query);

/** Where a node is on the screen, in page coordinates; null when the view does not draw it. */
async function onScreen(page: Page, node: string): Promise<{ x: number; y: number } | null> {
  const pos = await page.evaluate((key) => window.__viewer.nodePosition(key), node);
  const box = (await page.getByTestId("graph").boundingBox())!;
  return pos && { x: box.x + pos.x, y: box.y + pos.y };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("map view on the seed graph", () => {
  it("opens Tokyo's panel when Tokyo's position is clicked, though Japan's marker is next to it", async () => {
    const page = await open("seed", "?view=map");
    const tokyo = (await onScreen(page, "city:tokyo"))!;
    const japan = (await onScreen(page, "country:japan"))!;
    // The two markers are close enough to touch at this zoom, which is what the layer order is for.
    expect(distance(tokyo, japan)).toBeLessThan(30);
    await page.mouse.move(tokyo.x, tokyo.y);
    await page.mouse.click(tokyo.x, tokyo.y);
    await page.getByTestId("node-panel").waitFor();
    expect(await page.getByTestId("panel-title").textContent()).toBe("Tokyo");
    await page.screenshot({ path: resolve(ARTIFACTS, "map-01-click-tokyo.png") });
    // With Japan selected (and so raised), Tokyo still takes the click at its own position.
    await page.mouse.click(japan.x, japan.y);
    await page.mouse.click(tokyo.x, tokyo.y);
    await expect.poll(() => page.getByTestId("panel-title").textContent()).toBe("Tokyo");
  });

  it("counts the nodes and relations the map draws, not every node of the graph", async () => {
    const file = JSON.parse(readFileSync(SEED, "utf8")) as {
      nodes: Array<{ key: string; attributes: { lat?: number } }>;
      edges: Array<{ source: string; target: string }>;
    };
    const places = new Set(file.nodes.filter((n) => n.attributes.lat !== undefined).map((n) => n.key));
    const between = file.edges.filter((e) => places.has(e.source) && places.has(e.target)).length;
    const [nodes, edges] = [file.nodes.length, file.edges.length];
    expect(places.size).toBeLessThan(nodes);

    const page = await open("seed");
    expect(await page.getByTestId("counts").textContent()).toBe(
      `${nodes} of ${nodes} nodes, ${edges} of ${edges} relations shown`,
    );
    await page.getByTestId("view-map").click();
    await expect
      .poll(() => page.getByTestId("counts").textContent())
      .toBe(`${places.size} of ${nodes} nodes, ${between} of ${edges} relations on the map`);
    const drawn = await page.evaluate(() => window.__viewer.app!.view.sigma.getGraph().order);
    expect(drawn).toBe(places.size);
    // The legend says the same per kind: no study is on the map.
    const studies = file.nodes.filter((n) => n.key.startsWith("study:")).length;
    const studyCount = page.locator(".filter-row", { has: page.getByTestId("filter-kind-Study") }).locator(".count");
    expect(await studyCount.textContent()).toBe(`0/${studies}`);
    // Hiding the countries takes their markers off the map and out of the count.
    await page.getByTestId("filter-kind-Country").uncheck();
    const countries = file.nodes.filter((n) => n.key.startsWith("country:")).length;
    expect(await page.getByTestId("counts").textContent()).toMatch(
      new RegExp(`^${places.size - countries} of ${nodes} nodes, `),
    );
    await page.getByTestId("view-graph").click();
    await expect.poll(() => page.getByTestId("counts").textContent()).toMatch(/ relations shown$/);
    expect(await studyCount.textContent()).toBe(`${studies}/${studies}`);
  });
});

describe("map view on a corpus of sister provinces", () => {
  it("draws Central Java–Queensland and West Java–Gyeonggi between the provinces' own positions", async () => {
    const page = await open("corpus", "?view=map");
    const box = (await page.getByTestId("graph").boundingBox())!;
    for (const edge of SISTER_PROVINCES) {
      const drawn = await page.evaluate((key) => {
        const { sigma } = window.__viewer.app!.view;
        return sigma.getGraph().hasEdge(key) && !sigma.getEdgeDisplayData(key)?.hidden;
      }, edge);
      expect(drawn, edge).toBe(true);
    }
    const at = async (node: string) => (await onScreen(page, node))!;
    for (const node of ["province:central-java", "province:queensland", "province:west-java", "province:gyeonggi"]) {
      const p = await at(node);
      expect(p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height, node).toBe(true);
    }
    // North up, west left: Gyeonggi (Korea) north of West Java, Queensland south-east of Central Java.
    expect((await at("province:gyeonggi")).y).toBeLessThan((await at("province:west-java")).y);
    expect((await at("province:queensland")).x).toBeGreaterThan((await at("province:central-java")).x);
    expect((await at("province:queensland")).y).toBeGreaterThan((await at("province:central-java")).y);
    // Australia's marker is on its mainland, south-west of Queensland, not in the Timor Sea north-west of it.
    expect((await at("country:australia")).x).toBeLessThan((await at("province:queensland")).x);
    expect((await at("country:australia")).y).toBeGreaterThan((await at("province:queensland")).y);
    await page.screenshot({ path: resolve(ARTIFACTS, "map-02-sister-provinces.png") });
  });

  it("frames the shown places when the map opens, and again with the fit button", async () => {
    const page = await open("corpus");
    await page.getByTestId("view-map").click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("map");
    const box = (await page.getByTestId("graph").boundingBox())!;
    const keys = await page.evaluate(() => window.__viewer.app!.view.sigma.getGraph().nodes());
    const spread = { x: [Infinity, -Infinity], y: [Infinity, -Infinity] };
    for (const key of keys) {
      const p = (await onScreen(page, key))!;
      expect(p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height, key).toBe(true);
      spread.x = [Math.min(spread.x[0], p.x), Math.max(spread.x[1], p.x)];
      spread.y = [Math.min(spread.y[0], p.y), Math.max(spread.y[1], p.y)];
    }
    // The places fill the view one way or the other, instead of a corner of the whole world.
    expect(Math.max((spread.x[1] - spread.x[0]) / box.width, (spread.y[1] - spread.y[0]) / box.height)).toBeGreaterThan(
      0.7,
    );
    const javas = async () =>
      distance((await onScreen(page, "province:central-java"))!, (await onScreen(page, "province:west-java"))!);
    const fitted = await javas();
    expect(fitted).toBeGreaterThan(20);
    await page.screenshot({ path: resolve(ARTIFACTS, "map-03-fitted.png") });

    await page.evaluate(() => window.__viewer.app!.view.sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1 }));
    await expect.poll(javas).toBeLessThan(fitted / 2);
    await page.getByTestId("fit-view").click();
    await expect.poll(async () => Math.abs((await javas()) - fitted)).toBeLessThan(1);

    // In the graph view the button frames the shown nodes: zoomed far in, it brings every one back into view.
    await page.getByTestId("view-graph").click();
    await page.evaluate(() => window.__viewer.app!.view.sigma.getCamera().setState({ x: 0.1, y: 0.1, ratio: 0.1 }));
    await page.getByTestId("fit-view").click();
    const all = await page.evaluate(() => window.__viewer.app!.view.sigma.getGraph().nodes());
    const inView = async () => {
      let n = 0;
      for (const key of all) {
        const p = (await onScreen(page, key))!;
        if (p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height) n++;
      }
      return n;
    };
    await expect.poll(inView).toBe(all.length);
  });
});
