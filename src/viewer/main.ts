// Entry point of the page: loads graph.json, validates it, mounts the app, and exposes a small hook for tests.
import "./styles.css";
import { parseDataset } from "./core/graph/dataset.js";
import { detectLang, t } from "./core/i18n/messages.js";
import { mountApp, type App } from "./views/app.js";
import { h, replaceChildren } from "./views/dom.js";

type LoadState = { type: "loading" } | { type: "error"; message: string } | { type: "ready"; app: App };

/** Read by the browser tests and the benchmark; nothing in the page depends on it. */
export interface ViewerHook {
  load: LoadState["type"];
  error?: string;
  firstFrameAt?: number;
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

async function load(): Promise<LoadState> {
  let data: unknown;
  try {
    const response = await fetch("./graph.json", { cache: "no-cache" });
    if (!response.ok)
      return { type: "error", message: `graph.json: HTTP ${response.status}. Run \`npm run extract\`, then reload.` };
    data = await response.json();
    performance.mark("viewer:graph-fetched");
  } catch (error) {
    return { type: "error", message: `graph.json: ${(error as Error).message}` };
  }
  const parsed = parseDataset(data);
  if (!parsed.ok) return { type: "error", message: parsed.message };
  performance.mark("viewer:graph-validated");
  replaceChildren(root);
  const app = mountApp(root, parsed.dataset, lang);
  performance.mark("viewer:app-mounted");
  return { type: "ready", app };
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
}
