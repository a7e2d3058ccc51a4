// Text from studies is shown as text: a study, a label and an alias carrying HTML show the characters and run nothing.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/viewer/server/staticServer.js";
import { FADED_NODE_COLOR, NODE_COLORS } from "../../src/viewer/core/appearance/palette.js";
import type { GraphFile } from "../../src/model/index.js";
import { STUDY_A, evidenceIn, seedFixture } from "../viewer/fixtures.js";
import { ARTIFACTS, buildViewer, launchChromium, openViewer, serveViewer } from "../support/harness.js";

const PAYLOAD = "<img src=x onerror=alert(1)>";

let browser: Browser;
let server: RunningServer;
let outDir: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  outDir = await buildViewer();
  server = await serveViewer(outDir, seedFixture({ inject: PAYLOAD }));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("viewer safety and drawing details", () => {
  it("shows an HTML payload in a study, a quote, a label and an alias as characters, and runs nothing", async () => {
    const { page, errors, dialogs } = await openViewer(browser, `${server.url}?node=city:berlin`);
    await page.getByTestId("node-panel").waitFor();
    expect(await page.getByTestId("panel-aliases").textContent()).toContain(PAYLOAD);
    const quotes = await page.locator('[data-testid="evidence"]').allTextContents();
    expect(quotes.some((q) => q.includes(PAYLOAD))).toBe(true);
    expect(await page.locator('[data-testid="source-title"]', { hasText: PAYLOAD }).count()).toBe(1);

    // The study itself: its title (a canvas label too) and its whole text.
    await page.locator('[data-testid="source-title"]', { hasText: PAYLOAD }).click();
    await page.getByTestId("study-text").waitFor();
    expect(await page.getByTestId("study-text").textContent()).toContain(PAYLOAD);
    expect(new URL(page.url()).searchParams.get("node")).toBe(STUDY_A);

    // Suggestions show aliases too.
    await page.getByTestId("search").fill("onerror");
    await expect.poll(() => page.getByTestId("search-suggestions").textContent()).toContain(PAYLOAD);
    await page.screenshot({ path: resolve(ARTIFACTS, "08-html-shown-as-text.png") });

    expect(await page.locator("body img").count()).toBe(0);
    await page.waitForTimeout(300); // an onerror handler would have fired by now
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("draws two relations between the same cities as two separate curves", async () => {
    const { page, errors } = await openViewer(browser, server.url);
    const types = await page.evaluate(() => {
      const graph = window.__viewer.app!.view.sigma.getGraph();
      return [
        "SISTER_CITY_OF|city:berlin|city:jakarta",
        "COOPERATES_WITH|city:berlin|city:jakarta",
        "LOCATED_IN|city:tokyo|country:japan",
      ].map((edge) => [graph.getEdgeAttribute(edge, "type"), graph.getEdgeAttribute(edge, "curvature")] as const);
    });
    expect(types[0][0]).toBe("curved");
    expect(types[1][0]).toBe("curved");
    expect(types[0][1]).not.toBe(types[1][1]);
    expect(types[2][0]).toBe("line");

    // Hovering a node highlights it and its neighbours, and fades the rest.
    const pos = await page.evaluate(() => window.__viewer.nodePosition("city:tokyo"));
    const box = await page.getByTestId("graph").boundingBox();
    await page.mouse.move(box!.x + pos!.x, box!.y + pos!.y);
    await expect.poll(() => page.evaluate(() => window.__viewer.app!.store.state.hoveredNode)).toBe("city:tokyo");
    const colors = await page.evaluate(() => {
      const sigma = window.__viewer.app!.view.sigma;
      return {
        tokyo: sigma.getNodeDisplayData("city:tokyo")!.color,
        japan: sigma.getNodeDisplayData("country:japan")!.color,
        berlin: sigma.getNodeDisplayData("city:berlin")!.color,
      };
    });
    expect(colors).toEqual({ tokyo: NODE_COLORS.City, japan: NODE_COLORS.Country, berlin: FADED_NODE_COLOR });
    await page.screenshot({ path: resolve(ARTIFACTS, "09-hover-tokyo.png") });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows what is wrong, not a blank page, when graph.json is invalid", async () => {
    const badFile = join(mkdtempSync(join(tmpdir(), "bad-graph-")), "graph.json");
    writeFileSync(badFile, JSON.stringify({ nodes: "not a graph" }));
    const bad = await serveViewer(outDir, badFile);
    const { page, dialogs } = await openViewer(browser, bad.url);
    expect(await page.evaluate(() => window.__viewer.load)).toBe("error");
    const status = await page.getByTestId("status").textContent();
    expect(status).toContain("graph.json: not a valid graph file");
    expect(status).toMatch(/attributes/);
    expect(dialogs).toEqual([]);
    await page.context().close();
    await bad.close();
  });

  it("wraps a 5,000-character word in every panel instead of widening it", async () => {
    const long = await serveViewer(outDir, longWordFixture());
    const { page, errors } = await openViewer(browser, long.url);
    const panel = page.locator("aside.panel");
    const selections = [
      `?node=${encodeURIComponent(STUDY_A)}`, // the study's title and whole text
      "?node=city:berlin", // an alias, a quote and a source title
      "?node=city:jakarta", // a relation to a node with a long label
      "?node=city:tokyo", // the panel title
      `?edge=${encodeURIComponent("SISTER_CITY_OF|city:jakarta|city:tokyo")}`, // the relation's title and sentence
    ];
    for (const query of selections) {
      await page.goto(`${long.url}${query}`);
      await page.locator('[data-testid="node-panel"], [data-testid="edge-panel"]').waitFor();
      const size = await panel.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
      expect(size.scroll, `${query}: scroll width ${size.scroll} > client width ${size.client}`).toBeLessThanOrEqual(
        size.client + 1,
      );
      // The page itself never scrolls sideways either.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(
        0,
      );
    }
    await page.goto(`${long.url}?node=city:berlin`);
    await page.getByTestId("node-panel").waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, "10-long-word-wrapped.png") });
    expect(errors).toEqual([]);
    await page.context().close();
    await long.close();
  });
});

/** The seed fixture with one unbroken 5,000-character word in a study's title and text, a quote, an alias, a label. */
function longWordFixture(): GraphFile {
  const word = "Kerjasama".repeat(556).slice(0, 5_000);
  const file = seedFixture();
  const study = file.nodes.find((n) => n.key === STUDY_A)!.attributes as { title: string; label: string; text: string };
  study.title = study.label = `Smart Change ${word}`;
  study.text += `\n\nKota kembar ${word} bersama Berlin.`;
  const berlin = file.nodes.find((n) => n.key === "city:berlin")!.attributes;
  berlin.aliases = [...berlin.aliases, word];
  berlin.evidence = [...berlin.evidence, evidenceIn(STUDY_A, study.text, `${word} bersama Berlin`, "Berlin")];
  file.nodes.find((n) => n.key === "city:tokyo")!.attributes.label = `Tokyo${word}`;
  return file;
}
