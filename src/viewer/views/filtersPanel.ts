// The filters and legend: node kinds and relation kinds with their colours and counts, studies, and the year range.
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from "../../model/index.js";
import { EDGE_COLORS, NODE_COLORS } from "../core/appearance/palette.js";
import { NO_FILTERS, isFiltering, type Count, type Filters, type Visibility } from "../core/filters/filters.js";
import type { Dataset } from "../core/graph/dataset.js";
import { edgeKindName, nodeKindName, t, type Lang } from "../core/i18n/messages.js";
import { h, replaceChildren } from "./dom.js";

export interface FiltersContext {
  dataset: Dataset;
  filters: Filters;
  visibility: Visibility;
  lang: Lang;
  setFilters(filters: Filters): void;
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

export function renderFilters(el: HTMLElement, ctx: FiltersContext): void {
  const { filters, visibility, lang, dataset } = ctx;
  const nodes = sum(visibility.nodeCounts);
  const edges = sum(visibility.edgeCounts);
  const checkbox = (checked: boolean, onChange: (checked: boolean) => void, testid: string) =>
    h("input", {
      testid,
      attrs: { type: "checkbox", ...(checked ? { checked: "" } : {}) },
      on: { change: (e) => onChange((e.target as HTMLInputElement).checked) },
    });
  const row = (input: HTMLInputElement, swatch: HTMLElement | null, name: string, count: Count, title?: string) =>
    h(
      "label",
      { class: count.total === 0 ? "filter-row empty" : "filter-row", title },
      input,
      swatch,
      h("span", { class: "filter-name" }, name),
      h("span", { class: "count" }, `${count.visible}/${count.total}`),
    );

  const nodeKinds = NODE_KINDS.filter((k) => visibility.nodeCounts[k].total > 0 || filters.hiddenNodeKinds.has(k));
  const edgeKinds = EDGE_KINDS.filter((k) => visibility.edgeCounts[k].total > 0 || filters.hiddenEdgeKinds.has(k));
  replaceChildren(
    el,
    h(
      "p",
      { class: "counts", testid: "counts", attrs: { "aria-live": "polite" } },
      t(lang, "shown", {
        nodes: nodes.visible,
        totalNodes: nodes.total,
        edges: edges.visible,
        totalEdges: edges.total,
      }),
    ),
    isFiltering(filters)
      ? h(
          "button",
          { class: "reset", testid: "reset-filters", on: { click: () => ctx.setFilters(NO_FILTERS) } },
          t(lang, "resetFilters"),
        )
      : null,
    h(
      "fieldset",
      { testid: "legend" },
      h("legend", {}, t(lang, "nodeKinds")),
      nodeKinds.map((kind: NodeKind) =>
        row(
          checkbox(
            !filters.hiddenNodeKinds.has(kind),
            (on) => ctx.setFilters({ ...filters, hiddenNodeKinds: toggled(filters.hiddenNodeKinds, kind, !on) }),
            `filter-kind-${kind}`,
          ),
          h("span", { class: "swatch", attrs: { style: `background:${NODE_COLORS[kind]}` } }),
          nodeKindName(lang, kind),
          visibility.nodeCounts[kind],
        ),
      ),
    ),
    h(
      "fieldset",
      { testid: "relation-legend" },
      h("legend", {}, t(lang, "relationKinds")),
      edgeKinds.map((kind: EdgeKind) =>
        row(
          checkbox(
            !filters.hiddenEdgeKinds.has(kind),
            (on) => ctx.setFilters({ ...filters, hiddenEdgeKinds: toggled(filters.hiddenEdgeKinds, kind, !on) }),
            `filter-relation-${kind}`,
          ),
          h("span", { class: "swatch line", attrs: { style: `background:${EDGE_COLORS[kind]}` } }),
          edgeKindName(lang, kind),
          visibility.edgeCounts[kind],
        ),
      ),
    ),
    dataset.years ? periodFieldset(ctx, dataset.years) : null,
    h(
      "fieldset",
      { class: "study-filters", testid: "study-filters" },
      h("legend", {}, t(lang, "studies")),
      dataset.studies.map((study) =>
        row(
          checkbox(
            !filters.hiddenStudies.has(study.key),
            (on) => ctx.setFilters({ ...filters, hiddenStudies: toggled(filters.hiddenStudies, study.key, !on) }),
            `filter-study-${study.key}`,
          ),
          null,
          study.title + (study.period ? ` (${study.period.from}–${study.period.to})` : ""),
          visibility.studyCounts.get(study.key) ?? { visible: 0, total: 0 },
          study.title,
        ),
      ),
    ),
  );
}

/** Two sliders over the studies' years; the full range means no period filter at all. */
function periodFieldset(ctx: FiltersContext, years: { min: number; max: number }): HTMLElement {
  const { filters, lang } = ctx;
  const from = filters.period?.from ?? years.min;
  const to = filters.period?.to ?? years.max;
  const output = h("output", { testid: "period-output" }, filters.period ? `${from}–${to}` : t(lang, "allYears"));
  const slider = (value: number, testid: string, label: string) =>
    h("input", {
      testid,
      attrs: {
        type: "range",
        min: String(years.min),
        max: String(years.max),
        step: "1",
        value: String(value),
        "aria-label": label,
      },
      on: {
        input: () => (output.textContent = `${fromInput.value}–${toInput.value}`),
        change: () => {
          let a = Number(fromInput.value);
          let b = Number(toInput.value);
          if (a > b) [a, b] = [b, a];
          ctx.setFilters({ ...filters, period: a === years.min && b === years.max ? null : { from: a, to: b } });
        },
      },
    });
  const fromInput = slider(from, "period-from", t(lang, "from"));
  const toInput = slider(to, "period-to", t(lang, "to"));
  return h(
    "fieldset",
    { testid: "period" },
    h("legend", {}, t(lang, "period"), " ", output),
    h("label", { class: "slider" }, h("span", {}, t(lang, "from")), fromInput),
    h("label", { class: "slider" }, h("span", {}, t(lang, "to")), toInput),
  );
}
