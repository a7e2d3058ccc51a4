// The page opens on the graph's structure and loads the studies' texts after its first frame; a graph of format
// version 1 is loaded whole; a text part that cannot be read is said in the panel, the graph still drawn.
import { resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/viewer/server/staticServer.js";
import { ARTIFACTS, ROOT, buildViewer, launchChromium, serveViewer } from "../support/harness.js";

const SEED = resolve(ROOT, "graph-data/graph.json");
const V1 = resolve(ROOT, "tests/fixtures/graph-v1.json");
let browser: Browser;
let seed: RunningServer;
let v1: RunningServer;

beforeAll(async () => {
  const outDir = await buildViewer();
  [seed, v1] = await Promise.all([serveViewer(outDir, SEED), serveViewer(outDir, V1)]);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await seed?.close();
  await v1?.close();
});

/** Opens the page and gives the files it asked for, once its texts are in (or said to be missing). */
async function openWatched(url: string, brokenPart = false) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, locale: "en-US" });
  const page = await context.newPage();
  const requested: string[] = [];
  const errors: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname.slice(1)));
  page.on("pageerror", (e) => errors.push(e.message));
  if (brokenPart) await page.route("**/graph.texts.0.json", (route) => route.fulfill({ status: 200, body: '["no"]' }));
  await page.goto(url);
  await page.waitForFunction(() => window.__viewer?.textsAt !== undefined || window.__viewer?.load === "error", null, {
    timeout: 30_000,
  });
  return { page, requested: requested.filter((r) => r.endsWith(".json")), errors, context };
}

describe("opening the page", () => {
  it("loads the structure, then the texts in parts, never graph.json whole; quotes are there once loaded", async () => {
    const { page, requested, errors, context } = await openWatched(`${seed.url}?node=city:berlin`);
    expect(requested).toEqual(["graph.page.json", "graph.texts.0.json"]);
    const timing = await page.evaluate(() => ({
      firstFrame: window.__viewer.firstFrameAt!,
      texts: performance.getEntriesByName("viewer:texts-loaded")[0]!.startTime,
    }));
    expect(timing.texts).toBeGreaterThanOrEqual(timing.firstFrame);
    const quotes = await page.getByTestId("evidence").allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.toLowerCase()).toContain("berlin");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("loads a graph of format version 1 whole, and shows its sources", async () => {
    const { page, requested, errors, context } = await openWatched(`${v1.url}?node=city:berlin`);
    expect(requested).toEqual(["graph.page.json", "graph.json"]);
    expect(await page.evaluate(() => window.__viewer.load)).toBe("ready");
    expect((await page.getByTestId("evidence").allTextContents()).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("says in the panel that a part of the texts is not readable, and how to rebuild, the graph still drawn", async () => {
    const { page, context } = await openWatched(`${seed.url}?node=city:berlin`, true);
    expect(await page.evaluate(() => window.__viewer.load)).toBe("ready");
    const status = page.getByTestId("texts-status");
    await status.waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, "texts-not-loaded.png") });
    expect(await status.textContent()).toMatch(
      /The studies' texts could not be loaded.*graph\.texts\.0\.json: not a part of the studies' texts\..*npm run extract/s,
    );
    expect(await page.getByTestId("evidence").count()).toBe(0);
    await context.close();
  });
});
