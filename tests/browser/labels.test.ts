// Canvas labels at 1400×850: the key places are labelled on the first view, of the seeds and of a nine-study corpus,
// studies have short labels, labels neither overlap nor run off the canvas, and the exported PNG carries a legend.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serializeGraph } from "../../src/graph/graphFile.js";
import { NODE_COLORS } from "../../src/viewer/core/appearance/palette.js";
import { graphOfFolder } from "../../src/pipeline.js";
import { ARTIFACTS, ROOT } from "../support/harness.js";
import { browserSuite } from "../support/browserSuite.js";

const SEED_GRAPH = resolve(ROOT, "graph-data/graph.json");
/** The seed graph has no node for Germany (the seeds name Berlin, not its country); these are its places. */
const SEED_PLACES = ["city:jakarta", "city:berlin", "city:tokyo", "country:indonesia", "country:japan"];
const NINE_PLACES = [
  ...SEED_PLACES,
  "city:surabaya",
  "city:kyoto",
  "city:seattle",
  "province:central-java",
  "province:west-java",
];

let nineGraphFile: string;

interface GraphFile {
  nodes: Array<{ key: string; attributes: { kind: string; label: string } }>;
}

/** The three seed studies and the six unseen ones (Surabaya, Kyoto, Seattle, Central and West Java, Denpasar). */
function buildNineStudyGraph(): string {
  const dir = mkdtempSync(join(tmpdir(), "nine-studies-"));
  for (const from of ["graph-data/studies", "tests/fixtures/unseen"])
    for (const file of readdirSync(resolve(ROOT, from))) copyFileSync(resolve(ROOT, from, file), join(dir, file));
  const { graph, listing, problems } = graphOfFolder(dir);
  expect(listing.files).toHaveLength(9);
  expect(problems).toEqual([]);
  const out = join(dir, "graph.json");
  writeFileSync(out, serializeGraph(graph));
  return out;
}

const suite = browserSuite({ seeds: SEED_GRAPH, nine: () => (nineGraphFile = buildNineStudyGraph()) });
const open = (graph: "seeds" | "nine", query = "") => suite.open(graph, query, { width: 1400, height: 850 });

const displayedLabels = (page: Page) =>
  page.evaluate(() => [...window.__viewer.app!.view.sigma.getNodeDisplayedLabels()].sort());

interface DrawnLabel {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The node labels as sigma draws them: one render with the labels canvas's fillText recorded, so the boxes are the
 * drawn text's own, whoever placed it.
 */
function drawnLabels(page: Page) {
  return page.evaluate(() => {
    const sigma = window.__viewer.app!.view.sigma;
    const ctx = sigma.getCanvases().labels.getContext("2d")!;
    const labels: DrawnLabel[] = [];
    ctx.fillText = function (text: string, x: number, y: number) {
      const m = this.measureText(text);
      labels.push({
        text,
        left: x - m.actualBoundingBoxLeft,
        right: x + m.actualBoundingBoxRight,
        top: y - m.actualBoundingBoxAscent,
        bottom: y + m.actualBoundingBoxDescent,
      });
      CanvasRenderingContext2D.prototype.fillText.call(this, text, x, y);
    };
    sigma.refresh();
    delete (ctx as Partial<CanvasRenderingContext2D>).fillText;
    return { labels, ...sigma.getDimensions() };
  });
}

function overlaps(labels: DrawnLabel[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const [a, b] = [labels[i], labels[j]];
      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
        found.push(`${a.text} / ${b.text}`);
    }
  return found;
}

async function expectTidyLabels(page: Page): Promise<void> {
  const { labels, width, height } = await drawnLabels(page);
  expect(labels.length).toBeGreaterThan(5);
  expect(overlaps(labels), "labels drawn over each other").toEqual([]);
  const outside = labels.filter((l) => l.left < 0 || l.right > width || l.top < 0 || l.bottom > height);
  expect(
    outside.map((l) => l.text),
    "labels cut at the canvas's edge",
  ).toEqual([]);
}

describe("canvas labels", () => {
  it("labels the seeds' places, Berlin and Indonesia included, without overlaps or cut labels", async () => {
    const page = await open("seeds");
    await page.screenshot({ path: resolve(ARTIFACTS, "labels-seeds.png") });
    const shown = await displayedLabels(page);
    expect(SEED_PLACES.filter((key) => !shown.includes(key))).toEqual([]);
    await expectTidyLabels(page);
  });

  it("labels the key places of a nine-study corpus, without overlaps or cut labels", async () => {
    const page = await open("nine");
    await page.screenshot({ path: resolve(ARTIFACTS, "labels-nine-studies.png") });
    const shown = await displayedLabels(page);
    expect(NINE_PLACES.filter((key) => !shown.includes(key))).toEqual([]);
    await expectTidyLabels(page);
  });

  it("keeps the labels tidy once the camera has glided to a selected node, the panel open", async () => {
    const page = await open("nine", "?node=city:surabaya");
    await page.getByTestId("node-panel").waitFor();
    await expect
      .poll(() => page.evaluate(() => window.__viewer.app!.view.sigma.getCamera().getState().ratio))
      .toBe(0.6);
    await page.waitForTimeout(300);
    await page.screenshot({ path: resolve(ARTIFACTS, "labels-selected-surabaya.png") });
    const shown = await displayedLabels(page);
    expect(["city:surabaya", "city:seattle", "city:kitakyushu"].filter((key) => !shown.includes(key))).toEqual([]);
    await expectTidyLabels(page);
  });

  it("labels the places on the map opened from its address", async () => {
    const page = await open("nine", "?view=map");
    await page.screenshot({ path: resolve(ARTIFACTS, "labels-map-nine-studies.png") });
    const shown = await displayedLabels(page);
    // At the world's scale Java's and Japan's places sit on one another; the places far apart are all labelled.
    const apart = ["city:seattle", "city:berlin", "city:jakarta", "city:mossel-bay", "province:queensland"];
    expect(apart.filter((key) => !shown.includes(key))).toEqual([]);
    await expectTidyLabels(page);
  });

  it("gives studies short labels on the canvas and keeps the whole title in the panel", async () => {
    const page = await open("nine");
    const file = JSON.parse(readFileSync(nineGraphFile, "utf8")) as GraphFile;
    const studies = await page.evaluate(
      (keys) => keys.map((key) => ({ key, drawn: window.__viewer.app!.view.sigma.getNodeDisplayData(key)!.label })),
      file.nodes.filter((n) => n.attributes.kind === "Study").map((n) => n.key),
    );
    expect(studies).toHaveLength(9);
    for (const study of studies) {
      expect(study.drawn!.length, study.drawn!).toBeLessThanOrEqual(28);
      expect(study.drawn!.split(/\s+/).length, study.drawn!).toBeLessThanOrEqual(4);
    }
    // The Jakarta–Berlin thesis names its author: the canvas says who and when.
    expect(studies.find((s) => s.key === "study:002_d43d9dfe6668f96b")!.drawn).toBe("Fitrayansyah 2017–2020");
    const full = await open("nine", "?node=study:002_d43d9dfe6668f96b");
    await full.getByTestId("node-panel").waitFor();
    expect(await full.getByTestId("panel-title").textContent()).toBe(
      file.nodes.find((n) => n.key === "study:002_d43d9dfe6668f96b")!.attributes.label,
    );
  });

  it("exports a PNG with the view's labels and a legend of the node kinds and their colours", async () => {
    const page = await open("nine");
    await page.getByTestId("export").click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    const png = readFileSync((await download.path())!);
    await download.saveAs(resolve(ARTIFACTS, "labels-exported-nine-studies.png"));
    const file = JSON.parse(readFileSync(nineGraphFile, "utf8")) as GraphFile;
    const kinds = new Set(file.nodes.map((n) => n.attributes.kind));
    const colors = Object.entries(NODE_COLORS)
      .filter(([kind]) => kinds.has(kind))
      .map(([, color]) => color);
    expect(colors.length).toBeGreaterThan(5);
    const legend = await legendSwatches(page, png, colors);
    expect(legend, "a column of swatches, one per kind, in the legend's order, each with its name").not.toBeNull();
  });
});

/**
 * Looks for a legend in a PNG: one 8×8 square of each colour, all in one column (the same left edge within a pixel),
 * top to bottom in the order given, each with dark text pixels (its name) just right of it. Nodes are round and
 * scattered, so they cannot pass for it. Returns the column's x, or null.
 */
function legendSwatches(page: Page, png: Buffer, colors: string[]): Promise<number | null> {
  return page.evaluate(
    async ({ b64, colors }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext("2d")!;
      ctx.drawImage(img, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, img.width, img.height);
      const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
      const near = (p: number, c: number[]) => c.every((v, k) => Math.abs(data[p + k] - v) <= 3);
      const squares = colors.map((hex) => {
        const c = rgb(hex);
        const found: Array<{ x: number; y: number }> = [];
        for (let y = 0; y + 8 <= height; y++)
          for (let x = 0; x + 8 <= width; x++) {
            let all = true;
            for (let dy = 0; dy < 8 && all; dy += 7)
              for (let dx = 0; dx < 8 && all; dx += 7) all = near(4 * ((y + dy) * width + x + dx), c);
            for (let d = 1; d < 7 && all; d++) all = near(4 * ((y + d) * width + x + d), c);
            if (all) found.push({ x, y });
          }
        return found;
      });
      const darkRight = (x: number, y: number) => {
        let n = 0;
        for (let yy = y - 4; yy < y + 12; yy++)
          for (let xx = x + 10; xx < x + 90 && xx < width; xx++) {
            const p = 4 * (yy * width + xx);
            if (data[p] < 110 && data[p + 1] < 110 && data[p + 2] < 110) n++;
          }
        return n;
      };
      for (const start of squares[0]) {
        let y = start.y - 1;
        const column = squares.every((found) => {
          const next = found.find((s) => Math.abs(s.x - start.x) <= 1 && s.y > y && darkRight(s.x, s.y) > 15);
          if (next) y = next.y;
          return next !== undefined;
        });
        if (column) return start.x;
      }
      return null;
    },
    { b64: png.toString("base64"), colors },
  );
}
