// Renderer events, all here: hover to highlight, click to select, click on the background to clear.
import type { SigmaEvents } from "sigma/types";
import type { Actions } from "../actions.js";
import type { GraphView } from "../graph/graphView.js";

/** Binds sigma's pointer events to the actions; returns the unbinding. */
export function bindGraphEvents({ sigma, container }: GraphView, actions: Actions): () => void {
  const setCursor = (pointer: boolean) => (container.style.cursor = pointer ? "pointer" : "");
  const handlers: Partial<SigmaEvents> = {
    enterNode: ({ node }) => (setCursor(true), actions.hoverNode(node)),
    leaveNode: () => (setCursor(false), actions.hoverNode(null)),
    enterEdge: ({ edge }) => (setCursor(true), actions.hoverEdge(edge)),
    leaveEdge: () => (setCursor(false), actions.hoverEdge(null)),
    clickNode: ({ node }) => actions.select({ type: "node", key: node }),
    clickEdge: ({ edge }) => actions.select({ type: "edge", key: edge }),
    clickStage: () => actions.select({ type: "none" }),
  };
  // sigma's `on` is typed per event name; the loop only hands each handler back to its own event.
  const each = (bind: (event: keyof SigmaEvents, handler: never) => void) =>
    Object.entries(handlers).forEach(([event, handler]) => bind(event as keyof SigmaEvents, handler as never));
  each((event, handler) => sigma.on(event, handler));
  return () => each((event, handler) => sigma.off(event, handler));
}
