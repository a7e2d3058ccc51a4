// Entry point of the page: loads the graph's structure (or graph.json whole), validates it, mounts the app, then loads
// the studies' texts; exposes a small hook for tests.
import "./styles.css";
import { PAGE_STRUCTURE_FILE } from "../model/index.js";
import { fillStudyTexts, parseDataset, parsePageStructure, type Dataset } from "./core/graph/dataset.js";
import { detectLang, t } from "./core/i18n/messages.js";
import { mountApp, type App } from "./views/app.js";
import { h, replaceChildren } from "./views/dom.js";

type LoadState =
  { type: "loading" } | { type: "error"; message: string } | { type: "ready"; app: App; dataset: Dataset };

/** Read by the browser tests and the benchmark; nothing in the page depends on it. */
export interface ViewerHook {
  load: LoadState["type"];
  error?: string;
  firstFrameAt?: number;
  /** When the studies' texts were in (or could not be loaded): what tests wait for before reading quotes. */
  textsAt?: number;
  frames: number;
  app?: App;
  nodePosition(node: string): { x: number; y: number } | null;
}

declare global {
  interface Window {
    __viewer: ViewerHook;
  }
}

const root = document.getElementById("app")!;
const lang = detectLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
const hook: ViewerHook = { load: "loading", frames: 0, nodePosition: () => null };
window.__viewer = hook;

function show(state: LoadState): void {
  hook.load = state.type;
  if (state.type === "loading")
    replaceChildren(root, h("p", { class: "status", testid: "status" }, t(lang, "loading")));
  if (state.type === "error") {
    hook.error = state.message;
    replaceChildren(
      root,
      h(
        "div",
        { class: "status error", testid: "status" },
        h("h1", {}, t(lang, "loadError")),
        h("pre", {}, state.message),
      ),
    );
  }
}

type Fetched = { ok: true; data: unknown } | { ok: false; status?: number; message: string };

async function fetchJson(name: string): Promise<Fetched> {
  try {
    const response = await fetch(`./${name}`, { cache: "no-cache" });
    if (!response.ok) return { ok: false, status: response.status, message: `${name}: HTTP ${response.status}` };
    return { ok: true, data: await response.json() };
  } catch (error) {
    return { ok: false, message: `${name}: ${(error as Error).message}` };
  }
}

/**
 * The structure first when it is served (cut from graph.json by the server or the build); graph.json whole when it
 * is not (a graph of another format version, or a server of one's own that serves graph.json only).
 */
async function load(): Promise<LoadState> {
  const structure = await fetchJson(PAGE_STRUCTURE_FILE);
  let parsed;
  if (structure.ok) {
    performance.mark("viewer:graph-fetched");
    parsed = parsePageStructure(structure.data);
  } else {
    const whole = await fetchJson("graph.json");
    if (!whole.ok)
      return {
        type: "error",
        message: whole.status ? `${whole.message}. Run \`npm run extract\`, then reload.` : whole.message,
      };
    performance.mark("viewer:graph-fetched");
    parsed = parseDataset(whole.data);
  }
  if (!parsed.ok) return { type: "error", message: parsed.message };
  performance.mark("viewer:graph-validated");
  replaceChildren(root);
  const app = mountApp(root, parsed.dataset, lang);
  performance.mark("viewer:app-mounted");
  return { type: "ready", app, dataset: parsed.dataset };
}

/** The studies' texts, all parts at once, into the dataset; then the app follows. */
async function loadTexts(app: App, dataset: Dataset): Promise<void> {
  const parts = await Promise.all(
    dataset.pendingTexts!.parts.map(async (name) => ({ name, got: await fetchJson(name) })),
  );
  const failed = parts.find((p) => !p.got.ok);
  const problem = failed
    ? (failed.got as { message: string }).message
    : fillStudyTexts(
        dataset,
        parts.map((p) => ({ name: p.name, data: (p.got as { data: unknown }).data })),
      );
  app.setTexts(problem === null ? "ready" : { error: `${problem}\nRebuild with \`npm run extract\`, then reload.` });
  performance.mark("viewer:texts-loaded");
  hook.textsAt = performance.now();
}

show({ type: "loading" });
const state = await load();
show(state);
if (state.type === "ready") {
  hook.app = state.app;
  hook.nodePosition = (node) => state.app.view.nodeViewportPosition(node);
  state.app.view.sigma.on("afterRender", () => hook.frames++);
  // sigma draws its first frame synchronously when created; the next animation frame is when it is on screen.
  requestAnimationFrame(() => (hook.firstFrameAt = performance.now()));
  const { app, dataset } = state;
  if (dataset.pendingTexts) requestAnimationFrame(() => void loadTexts(app, dataset));
  else hook.textsAt = performance.now();
}
