// The shareable part of the state in the URL's query: selection, filters, view mode and language.
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from "../../../model/index.js";
import { NO_FILTERS, type Filters } from "../filters/filters.js";
import type { Dataset } from "../graph/dataset.js";
import { LANGS, type Lang } from "../i18n/messages.js";
import { NONE, type ViewState } from "../state/state.js";

/**
 * Query parameters, named as the model names them: node=<key> | edge=<key>, hideNodeKinds=City,Country,
 * hideEdgeKinds=MENTIONS, hideStudies=<key>,...,
 * from=2019&to=2023, view=map, lang=id. Defaults are left out so a plain view has a plain address; the language
 * too when it is the browser's own (`browserLang`), so a shared link opens in each reader's language unless chosen.
 * Links made before the names were aligned (hideKinds, hideRelations) are still read.
 */
export function stateToQuery(state: ViewState, browserLang?: Lang): string {
  const p = new URLSearchParams();
  if (state.selection.type !== "none") p.set(state.selection.type, state.selection.key);
  const f = state.filters;
  if (f.hiddenNodeKinds.size) p.set("hideNodeKinds", sorted(f.hiddenNodeKinds).join(","));
  if (f.hiddenEdgeKinds.size) p.set("hideEdgeKinds", sorted(f.hiddenEdgeKinds).join(","));
  if (f.hiddenStudies.size) p.set("hideStudies", sorted(f.hiddenStudies).join(","));
  if (f.period) {
    p.set("from", String(f.period.from));
    p.set("to", String(f.period.to));
  }
  if (state.mode !== "graph") p.set("view", state.mode);
  if (state.lang !== browserLang) p.set("lang", state.lang);
  const query = p.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
  return query ? `?${query}` : "";
}

/** Reads what it can from a query; anything unknown to the dataset (a stale link) is dropped, never an error. */
export function queryToState(query: string, dataset: Dataset, fallbackLang: Lang): ViewState {
  const p = new URLSearchParams(query);
  const { graph } = dataset;
  const node = p.get("node");
  const edge = p.get("edge");
  const selection =
    node && graph.hasNode(node)
      ? ({ type: "node", key: node } as const)
      : edge && graph.hasEdge(edge)
        ? ({ type: "edge", key: edge } as const)
        : NONE;
  const list = (name: string, formerName?: string) =>
    (p.get(name) ?? (formerName ? p.get(formerName) : null) ?? "").split(",").filter(Boolean);
  const studyKeys = new Set(dataset.studies.map((s) => s.key));
  const from = Number(p.get("from"));
  const to = Number(p.get("to"));
  const filters: Filters = {
    hiddenNodeKinds: new Set(
      list("hideNodeKinds", "hideKinds").filter((k): k is NodeKind => (NODE_KINDS as readonly string[]).includes(k)),
    ),
    hiddenEdgeKinds: new Set(
      list("hideEdgeKinds", "hideRelations").filter((k): k is EdgeKind =>
        (EDGE_KINDS as readonly string[]).includes(k),
      ),
    ),
    hiddenStudies: new Set(list("hideStudies").filter((k) => studyKeys.has(k))),
    period:
      p.has("from") && p.has("to") && Number.isInteger(from) && Number.isInteger(to) && from <= to
        ? { from, to }
        : NO_FILTERS.period,
  };
  const lang = p.get("lang");
  return {
    selection,
    filters,
    mode: p.get("view") === "map" ? "map" : "graph",
    lang: (LANGS as readonly string[]).includes(lang ?? "") ? (lang as Lang) : fallbackLang,
  };
}

function sorted<T extends string>(set: ReadonlySet<T>): T[] {
  return [...set].sort();
}
