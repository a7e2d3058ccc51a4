// The set-up the browser test files share: the page built once and served with each of the file's graphs, one
// headless Chromium, and after every test its pages checked for console errors and dialogs, then closed.
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { GraphFile } from "../../src/model/index.js";
import type { RunningServer } from "../../src/viewer/server/staticServer.js";
import { ARTIFACTS, buildViewer, launchChromium, openViewer, serveViewer, type OpenedPage } from "./harness.js";

export interface BrowserSuite<Name extends string> {
  /** Opens the page on one of the suite's graphs and waits until it is ready. */
  open(graph: Name, query?: string, options?: { locale?: string; width?: number; height?: number }): Promise<Page>;
}

/**
 * Registers the hooks of a browser test file. `graphs` name its graphs: a graph.json path or a graph object, or a
 * function giving one, called once before the tests (so that building a corpus counts as set-up, not as a test).
 */
export function browserSuite<Name extends string>(
  graphs: Record<Name, string | GraphFile | (() => string | GraphFile)>,
): BrowserSuite<Name> {
  const servers = new Map<Name, RunningServer>();
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let opened: OpenedPage[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const outDir = await buildViewer();
    for (const [name, graph] of Object.entries(graphs) as Array<[Name, (typeof graphs)[Name]]>)
      servers.set(name, await serveViewer(outDir, typeof graph === "function" ? graph() : graph));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    for (const server of servers.values()) await server.close();
  });

  afterEach(async () => {
    for (const o of opened) {
      expect(o.errors, "console errors").toEqual([]);
      expect(o.dialogs, "dialogs").toEqual([]);
      await o.page.context().close();
    }
    opened = [];
  });

  return {
    async open(graph, query = "", options = {}) {
      const o = await openViewer(browser!, `${servers.get(graph)!.url}${query}`, options);
      opened.push(o);
      expect(await o.page.evaluate(() => window.__viewer.load)).toBe("ready");
      return o.page;
    },
  };
}
