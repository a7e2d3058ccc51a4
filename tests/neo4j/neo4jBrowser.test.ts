// Neo4j Browser, served by the project's Neo4j: a researcher logs in and runs the documented evidence query.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pushGraph } from "../../src/export/push.js";
import { readGraphFile } from "../../src/graph/graphFile.js";
import { ARTIFACTS, launchChromium, ROOT } from "../support/harness.js";
import { documentedQuery } from "./documentedQueries.js";
import { startTestNeo4j, type TestNeo4j } from "./server.js";

/** A sentence of the seeds that supports Jakarta SISTER_CITY_OF Berlin. */
const SEED_SENTENCE = "Kerjasama sistercity antara DKI Jakarta dan Berlin sendiri sudah berlangsung dari tahun 1994.";

let neo: TestNeo4j;
let browser: Browser;
beforeAll(async () => {
  neo = await startTestNeo4j();
  await neo.wipe();
  await pushGraph(neo.driver, neo.target, readGraphFile(join(ROOT, "graph-data/graph.json")));
  browser = await launchChromium();
}, 30 * 60_000);
afterAll(async () => {
  await browser?.close();
  await neo?.stop();
});

describe("Neo4j Browser", () => {
  it("is served on 127.0.0.1, logs in over Bolt and shows the evidence query's sentences", async () => {
    const url = neo.browserUrl;
    expect(url, "no Neo4j Browser address: with NEO4J_URI, set NEO4J_BROWSER_URL too").toBeDefined();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/browser\/$/);

    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // Only this machine: whatever the page asks of another host (fonts, guides) is refused, not sent.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url!);

    // The connect form, as a person fills it in.
    const address = page.getByTestId("boltaddress");
    await address.waitFor({ timeout: 60_000 });
    const bolt = new URL(neo.target.uri);
    await page.getByTestId("bolt-scheme-select").selectOption("bolt://");
    await address.fill(bolt.host);
    await page.getByTestId("username").fill(neo.target.user);
    await page.getByTestId("password").fill(neo.target.password);
    await page.getByTestId("connect").click();
    await expect
      .poll(() => page.getByText("You are connected as user").count(), { timeout: 30_000 })
      .toBeGreaterThan(0);

    // The evidence query of docs/neo4j.md, typed into the editor and run with Ctrl+Enter.
    await page.getByTestId("activeEditor").click();
    await page.keyboard.insertText(documentedQuery("The evidence query"));
    await page.keyboard.press("Control+Enter");
    const result = page.getByTestId("frame").filter({ hasText: "sentence" }).first();
    await expect.poll(() => result.textContent(), { timeout: 30_000 }).toContain(SEED_SENTENCE);
    expect(await result.textContent()).toContain("study:002_d43d9dfe6668f96b");

    // The row of that sentence, in view for the screenshot.
    const row = result.getByText(SEED_SENTENCE).first();
    await row.scrollIntoViewIfNeeded();
    expect(await row.isVisible()).toBe(true);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, "neo4j-browser-evidence.png") });
    await context.close();
  });
});
