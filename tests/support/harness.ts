// Shared by the browser tests and the viewer benchmark: build the page once, serve it, drive Debian's Chromium.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type Browser, type ConsoleMessage, type Page } from "playwright-core";
import { build } from "vite";
import { compactGraph, graphFileText, type GraphFile } from "../../src/model/index.js";
import { startStaticServer, type RunningServer } from "../../src/viewer/server/staticServer.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const ARTIFACTS = resolve(ROOT, "artifacts/browser");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Builds the page into a fresh temporary folder, so tests never touch dist/ or each other. */
export async function buildViewer(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "viewer-build-"));
  await build({
    root: ROOT,
    configFile: resolve(ROOT, "vite.config.ts"),
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/**
 * Serves a built page with `graph` (a path, or a graph in memory written to a temporary file as `npm run extract`
 * writes one) as its graph.json.
 */
export async function serveViewer(outDir: string, graph: string | GraphFile): Promise<RunningServer> {
  let graphFile = typeof graph === "string" ? graph : "";
  if (typeof graph !== "string") {
    graphFile = join(mkdtempSync(join(tmpdir(), "viewer-graph-")), "graph.json");
    writeFileSync(graphFile, graphFileText(compactGraph(graph)));
  }
  return startStaticServer({ root: outDir, graphFile });
}

/**
 * Headless Chromium without a GPU: WebGL goes through SwiftShader, which sigma needs. No network beyond the page's
 * own loopback server.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--use-angle=swiftshader",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-dev-shm-usage",
      ...(process.env.VIEWER_CHROMIUM_ARGS?.split(" ").filter(Boolean) ?? []),
    ],
  });
}

export interface OpenedPage {
  page: Page;
  /** Console errors and uncaught exceptions seen so far. */
  errors: string[];
  /** Dialogs (alert, confirm) that the page tried to open: must stay empty. */
  dialogs: string[];
}

export async function openViewer(
  browser: Browser,
  url: string,
  options: { locale?: string; width?: number; height?: number } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    locale: options.locale ?? "en-US",
    viewport: { width: options.width ?? 1400, height: options.height ?? 850 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (msg: ConsoleMessage) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  await page.waitForFunction(
    () =>
      (window.__viewer?.load !== "loading" &&
        window.__viewer?.firstFrameAt !== undefined &&
        window.__viewer?.textsAt !== undefined) ||
      window.__viewer?.load === "error",
    null,
    { timeout: 30_000 },
  );
  return { page, errors, dialogs };
}

/** How many pixels of the graph canvases differ from white: sigma draws on several transparent layers. */
export async function drawnPixels(page: Page): Promise<number> {
  return inkedPixels(page, await page.locator('[data-testid="graph"]').screenshot());
}

/** How many pixels of a PNG are not (nearly) white, decoded by the page's own image decoder. */
export async function inkedPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, img.width, img.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 245 || data[i + 1] < 245 || data[i + 2] < 245) n++;
    return n;
  }, png.toString("base64"));
}
