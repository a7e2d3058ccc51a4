// The filters and legend: node kinds and relation kinds with their colours and counts, studies, and the year range.
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from "../../model/index.js";
import { EDGE_COLORS, NODE_COLORS } from "../core/appearance/palette.js";
import { NO_FILTERS, isFiltering, type Count, type Filters, type Visibility } from "../core/filters/filters.js";
import type { Dataset } from "../core/graph/dataset.js";
import type { MapCounts } from "../core/map/mapCounts.js";
import { edgeKindName, nodeKindName, t, type Lang } from "../core/i18n/messages.js";
import { h, replaceChildren } from "./dom.js";

/** What the filters show; every change of it updates the controls in place. */
interface FiltersState {
  filters: Filters;
  visibility: Visibility;
  lang: Lang;
  /** On the map, what it draws of what is shown: the counter and the legend's counts say that instead. */
  onMap: MapCounts | null;
}

export interface FiltersPanel {
  update(state: FiltersState): void;
}

function toggled<T>(set: ReadonlySet<T>, item: T, hide: boolean): Set<T> {
  const next = new Set(set);
  if (hide) next.add(item);
  else next.delete(item);
  return next;
}

function sum(counts: Record<string, Count>): Count {
  return Object.values(counts).reduce((a, c) => ({ visible: a.visible + c.visible, total: a.total + c.total }), {
    visible: 0,
    total: 0,
  });
}

interface Row {
  element: HTMLElement;
  update(checked: boolean, name: string, count: Count): void;
}

function filterRow(
  testid: string,
  swatch: HTMLElement | null,
  onChange: (checked: boolean) => void,
  title?: string,
): Row {
  const input = h("input", { testid, attrs: { type: "checkbox" }, on: { change: () => onChange(input.checked) } });
  const name = h("span", { class: "filter-name" });
  const count = h("span", { class: "count" });
  const element = h("label", { class: "filter-row", title }, input, swatch, name, count);
  return {
    element,
    update(checked, text, c) {
      input.checked = checked;
      name.textContent = text;
      count.textContent = `${c.visible}/${c.total}`;
      element.classList.toggle("empty", c.total === 0);
    },
  };
}

/**
 * Builds the filters into `el` once; `update` shows a state by changing the controls' values and texts. Nothing is
 * redrawn, so the control the keyboard is on keeps the focus when it changes the filters.
 */
export function createFiltersPanel(
  el: HTMLElement,
  dataset: Dataset,
  setFilters: (filters: Filters) => void,
): FiltersPanel {
  // The handlers change the filters as they are when the user acts, not as they were when the panel was built.
  let current: Filters = NO_FILTERS;
  const change = (patch: (filters: Filters) => Partial<Filters>) => setFilters({ ...current, ...patch(current) });

  const counts = h("p", { class: "counts", testid: "counts", attrs: { "aria-live": "polite" } });
  // The button hides itself once nothing is filtered: the keyboard goes on from the first filter, not from <body>.
  const resetAll = () => {
    setFilters(NO_FILTERS);
    el.querySelector<HTMLInputElement>(".filter-row:not([hidden]) input")?.focus();
  };
  const reset = h("button", { class: "reset", testid: "reset-filters", on: { click: resetAll } });
  const legend = () => h("legend", {});

  const nodeLegend = legend();
  const nodeRows = NODE_KINDS.map((kind: NodeKind) => ({
    kind,
    row: filterRow(
      `filter-kind-${kind}`,
      h("span", { class: "swatch", attrs: { style: `background:${NODE_COLORS[kind]}` } }),
      (on) => change((f) => ({ hiddenNodeKinds: toggled(f.hiddenNodeKinds, kind, !on) })),
    ),
  }));
  const edgeLegend = legend();
  const edgeRows = EDGE_KINDS.map((kind: EdgeKind) => ({
    kind,
    row: filterRow(
      `filter-relation-${kind}`,
      h("span", { class: "swatch line", attrs: { style: `background:${EDGE_COLORS[kind]}` } }),
      (on) => change((f) => ({ hiddenEdgeKinds: toggled(f.hiddenEdgeKinds, kind, !on) })),
    ),
  }));
  const period = dataset.years ? periodFieldset(dataset.years, change) : null;
  const studyLegend = legend();
  const studyRows = dataset.studies.map((study) => ({
    study,
    row: filterRow(
      `filter-study-${study.key}`,
      null,
      (on) => change((f) => ({ hiddenStudies: toggled(f.hiddenStudies, study.key, !on) })),
      study.title,
    ),
  }));

  replaceChildren(
    el,
    counts,
    reset,
    h("fieldset", { testid: "legend" }, nodeLegend, ...nodeRows.map((r) => r.row.element)),
    h("fieldset", { testid: "relation-legend" }, edgeLegend, ...edgeRows.map((r) => r.row.element)),
    period?.element,
    h(
      "fieldset",
      { class: "study-filters", testid: "study-filters" },
      studyLegend,
      ...studyRows.map((r) => r.row.element),
    ),
  );

  const update = ({ filters, visibility, lang, onMap }: FiltersState) => {
    current = filters;
    const nodes = sum((onMap ?? visibility).nodeCounts);
    const edges = sum((onMap ?? visibility).edgeCounts);
    counts.textContent = t(lang, onMap ? "shownOnMap" : "shown", {
      nodes: nodes.visible,
      totalNodes: nodes.total,
      edges: edges.visible,
      totalEdges: edges.total,
    });
    reset.textContent = t(lang, "resetFilters");
    reset.hidden = !isFiltering(filters);
    nodeLegend.textContent = t(lang, "nodeKinds");
    // A kind the graph lacks is listed only while it is hidden, so that it can be shown again.
    for (const { kind, row } of nodeRows) {
      const hidden = filters.hiddenNodeKinds.has(kind);
      row.element.hidden = visibility.nodeCounts[kind].total === 0 && !hidden;
      row.update(!hidden, nodeKindName(lang, kind), (onMap ?? visibility).nodeCounts[kind]);
    }
    edgeLegend.textContent = t(lang, "relationKinds");
    for (const { kind, row } of edgeRows) {
      const hidden = filters.hiddenEdgeKinds.has(kind);
      row.element.hidden = visibility.edgeCounts[kind].total === 0 && !hidden;
      row.update(!hidden, edgeKindName(lang, kind), (onMap ?? visibility).edgeCounts[kind]);
    }
    period?.update(filters, lang);
    studyLegend.textContent = t(lang, "studies");
    for (const { study, row } of studyRows)
      row.update(
        !filters.hiddenStudies.has(study.key),
        study.title + (study.period ? ` (${study.period.from}–${study.period.to})` : ""),
        visibility.studyCounts.get(study.key) ?? { visible: 0, total: 0 },
      );
  };
  return { update };
}

/** Two sliders over the studies' years; the full range means no period filter at all. */
function periodFieldset(
  years: { min: number; max: number },
  change: (patch: (filters: Filters) => Partial<Filters>) => void,
): { element: HTMLElement; update(filters: Filters, lang: Lang): void } {
  const output = h("output", { testid: "period-output" });
  const slider = (testid: string) =>
    h("input", {
      testid,
      attrs: { type: "range", min: String(years.min), max: String(years.max), step: "1" },
      on: {
        input: () => (output.textContent = `${fromInput.value}–${toInput.value}`),
        change: () => {
          let a = Number(fromInput.value);
          let b = Number(toInput.value);
          if (a > b) [a, b] = [b, a];
          change(() => ({ period: a === years.min && b === years.max ? null : { from: a, to: b } }));
        },
      },
    });
  const fromInput = slider("period-from");
  const toInput = slider("period-to");
  const legendText = h("span", {});
  const fromLabel = h("span", {});
  const toLabel = h("span", {});
  return {
    element: h(
      "fieldset",
      { testid: "period" },
      h("legend", {}, legendText, " ", output),
      h("label", { class: "slider" }, fromLabel, fromInput),
      h("label", { class: "slider" }, toLabel, toInput),
    ),
    update(filters, lang) {
      const from = filters.period?.from ?? years.min;
      const to = filters.period?.to ?? years.max;
      fromInput.value = String(from);
      toInput.value = String(to);
      output.textContent = filters.period ? `${from}–${to}` : t(lang, "allYears");
      legendText.textContent = t(lang, "period");
      fromLabel.textContent = t(lang, "from");
      toLabel.textContent = t(lang, "to");
      fromInput.setAttribute("aria-label", t(lang, "from"));
      toInput.setAttribute("aria-label", t(lang, "to"));
    },
  };
}
