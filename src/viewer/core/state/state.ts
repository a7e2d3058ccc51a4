// The viewer's state: what is selected, hovered and filtered, the view mode and the language. One store, many readers.
import { NO_FILTERS, type Filters } from "../filters/filters.js";
import type { Lang } from "../i18n/messages.js";

/** What the side panel shows. A study is a node: selecting it shows its whole text. */
export type Selection = { type: "none" } | { type: "node"; key: string } | { type: "edge"; key: string };

export type ViewMode = "graph" | "map";

export interface ViewState {
  selection: Selection;
  filters: Filters;
  mode: ViewMode;
  lang: Lang;
}

/** The studies' texts and quotes: in the graph, still loading after the structure, or not loadable (why). */
export type TextsState = "ready" | "loading" | { error: string };

export interface AppState extends ViewState {
  hoveredNode: string | null;
  hoveredEdge: string | null;
  texts: TextsState;
}

export const NONE: Selection = { type: "none" };

export function initialState(lang: Lang): AppState {
  return {
    selection: NONE,
    filters: NO_FILTERS,
    mode: "graph",
    lang,
    hoveredNode: null,
    hoveredEdge: null,
    texts: "ready",
  };
}

export type Listener = (state: AppState, previous: AppState) => void;

/** A minimal observable store: views subscribe, and every change goes through `update`. */
export class Store {
  private listeners = new Set<Listener>();
  constructor(private current: AppState) {}

  get state(): AppState {
    return this.current;
  }

  update(patch: Partial<AppState>): void {
    const previous = this.current;
    const next = { ...previous, ...patch };
    if ((Object.keys(patch) as (keyof AppState)[]).every((k) => previous[k] === next[k])) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
