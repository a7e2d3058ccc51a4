// The renderer follows the state: the view mode, and the reducers' input computed once per change.
import { computeHighlight } from "../../core/appearance/highlight.js";
import { renderInput } from "../../core/appearance/reducers.js";
import type { Visibility, Filters } from "../../core/filters/filters.js";
import type { Dataset } from "../../core/graph/dataset.js";
import type { AppState, Store } from "../../core/state/state.js";
import type { GraphView } from "../graph/graphView.js";

/** Brings the renderer up to date now and on every change; returns the unsubscription. */
export function followState(
  view: GraphView,
  dataset: Dataset,
  store: Store,
  visibility: (filters: Filters) => Visibility,
): () => void {
  const update = (state: AppState) =>
    view.update(renderInput(dataset.graph, state, visibility(state.filters), view.isDrawn));
  // The first input was made before the renderer existed; a highlight in it can now tell which nodes it draws. With
  // nothing highlighted there is nothing to tell, and drawing a big graph a second time would only delay the page.
  const { state } = store;
  if (computeHighlight(dataset.graph, state, visibility(state.filters).edges) !== null) update(state);
  return store.subscribe((state, prev) => {
    if (state.mode !== prev.mode) view.setMode(state.mode);
    if (state.lang !== prev.lang) view.setLang(state.lang);
    update(state);
  });
}
