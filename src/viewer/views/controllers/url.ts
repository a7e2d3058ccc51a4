// The address bar follows the state and the state follows Back and Forward: every view can be shared.
import type { Dataset } from "../../core/graph/dataset.js";
import type { Lang } from "../../core/i18n/messages.js";
import type { Selection, Store } from "../../core/state/state.js";
import { queryToState, stateToQuery } from "../../core/url/url.js";

/** Writes the state into the address now and on every change, and reads it back on popstate; returns the unbinding. */
export function syncUrl(store: Store, dataset: Dataset, fallbackLang: Lang): () => void {
  const address = (query: string) => `${location.pathname}${query}${location.hash}`;
  history.replaceState(null, "", address(stateToQuery(store.state, fallbackLang)));
  const unsubscribe = store.subscribe((state, prev) => {
    const query = stateToQuery(state, fallbackLang);
    if (query === location.search) return;
    // A new selection is a step the back button should undo; filter and language changes only rewrite the address.
    const method = state.selection !== prev.selection ? "pushState" : "replaceState";
    history[method](null, "", address(query));
  });
  const onPopState = () => {
    const { selection, filters, mode, lang } = queryToState(location.search, dataset, fallbackLang);
    const current = store.state;
    // Keep the objects that did not change, so that nothing is recomputed or redrawn for them.
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
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPopState);
  };
}

function sameSelection(a: Selection, b: Selection): boolean {
  return a.type === b.type && (a.type === "none" || a.key === (b as { key: string }).key);
}
