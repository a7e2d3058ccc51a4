// In-page links: real hrefs (so they can be opened or copied) whose clicks select instead of reloading.
import type { Selection } from "../core/state/state.js";
import { h } from "./dom.js";

export type Select = (selection: Selection, options?: { focus?: boolean }) => void;

/** The href of a selection; starts with "?" so no value from the graph can turn it into another scheme. */
function selectionHref(selection: Selection): string {
  if (selection.type === "none") return "?";
  const params = new URLSearchParams(location.search);
  params.delete("node");
  params.delete("edge");
  params.set(selection.type, selection.key);
  return `?${params.toString()}`;
}

export function selectLink(
  select: Select,
  selection: Selection,
  text: string | (Node | string)[],
  props: { class?: string; testid?: string; title?: string } = {},
): HTMLAnchorElement {
  return h(
    "a",
    {
      ...props,
      attrs: { href: selectionHref(selection) },
      on: {
        click: (event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          select(selection, { focus: true });
        },
      },
    },
    text,
  );
}
