// The renderer follows the state: the view mode, and the reducers' input computed once per change.
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
  // The first input was made before the renderer existed; now the highlight can tell which nodes it draws.
  update(store.state);
  return store.subscribe((state, prev) => {
    if (state.mode !== prev.mode) view.setMode(state.mode);
    if (state.lang !== prev.lang) view.setLang(state.lang);
    update(state);
  });
}
