// The page: wires the store to the renderer, panels, search, filters, toolbar and the address bar.
import { computeHighlight } from "../core/appearance/highlight.js";
import { toGexf, toGraphml, toJson } from "../../export/formats/index.js";
import { computeVisibility, type Filters, type Visibility } from "../core/filters/filters.js";
import type { Dataset } from "../core/graph/dataset.js";
import { t, type Lang } from "../core/i18n/messages.js";
import { buildSearchIndex } from "../core/search/search.js";
import { Store, type AppState, type Selection } from "../core/state/state.js";
import { queryToState, stateToQuery } from "../core/url/url.js";
import { h } from "./dom.js";
import { renderFilters } from "./filtersPanel.js";
import { createGraphView, type GraphView } from "./graphView.js";
import { renderPanel } from "./panel.js";
import { createSearchBox } from "./searchBox.js";
import { renderToolbar, type ExportFormat } from "./toolbar.js";

export interface App {
  store: Store;
  view: GraphView;
  kill(): void;
}

export function mountApp(root: HTMLElement, dataset: Dataset, fallbackLang: Lang): App {
  const store = new Store({
    ...queryToState(location.search, dataset, fallbackLang),
    hoveredNode: null,
    hoveredEdge: null,
  });
  let visibility: Visibility = computeVisibility(dataset, store.state.filters);

  const title = h("h1", {});
  const searchBox = createSearchBox(buildSearchIndex(dataset), store.state.lang, (node) =>
    select({ type: "node", key: node }, { focus: true }),
  );
  const toolbar = h("div", { class: "toolbar" });
  const filtersEl = h("aside", { class: "filters", testid: "filters" });
  const graphEl = h("div", { class: "graph", testid: "graph" });
  const panelEl = h("aside", { class: "panel" });
  root.append(h("header", {}, title, searchBox.element, toolbar), h("main", {}, filtersEl, graphEl, panelEl));

  const select = (selection: Selection, options: { focus?: boolean } = {}) => {
    // The panel is redrawn: a relation link pointed at there is gone without a mouseleave.
    store.update({ selection, hoveredEdge: null });
    if (options.focus && selection.type === "node") view?.focusNode(selection.key);
  };
  const setFilters = (filters: Filters) => store.update({ filters });

  // Assigned right below; the renderer asks for its first input while it is being created.
  let view: GraphView | undefined;
  const renderInput = (state: AppState) => ({
    visibility,
    highlight: computeHighlight(
      dataset.graph,
      state,
      visibility.edges,
      (node) => view?.sigma.getGraph().hasNode(node) ?? true,
    ),
    selection: state.selection,
    hoveredEdge: state.hoveredEdge,
    lang: state.lang,
  });
  view = createGraphView(graphEl, dataset, store.state.mode, renderInput(store.state), {
    enterNode: (node) => store.update({ hoveredNode: node }),
    leaveNode: () => store.update({ hoveredNode: null }),
    enterEdge: (edge) => store.update({ hoveredEdge: edge }),
    leaveEdge: () => store.update({ hoveredEdge: null }),
    clickNode: (node) => select({ type: "node", key: node }),
    clickEdge: (edge) => select({ type: "edge", key: edge }),
    clickStage: () => select({ type: "none" }),
  });

  const exportAs = (format: ExportFormat) => {
    const name = "sister-city-graph";
    if (format === "png") return void view?.exportPng(name);
    const [text, type, ext] =
      format === "gexf"
        ? [toGexf(dataset.graph), "application/xml", "gexf"]
        : format === "graphml"
          ? [toGraphml(dataset.graph), "application/xml", "graphml"]
          : [toJson(dataset.graph), "application/json", "json"];
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = h("a", { attrs: { href: url, download: `${name}.${ext}` } });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const renderChrome = (state: AppState) => {
    document.documentElement.lang = state.lang;
    document.title = t(state.lang, "title");
    title.textContent = t(state.lang, "title");
    searchBox.setLang(state.lang);
    renderToolbar(toolbar, {
      mode: state.mode,
      lang: state.lang,
      setMode: (mode) => store.update({ mode }),
      setLang: (lang) => store.update({ lang }),
      exportAs,
    });
  };
  const renderSide = (state: AppState) => {
    renderFilters(filtersEl, { dataset, filters: state.filters, visibility, lang: state.lang, setFilters });
    renderPanel(panelEl, {
      dataset,
      selection: state.selection,
      visibility,
      lang: state.lang,
      select,
      hoverEdge: (edge) => store.update({ hoveredEdge: edge }),
    });
  };

  store.subscribe((state, prev) => {
    if (state.filters !== prev.filters) visibility = computeVisibility(dataset, state.filters);
    if (state.mode !== prev.mode) view.setMode(state.mode);
    if (state.lang !== prev.lang || state.mode !== prev.mode) renderChrome(state);
    if (state.filters !== prev.filters || state.selection !== prev.selection || state.lang !== prev.lang)
      renderSide(state);
    view.update(renderInput(state));
    const query = stateToQuery(state, fallbackLang);
    if (query !== location.search) {
      // A new selection is a step the back button should undo; filter and language changes only rewrite the address.
      const method = state.selection !== prev.selection ? "pushState" : "replaceState";
      history[method](null, "", `${location.pathname}${query}${location.hash}`);
    }
  });
  const onPopState = () => {
    const { selection, filters, mode, lang } = queryToState(location.search, dataset, fallbackLang);
    const current = store.state;
    store.update({
      selection: sameSelection(selection, current.selection) ? current.selection : selection,
      filters:
        stateToQuery({ ...current, filters }, fallbackLang) === stateToQuery(current, fallbackLang)
          ? current.filters
          : filters,
      mode,
      lang,
    });
  };
  window.addEventListener("popstate", onPopState);
  // Escape closes the panel, unless it is closing the search suggestions.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !(event.target instanceof HTMLInputElement)) select({ type: "none" });
  };
  window.addEventListener("keydown", onKeyDown);

  renderChrome(store.state);
  renderSide(store.state);
  // Now that the renderer exists, the highlight can tell which nodes it draws (the map leaves some out).
  view.update(renderInput(store.state));
  history.replaceState(null, "", `${location.pathname}${stateToQuery(store.state, fallbackLang)}${location.hash}`);
  if (store.state.selection.type === "node") view.focusNode(store.state.selection.key);

  return {
    store,
    view,
    kill() {
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("keydown", onKeyDown);
      view.kill();
    },
  };
}

function sameSelection(a: Selection, b: Selection): boolean {
  return a.type === b.type && (a.type === "none" || a.key === (b as { key: string }).key);
}
