// The toolbar: graph/map toggle, fit to view, exports and the language switch.
import type { GraphFormatName } from "../../export/formats/index.js";
import { LANGS, t, type Lang } from "../core/i18n/messages.js";
import type { ViewMode } from "../core/state/state.js";
import { h, replaceChildren } from "./dom.js";

/** A PNG of the view, or one of the dataset's file formats. */
export type ExportFormat = "png" | GraphFormatName;

export interface ToolbarContext {
  mode: ViewMode;
  lang: Lang;
  setMode(mode: ViewMode): void;
  setLang(lang: Lang): void;
  exportAs(format: ExportFormat): void;
  /** Frames what is drawn: the shown places on the map, the shown nodes in the graph. */
  fitView(): void;
  /** What the exports take: the nodes and relations the filters show. */
  shown: { nodes: number; edges: number };
}

export function renderToolbar(el: HTMLElement, ctx: ToolbarContext): void {
  const { lang } = ctx;
  const scope = t(lang, "exportScope", ctx.shown);
  const modeButton = (mode: ViewMode, text: string) =>
    h(
      "button",
      {
        testid: `view-${mode}`,
        class: ctx.mode === mode ? "active" : "",
        attrs: { "aria-pressed": String(ctx.mode === mode) },
        on: { click: () => ctx.setMode(mode) },
      },
      text,
    );
  const exportButton = (format: ExportFormat, text: string) =>
    h(
      "button",
      {
        testid: `export-${format}`,
        on: {
          click: (event) => {
            (event.currentTarget as HTMLElement).closest("details")?.removeAttribute("open");
            ctx.exportAs(format);
          },
        },
      },
      text,
    );
  const select = h(
    "select",
    {
      testid: "lang",
      attrs: { "aria-label": t(lang, "language") },
      on: { change: (e) => ctx.setLang((e.target as HTMLSelectElement).value as Lang) },
    },
    LANGS.map((l) =>
      h(
        "option",
        { attrs: { value: l, ...(l === lang ? { selected: "" } : {}) } },
        l === "id" ? "Bahasa Indonesia" : "English",
      ),
    ),
  );
  replaceChildren(
    el,
    h(
      "div",
      { class: "segmented", attrs: { role: "group" } },
      modeButton("graph", t(lang, "graphView")),
      modeButton("map", t(lang, "mapView")),
    ),
    h(
      "button",
      { testid: "fit-view", title: t(lang, "fitViewHint"), on: { click: () => ctx.fitView() } },
      t(lang, "fitView"),
    ),
    h(
      "details",
      { class: "export" },
      h("summary", { testid: "export", title: scope }, t(lang, "exportLabel")),
      h(
        "div",
        { class: "menu" },
        h("p", { class: "export-scope", testid: "export-scope" }, scope),
        exportButton("png", t(lang, "exportPng")),
        exportButton("gexf", t(lang, "exportGexf")),
        exportButton("graphml", t(lang, "exportGraphml")),
        exportButton("json", t(lang, "exportJson")),
      ),
    ),
    select,
  );
}
