// What the panels, the search box, the renderer and the keyboard may do to the state, each in one place.
import type { Filters } from "../core/filters/filters.js";
import type { Selection, Store } from "../core/state/state.js";

export interface Actions {
  /** Opens the selection in the panel; `focus` also moves the camera to a selected node. */
  select(selection: Selection, options?: { focus?: boolean }): void;
  setFilters(filters: Filters): void;
  hoverNode(node: string | null): void;
  hoverEdge(edge: string | null): void;
}

export function createActions(store: Store, focusNode: (node: string) => void): Actions {
  return {
    select(selection, options = {}) {
      // The panel is redrawn: a relation link pointed at there is gone without a mouseleave.
      store.update({ selection, hoveredEdge: null });
      if (options.focus && selection.type === "node") focusNode(selection.key);
    },
    setFilters: (filters) => store.update({ filters }),
    hoverNode: (node) => store.update({ hoveredNode: node }),
    hoverEdge: (edge) => store.update({ hoveredEdge: edge }),
  };
}
