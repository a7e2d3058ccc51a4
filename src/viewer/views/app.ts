// The page: lays it out, creates the store and the renderer, and mounts the controllers that keep them in step.
import { renderInput } from "../core/appearance/reducers.js";
import { visibilityOf } from "../core/filters/filters.js";
import type { Dataset } from "../core/graph/dataset.js";
import type { Lang } from "../core/i18n/messages.js";
import { forgetLabels, labelOf } from "../core/i18n/names.js";
import { buildSearchIndex, type SearchEntry } from "../core/search/search.js";
import { Store, type TextsState } from "../core/state/state.js";
import { queryToState } from "../core/url/url.js";
import { createActions } from "./actions.js";
import { followState } from "./controllers/appearance.js";
import { createDownloads } from "./controllers/downloads.js";
import { bindGraphEvents } from "./controllers/events.js";
import { bindKeyboard } from "./controllers/keyboard.js";
import { mountPanels } from "./controllers/panels.js";
import { syncUrl } from "./controllers/url.js";
import { h } from "./dom.js";
import { createGraphView, type GraphView } from "./graph/graphView.js";
import { createSearchBox } from "./searchBox.js";

export interface App {
  store: Store;
  view: GraphView;
  /** The studies' texts are in the dataset now (or could not be loaded): what names, quotes or searches them follows. */
  setTexts(texts: Exclude<TextsState, "loading">): void;
  kill(): void;
}

export function mountApp(root: HTMLElement, dataset: Dataset, fallbackLang: Lang): App {
  const store = new Store({
    ...queryToState(location.search, dataset, fallbackLang),
    hoveredNode: null,
    hoveredEdge: null,
    texts: dataset.pendingTexts ? "loading" : "ready",
  });
  const visibility = visibilityOf(dataset);
  // The search box only moves the camera once the renderer, created below, exists.
  const actions = createActions(store, (node) => view.focusNode(node));

  const title = h("h1", {});
  // Built on the first search, not before the first frame; built again once the texts give more names.
  let searchIndex: SearchEntry[] | null = null;
  const searchBox = createSearchBox(
    () => (searchIndex ??= buildSearchIndex(dataset)),
    store.state.lang,
    (node) => actions.select({ type: "node", key: node }, { focus: true }),
    (node, lang) => labelOf(dataset.graph, node, lang),
  );
  const toolbar = h("div", { class: "toolbar" });
  const filters = h("aside", { class: "filters", testid: "filters" });
  const graph = h("div", { class: "graph", testid: "graph" });
  const panel = h("aside", { class: "panel" });
  root.append(h("header", {}, title, searchBox.element, toolbar), h("main", {}, filters, graph, panel));

  // sigma draws its first frame while it is created: the first input cannot ask it which nodes it draws.
  const firstInput = renderInput(dataset.graph, store.state, visibility(store.state.filters), () => true);
  const view = createGraphView(graph, dataset, store.state.mode, firstInput, store.state.lang);

  const exportAs = createDownloads(
    dataset,
    view,
    () => textsReady(store),
    () => ({ filters: store.state.filters, visibility: visibility(store.state.filters) }),
    () => store.state.lang,
  );
  const cleanups = [
    mountPanels(
      { title, searchBox, toolbar, filters, panel },
      { dataset, store, actions, visibility, exportAs, fitView: () => view.fit() },
    ),
    followState(view, dataset, store, visibility),
    bindGraphEvents(view, actions),
    bindKeyboard(actions),
    syncUrl(store, dataset, fallbackLang),
  ];
  // A map opened from its address frames its places once the panels around the canvas are laid out.
  if (store.state.mode === "map") view.fit({ instant: true });
  if (store.state.selection.type === "node") view.focusNode(store.state.selection.key);

  return {
    store,
    view,
    setTexts(texts) {
      if (texts === "ready") {
        // Names read in the studies' sentences ("Jepang") are there to read now.
        forgetLabels(dataset.graph);
        searchIndex = null;
        view.relabel();
      }
      store.update({ texts });
    },
    kill() {
      for (const cleanup of cleanups.reverse()) cleanup();
      view.kill();
    },
  };
}

/** Resolves once the studies' texts are in the dataset; rejects with the reason they could not be loaded. */
function textsReady(store: Store): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (texts: TextsState) => {
      if (texts === "loading") return false;
      if (texts === "ready") resolve();
      else reject(new Error(texts.error));
      return true;
    };
    if (check(store.state.texts)) return;
    const stop = store.subscribe((state) => {
      if (check(state.texts)) stop();
    });
  });
}
