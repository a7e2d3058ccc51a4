// The side panel: a node (label, kind, aliases, relations, sources), a relation (its evidence) or a study (its text).
import {
  foldText,
  frontMatterLength,
  isSymmetricEdgeKind,
  type Evidence,
  type StudyNodeAttributes,
} from "../../model/index.js";
import { NODE_COLORS, EDGE_COLORS } from "../core/appearance/palette.js";
import {
  mentionsInQuote,
  paragraphs,
  readerSegments,
  relationsByKind,
  sourcesByStudy,
  type ReaderPiece,
  type ReaderSegment,
} from "../core/evidence/evidence.js";
import type { Visibility } from "../core/filters/filters.js";
import type { Dataset, StudySummary } from "../core/graph/dataset.js";
import { edgeKindName, languageName, nodeKindName, t, type Lang, type MessageKey } from "../core/i18n/messages.js";
import { labelOf } from "../core/i18n/names.js";
import { NONE, type Selection, type TextsState } from "../core/state/state.js";
import { h, replaceChildren } from "./dom.js";
import { selectLink, type Select } from "./links.js";

export interface PanelContext {
  dataset: Dataset;
  selection: Selection;
  visibility: Visibility;
  lang: Lang;
  /** The panel quotes the studies: until their texts are in, it says they are coming (or why they cannot). */
  texts: TextsState;
  select: Select;
  /** Pointing at a relation in the panel highlights it on the canvas. */
  hoverEdge(edge: string | null): void;
}

function hoverEdge<T extends HTMLElement>(ctx: PanelContext, edge: string, el: T): T {
  el.addEventListener("mouseenter", () => ctx.hoverEdge(edge));
  el.addEventListener("mouseleave", () => ctx.hoverEdge(null));
  return el;
}

export function renderPanel(el: HTMLElement, ctx: PanelContext): void {
  const { selection, dataset } = ctx;
  const valid =
    (selection.type === "node" && dataset.graph.hasNode(selection.key)) ||
    (selection.type === "edge" && dataset.graph.hasEdge(selection.key));
  el.hidden = !valid;
  if (!valid) {
    el.removeAttribute("data-testid");
    replaceChildren(el);
    return;
  }
  el.dataset.testid = selection.type === "node" ? "node-panel" : "edge-panel";
  el.dataset.selected = selection.key;
  if (selection.type === "edge") replaceChildren(el, edgePanel(selection.key, ctx));
  else if (dataset.graph.getNodeAttribute(selection.key, "kind") === "Study")
    replaceChildren(el, studyPanel(selection.key, ctx));
  else replaceChildren(el, nodePanel(selection.key, ctx));
  el.scrollTop = 0;
}

/** A node's label in the reader's language. */
function label(ctx: PanelContext, node: string): string {
  return labelOf(ctx.dataset.graph, node, ctx.lang);
}

function tr(ctx: PanelContext, key: MessageKey, params?: Record<string, string | number>): string {
  return t(ctx.lang, key, params);
}

function header(ctx: PanelContext, badge: HTMLElement, title: string, hidden: boolean): (HTMLElement | null)[] {
  return [
    h(
      "div",
      { class: "panel-head" },
      badge,
      h(
        "button",
        { class: "close", title: tr(ctx, "close"), testid: "panel-close", on: { click: () => ctx.select(NONE) } },
        "×",
      ),
    ),
    h("h2", { testid: "panel-title" }, title),
    hidden ? h("p", { class: "muted" }, `(${tr(ctx, "hidden")})`) : null,
  ];
}

function kindBadge(ctx: PanelContext, node: string): HTMLElement {
  const kind = ctx.dataset.graph.getNodeAttribute(node, "kind");
  return h(
    "span",
    { class: "badge", testid: "panel-kind", attrs: { style: `background:${NODE_COLORS[kind]}` } },
    nodeKindName(ctx.lang, kind),
  );
}

function nodePanel(node: string, ctx: PanelContext): HTMLElement {
  const attrs = ctx.dataset.graph.getNodeAttributes(node);
  const title = label(ctx, node);
  // Every other name once, whatever its case (the stored label first when the title is another language's).
  const seen = new Set([foldText(title)]);
  const aliases = [attrs.label, ...attrs.aliases].filter((a) => !seen.has(foldText(a)) && seen.add(foldText(a)));
  return h(
    "div",
    {},
    header(ctx, kindBadge(ctx, node), title, !ctx.visibility.nodes.has(node)),
    aliases.length
      ? h(
          "p",
          { class: "aliases", testid: "panel-aliases" },
          h("strong", {}, `${tr(ctx, "aliases")}: `),
          aliases.join(", "),
        )
      : null,
    relationsSection(node, ctx),
    h(
      "section",
      { testid: "panel-sources" },
      h("h3", {}, tr(ctx, "sources")),
      sourcesList(ctx, attrs.evidence, [node]),
    ),
  );
}

function relationsSection(node: string, ctx: PanelContext): HTMLElement {
  const groups = relationsByKind(ctx.dataset, node, ctx.visibility.edges, ctx.lang);
  const { graph } = ctx.dataset;
  return h(
    "section",
    { testid: "panel-relations" },
    h("h3", {}, tr(ctx, "relations")),
    groups.length === 0 ? h("p", { class: "muted" }, tr(ctx, "noRelations")) : null,
    groups.map(([kind, relations]) =>
      h(
        "div",
        { class: "relation-group", attrs: { "data-kind": kind } },
        h(
          "h4",
          {},
          h("span", { class: "swatch line", attrs: { style: `background:${EDGE_COLORS[kind]}` } }),
          `${edgeKindName(ctx.lang, kind)} (${relations.length})`,
        ),
        h(
          "ul",
          {},
          relations.map((rel) =>
            h(
              "li",
              {},
              hoverEdge(
                ctx,
                rel.edge,
                selectLink(
                  ctx.select,
                  { type: "edge", key: rel.edge },
                  `${isSymmetricEdgeKind(kind) ? "↔" : rel.direction === "out" ? "→" : "←"} ${label(ctx, rel.other)}`,
                  {
                    class: "relation",
                    testid: "relation",
                    title: tr(ctx, "evidence"),
                  },
                ),
              ),
              " ",
              h("span", { class: "muted" }, `${graph.getEdgeAttribute(rel.edge, "evidence").length}×`),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Sources per study: title (opens the study), authors, period, then each sentence with its mentions highlighted. */
/** Where the studies' words go while they load, or when they could not be: said, with what to do. */
function textsPending(ctx: PanelContext): HTMLElement | null {
  if (ctx.texts === "ready") return null;
  return ctx.texts === "loading"
    ? h("p", { class: "muted", testid: "texts-status" }, tr(ctx, "loadingTexts"))
    : h(
        "div",
        { class: "status error", testid: "texts-status" },
        h("h3", {}, tr(ctx, "textsError")),
        h("pre", {}, ctx.texts.error),
      );
}

function sourcesList(ctx: PanelContext, evidence: readonly Evidence[], focus: string[]): HTMLElement {
  const pending = textsPending(ctx);
  if (pending) return pending;
  const groups = sourcesByStudy(ctx.dataset, evidence);
  if (groups.length === 0) return h("p", { class: "muted" }, tr(ctx, "noSources"));
  return h(
    "div",
    { class: "sources" },
    groups.map(({ study, evidence: items }) =>
      h(
        "article",
        { class: "source", testid: "source", attrs: { "data-study": study.key } },
        h(
          "h4",
          {},
          selectLink(ctx.select, { type: "node", key: study.key }, study.title, {
            testid: "source-title",
            title: tr(ctx, "openStudy"),
          }),
        ),
        studyMeta(ctx, study),
        items.map((ev) =>
          h(
            "blockquote",
            { testid: "evidence", attrs: { "data-study": study.key } },
            segments(ctx, readerSegments(ev.quote, ev.start, mentionsInQuote(ctx.dataset, ev, focus)), focus),
          ),
        ),
      ),
    ),
  );
}

function studyMeta(ctx: PanelContext, study: StudySummary): HTMLElement {
  const authors = study.authors.length ? study.authors.join(", ") : tr(ctx, "noAuthors");
  const period = study.period ? `${study.period.from}–${study.period.to}` : tr(ctx, "periodUnknown");
  return h("p", { class: "meta" }, `${authors} · ${period}`);
}

/** Mentions of the focused node(s) are marked; mentions of other nodes link to them. All of it is text. */
function segments(ctx: PanelContext, parts: ReaderSegment[], focus: string[]): (Node | string)[] {
  return parts.flatMap((part) => {
    const text = part.pieces.map(styledPiece);
    if (!part.node) return text;
    const self = focus.includes(part.node);
    const title = label(ctx, part.node);
    return h(
      "mark",
      {
        class: self ? "mention self" : "mention",
        testid: self ? "mention-self" : "mention",
        attrs: { "data-node": part.node },
      },
      self ? text : selectLink(ctx.select, { type: "node", key: part.node }, text, { title }),
    );
  });
}

/** Markdown's emphasis and code as the reader sees them; the words themselves are text nodes. */
function styledPiece(piece: ReaderPiece): Node | string {
  let node: Node | string = piece.text;
  if (piece.code) node = h("code", {}, node);
  if (piece.em) node = h("em", {}, node);
  if (piece.strong) node = h("strong", {}, node);
  return node;
}

function edgePanel(edge: string, ctx: PanelContext): HTMLElement {
  const { graph } = ctx.dataset;
  const attrs = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const nodeLink = (key: string) =>
    selectLink(ctx.select, { type: "node", key }, label(ctx, key), { class: "node-link" });
  const badge = h(
    "span",
    { class: "badge", testid: "panel-kind", attrs: { style: `background:${EDGE_COLORS[attrs.kind]}` } },
    edgeKindName(ctx.lang, attrs.kind),
  );
  return h(
    "div",
    {},
    header(ctx, badge, `${label(ctx, source)} — ${label(ctx, target)}`, !ctx.visibility.edges.has(edge)),
    h(
      "p",
      { class: "relation-sentence", testid: "relation-sentence" },
      nodeLink(source),
      ` ${edgeKindName(ctx.lang, attrs.kind)} `,
      nodeLink(target),
    ),
    attrs.inferred ? h("p", { class: "meta", testid: "relation-inferred" }, tr(ctx, "inferred")) : null,
    attrs.period || attrs.since
      ? h(
          "p",
          { class: "meta", testid: "relation-period", title: attrs.period ? tr(ctx, "periodStudiedHint") : undefined },
          attrs.period ? `${tr(ctx, "periodStudied")}: ${attrs.period.from}–${attrs.period.to}` : "",
          attrs.period && attrs.since ? " · " : "",
          attrs.since ? tr(ctx, "since", { year: attrs.since }) : "",
        )
      : null,
    h(
      "section",
      { testid: "panel-sources" },
      h("h3", {}, tr(ctx, "evidence")),
      sourcesList(ctx, attrs.evidence, [source, target]),
    ),
  );
}

function studyPanel(node: string, ctx: PanelContext): HTMLElement {
  const attrs = ctx.dataset.graph.getNodeAttributes(node) as StudyNodeAttributes;
  const study = ctx.dataset.studies.find((s) => s.key === node)!;
  // The front matter is not shown (the header says what it states): nor are the mentions inside it counted.
  const bodyStart = frontMatterLength(attrs.text);
  const mentions = (ctx.dataset.mentionsByStudy.get(node) ?? []).filter((m) => m.start >= bodyStart);
  return h(
    "div",
    {},
    header(ctx, kindBadge(ctx, node), attrs.title || attrs.label, !ctx.visibility.nodes.has(node)),
    studyMeta(ctx, study),
    h(
      "p",
      { class: "meta" },
      `${tr(ctx, "file")}: ${attrs.file} · `,
      h("span", { testid: "study-language" }, `${tr(ctx, "studyLanguage")}: ${languageName(ctx.lang, attrs.language)}`),
    ),
    // The text comes first: it is what a study is opened for; its many relations fold away below it.
    h(
      "section",
      { testid: "study-text" },
      h("h3", {}, tr(ctx, "wholeText")),
      h("p", { class: "muted" }, tr(ctx, "mentionsCount", { count: mentions.length })),
      textsPending(ctx) ??
        paragraphs(attrs.text, bodyStart).map((p) =>
          h("p", { class: "study-paragraph" }, segments(ctx, readerSegments(p.text, p.start, mentions), [])),
        ),
    ),
    h("details", { class: "study-relations" }, h("summary", {}, tr(ctx, "relations")), relationsSection(node, ctx)),
  );
}
