// The search box: suggestions over labels and aliases as you type; choosing one selects the node and moves the camera.
import { NODE_COLORS } from "../core/appearance/palette.js";
import { nodeKindName, t, type Lang } from "../core/i18n/messages.js";
import { normalize, suggest, type SearchEntry, type Suggestion } from "../core/search/search.js";
import { h, replaceChildren } from "./dom.js";

export interface SearchBox {
  element: HTMLElement;
  setLang(lang: Lang): void;
}

export function createSearchBox(
  /** The entries to search, asked for on each query: the page builds them when first needed. */
  index: () => readonly SearchEntry[],
  initialLang: Lang,
  choose: (node: string) => void,
  /** The node's label in the reader's language, which the suggestions show. */
  labelOf: (node: string, lang: Lang) => string,
): SearchBox {
  let lang = initialLang;
  let items: Suggestion[] = [];
  let active = -1;
  const input = h("input", {
    testid: "search",
    attrs: {
      type: "search",
      autocomplete: "off",
      role: "combobox",
      "aria-expanded": "false",
      "aria-controls": "search-suggestions",
    },
  });
  const list = h("ul", { testid: "search-suggestions", attrs: { id: "search-suggestions", role: "listbox" } });
  list.hidden = true;

  const render = () => {
    const query = input.value.trim();
    list.hidden = query === "";
    input.setAttribute("aria-expanded", String(!list.hidden));
    replaceChildren(
      list,
      items.length === 0 && query ? h("li", { class: "muted" }, t(lang, "noMatch")) : null,
      items.map((item, i) => {
        const shown = labelOf(item.node, lang);
        // The name that matched, when it is not the one shown ("japan" typed, "Jepang" shown).
        const matched = item.via ?? item.label;
        return h(
          "li",
          {
            class: i === active ? "active" : "",
            testid: "suggestion",
            attrs: { role: "option", "data-node": item.node, "aria-selected": String(i === active) },
            // mousedown, not click: it fires before the input's blur hides the list.
            on: { mousedown: (e) => (e.preventDefault(), pick(i)) },
          },
          h("span", { class: "swatch", attrs: { style: `background:${NODE_COLORS[item.kind]}` } }),
          h("span", { class: "suggestion-label" }, shown),
          normalize(matched) !== normalize(shown) ? h("span", { class: "muted" }, ` (${matched})`) : null,
          h("span", { class: "suggestion-kind" }, nodeKindName(lang, item.kind)),
        );
      }),
    );
  };
  const pick = (i: number) => {
    const item = items[i] ?? items[0];
    if (!item) return;
    input.value = labelOf(item.node, lang);
    items = [];
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    choose(item.node);
  };
  input.addEventListener("input", () => {
    items = suggest(index(), input.value);
    active = items.length ? 0 : -1;
    render();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (!items.length) return;
      active = (active + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
      render();
    } else if (e.key === "Enter") {
      e.preventDefault();
      pick(active);
    } else if (e.key === "Escape") {
      list.hidden = true;
    }
  });
  input.addEventListener("blur", () => (list.hidden = true));
  input.addEventListener("focus", () => {
    if (items.length) render();
  });

  const label = h("label", { class: "visually-hidden", attrs: { for: "search-input" } });
  input.id = "search-input";
  const setLang = (next: Lang) => {
    lang = next;
    input.placeholder = t(lang, "searchPlaceholder");
    label.textContent = t(lang, "searchLabel");
  };
  setLang(lang);
  return { element: h("div", { class: "search" }, label, input, list), setLang };
}
