// The page around the renderer follows the state: title, search and toolbar on a language or view change; the
// filters and the side panel on a filter, selection or language change.
import type { Filters, Visibility } from "../../core/filters/filters.js";
import type { Dataset } from "../../core/graph/dataset.js";
import { t } from "../../core/i18n/messages.js";
import { countOnMap } from "../../core/map/mapCounts.js";
import type { AppState, Store } from "../../core/state/state.js";
import type { Actions } from "../actions.js";
import { createFiltersPanel } from "../filtersPanel.js";
import { renderPanel } from "../panel.js";
import type { SearchBox } from "../searchBox.js";
import { renderToolbar, type ExportFormat } from "../toolbar.js";

export interface PanelElements {
  title: HTMLElement;
  searchBox: SearchBox;
  toolbar: HTMLElement;
  filters: HTMLElement;
  panel: HTMLElement;
}

export interface PanelsContext {
  dataset: Dataset;
  store: Store;
  actions: Actions;
  visibility: (filters: Filters) => Visibility;
  exportAs(format: ExportFormat): void;
  fitView(): void;
}

/** Draws the panels now and again when what they show changes; returns the unsubscription. */
export function mountPanels(el: PanelElements, ctx: PanelsContext): () => void {
  const { dataset, store, actions } = ctx;
  const renderChrome = (state: AppState) => {
    const visibility = ctx.visibility(state.filters);
    document.documentElement.lang = state.lang;
    document.title = t(state.lang, "title");
    el.title.textContent = t(state.lang, "title");
    el.searchBox.setLang(state.lang);
    renderToolbar(el.toolbar, {
      mode: state.mode,
      lang: state.lang,
      setMode: (mode) => store.update({ mode }),
      setLang: (lang) => store.update({ lang }),
      exportAs: ctx.exportAs,
      fitView: ctx.fitView,
      shown: { nodes: visibility.nodes.size, edges: visibility.edges.size },
    });
  };
  // Built once and updated in place, so that the control the keyboard is on keeps the focus.
  const filters = createFiltersPanel(el.filters, dataset, actions.setFilters);
  const renderSide = (state: AppState) => {
    const visibility = ctx.visibility(state.filters);
    const onMap = state.mode === "map" ? countOnMap(dataset.graph, visibility) : null;
    filters.update({ filters: state.filters, visibility, lang: state.lang, onMap });
    renderPanel(el.panel, {
      dataset,
      selection: state.selection,
      visibility,
      lang: state.lang,
      texts: state.texts,
      select: actions.select,
      hoverEdge: actions.hoverEdge,
    });
  };
  renderChrome(store.state);
  renderSide(store.state);
  return store.subscribe((state, prev) => {
    // The export menu says how much it exports: the filters change it too.
    if (state.lang !== prev.lang || state.mode !== prev.mode || state.filters !== prev.filters) renderChrome(state);
    if (
      state.filters !== prev.filters ||
      state.selection !== prev.selection ||
      state.lang !== prev.lang ||
      state.mode !== prev.mode ||
      state.texts !== prev.texts
    )
      renderSide(state);
  });
}
